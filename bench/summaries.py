"""Compare the extractive summary methods on a document with reference key points.

    .venv/bin/python bench/summaries.py [eval/summaries/article_keypoints.json]
    .venv/bin/python bench/summaries.py --real [eval/summaries/real_gists.json]
    .venv/bin/python bench/summaries.py --collections [eval/summaries/real_gists.json]

Default: for each method of askdoc.answer.summary, prints the share of the bundled article's
reference key points the summary covers (the file's match_rule: one phrase of every inner list,
case-insensitive), whether it quotes any listed furniture sentence, its word count and sentence
count; then, for the "main argument" composition, whether it opens with a reference thesis sentence.

--real: on documents other than the bundled article (eval/summaries/real_gists.json: 10 real
documents of tests/fixtures/real/ with a reference gist and 3 key points each), per lead choice of
askdoc.answer.gist (and two title-based ones askdoc would have to encode the title for): on how
many documents the chosen first sentence states the gist; the composed summary's key-point
coverage and length per lead and per key-sentence method; the opening page's 3-sentence brief.

--collections: the same documents asked about three at a time (a folder: one collection index), in
four groups of consecutive documents (the last wraps round); per document, whether the summary of the
collection states its gist, for one summary over the joined documents and for the per-document
summary askdoc composes (answer/collection_summary.py). Last run: joined 5/12 gists, per document 11/12
(tar.1's opening "This manpage is a short description of GNU tar." misses its gist here too); mean
words 98 -> 56.

Last run --real (prose candidates only): the lead sentence states the gist on first 8/10,
early_centroid 7, early_textrank 7, conclusion 6, title+centroid 6, centroid 5, title 4 -> LEAD
"first" (misses: tar, whose first prose sentence is "This manpage is a short description of GNU
tar.", and the Debian copyright spec, which opens with its licence notice). Key sentences after
that lead: centroid/MMR .80 of the key points (88 words), textrank .73, lead .67 -> METHOD
"centroid" (was textrank, chosen on the article alone); the 3-sentence brief covers .70. These
coverages are the summaries' confidence (summary.SUMMARY_CONFIDENCE, overview.BRIEF_CONFIDENCE).
Last run on the article: centroid .50 coverage (4 sentences, 120 words), textrank .40, lead .30,
no furniture; the summary now opens "The chaos that Iraq is experiencing today has roots in the
2003 US invasion..." (it opened "In 2014 the US troops..."), and the argument answer still opens
with the body thesis sentence. MMR lambda 0.7, the usual default, not tuned here.
With candidates restricted to the sentences of the first 48 passages by MMR on a long document
(answer/summary_candidates.py; sentence vectors are encoded when first read): the same .80 and
8/10 key point for key point, brief .70; of the alternatives not chosen, lead conclusion 5/10
(was 6) and the lead method .63 (was .67).
"""

from __future__ import annotations

import argparse
import json
import os
import re
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from askdoc.answer.document_sentences import IndexedSentence, content_sentences
from askdoc.answer.gist import _LEADS, LEAD, lead_index, prose_sentences
from askdoc.answer.overview import BRIEF_SENTENCES
from askdoc.answer.summary import _METHODS, METHOD, compose_summary, summary_sentences
from askdoc.embedding.embedder import default_model_path
from askdoc.embedding.query_encoder import open_query_encoder
from askdoc.index.build import IndexRequest, ensure_index
from askdoc.index.document_index import DocumentIndex
from askdoc.index.store import IndexSettings
from askdoc.locations import bundled_article, index_dir

ROOT = Path(__file__).resolve().parents[1]
_MARKUP = re.compile(r"\[([^\]]*)\]\(#\)")


def covered(summary: str, phrases: list[list[str]]) -> bool:
    lowered = summary.lower()
    return all(any(p.lower() in lowered for p in group) for group in phrases)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reference", nargs="?", type=Path)
    parser.add_argument("--real", action="store_true", help="compare the lead choices on the real documents' gists")
    parser.add_argument("--collections", action="store_true", help="the real documents' gists in summaries of three")
    args = parser.parse_args()
    if args.collections:
        collections(json.loads((args.reference or ROOT / "eval" / "summaries" / "real_gists.json").read_text(encoding="utf-8")))
    elif args.real:
        real(json.loads((args.reference or ROOT / "eval" / "summaries" / "real_gists.json").read_text(encoding="utf-8")))
    else:
        default = ROOT / "eval" / "summaries" / "article_keypoints.json"
        article(json.loads((args.reference or default).read_text(encoding="utf-8")))


def article(reference: dict) -> None:
    """Key-point coverage of each method on the bundled article, and whether the argument answer opens with the thesis."""
    model = default_model_path()
    index, _ = ensure_index(IndexRequest((bundled_article(),), index_dir(), IndexSettings(model)))
    for method in _METHODS:
        sentences = summary_sentences(index, method)
        text = " ".join(_MARKUP.sub(r"\1", index.text[s.span.start : s.span.end]) for s in sentences)
        points = sum(covered(text, point["phrases"]) for point in reference["key_points"])
        furniture = any(f.lower() in text.lower() for f in reference["furniture"])
        print(f"{method:>9}: coverage {points / len(reference['key_points']):.2f}  sentences {len(sentences)}  "
              f"words {len(text.split())}  furniture {furniture}")
        if method == METHOD:
            print(f"           opens with: {text.split('. ')[0][:100]}")
    title_vector = open_query_encoder(model).encode([index.title])[0]
    argument = _MARKUP.sub(r"\1", compose_summary(index, "What is the main argument?", title_vector).text)
    print("argument answer opens with a thesis sentence:", any(argument.startswith(t) for t in reference["thesis"]))


def real(reference: dict) -> None:
    """Per lead choice: how many documents' first summary sentence states the reference gist; the composed
    summary's key-point coverage and length, against the summary without a lead."""
    model = default_model_path()
    encoder = open_query_encoder(model)
    documents = reference["documents"]
    hits: dict[str, int] = {}
    composed: dict[str | None, list[tuple[bool, float, int]]] = {}
    methods: dict[str, list[tuple[float, int]]] = {}
    for entry in documents:
        index, _ = ensure_index(IndexRequest((ROOT / entry["document"],), index_dir(), IndexSettings(model)))
        sentences = content_sentences(index)
        prose = prose_sentences(sentences, [text_of(index, s) for s in sentences])
        vectors = index.sentence_vectors[[s.row for s in prose]]
        title = encoder.encode([index.title])[0]
        centroid = vectors.mean(axis=0)
        picks = {name: lead_index(vectors, name) for name in _LEADS}
        picks["title"] = int(np.argmax(vectors @ title))
        picks["title_centroid"] = int(np.argmax(vectors @ (title + centroid / np.linalg.norm(centroid))))
        for name, pick in picks.items():
            hits[name] = hits.get(name, 0) + covered(text_of(index, prose[pick]), entry["gist"])
        for lead in (None, *_LEADS):
            chosen = summary_sentences(index, METHOD, lead=lead)
            text = " ".join(text_of(index, s) for s in chosen)
            share = sum(covered(text, point) for point in entry["key_points"]) / len(entry["key_points"])
            composed.setdefault(lead, []).append((covered(text_of(index, chosen[0]), entry["gist"]), share, len(text.split())))
        for method in _METHODS:
            text = " ".join(text_of(index, s) for s in summary_sentences(index, method))
            share = sum(covered(text, point) for point in entry["key_points"]) / len(entry["key_points"])
            methods.setdefault(method, []).append((share, len(text.split())))
        text = " ".join(text_of(index, s) for s in summary_sentences(index, most=BRIEF_SENTENCES))
        share = sum(covered(text, point) for point in entry["key_points"]) / len(entry["key_points"])
        methods.setdefault("brief", []).append((share, len(text.split())))
        print(f"{Path(entry['document']).name}: {METHOD} + {LEAD}: {text_of(index, summary_sentences(index)[0])[:90]}")
    print(f"lead sentence states the gist, of {len(documents)} documents:")
    for name, count in sorted(hits.items(), key=lambda item: -item[1]):
        print(f"  {name:>15}: {count}")
    print(f"composed summary ({METHOD} key sentences): opens with the gist / key-point coverage / mean words")
    for lead, rows in composed.items():
        print(f"  lead {lead!s:>15}: {sum(r[0] for r in rows)}/{len(rows)}  {np.mean([r[1] for r in rows]):.2f}  "
              f"{np.mean([r[2] for r in rows]):.0f}")
    brief = methods.pop("brief")
    print(f"opening-page brief ({BRIEF_SENTENCES} sentences): key-point coverage {np.mean([r[0] for r in brief]):.2f}")
    print(f"key sentences after the {LEAD} lead, by method: key-point coverage / mean words")
    for method, rows in methods.items():
        print(f"  {method:>9}: {np.mean([r[0] for r in rows]):.2f}  {np.mean([r[1] for r in rows]):.0f}")


def collections(reference: dict, size: int = 3) -> None:
    """Per document of each collection of ``size``: does the collection's summary state its gist, joined or per document."""
    documents = reference["documents"]
    model = default_model_path()
    found = {"joined": 0, "per document": 0}
    words: dict[str, list[int]] = {"joined": [], "per document": []}
    for first in range(0, len(documents), size):
        group = [documents[(first + k) % len(documents)] for k in range(size)]
        index, _ = ensure_index(IndexRequest(tuple(ROOT / e["document"] for e in group), index_dir(), IndexSettings(model)))
        texts = {
            "joined": " ".join(text_of(index, s) for s in summary_sentences(index)),
            "per document": _MARKUP.sub(r"\1", compose_summary(index, "What are these documents about?", None).text),
        }
        for way, text in texts.items():
            found[way] += sum(covered(text, entry["gist"]) for entry in group)
            words[way].append(len(text.split()))
        print(" + ".join(Path(e["document"]).name for e in group) + ":", texts["per document"][:160])
    slots = size * len(range(0, len(documents), size))
    for way in found:
        print(f"{way:>12}: states {found[way]}/{slots} gists, mean words {np.mean(words[way]):.0f}")


def text_of(index: DocumentIndex, sentence: IndexedSentence) -> str:
    return _MARKUP.sub(r"\1", index.text[sentence.span.start : sentence.span.end])


if __name__ == "__main__":
    main()
