"""Compare the extractive summary methods on a document with reference key points.

    .venv/bin/python bench/summaries.py [eval/summaries/article_keypoints.json]

For each method of askdoc.answer.summary, prints the share of reference key points the summary
covers (the file's match_rule: one phrase of every inner list, case-insensitive), whether it
quotes any listed furniture sentence, its word count and sentence count; then, for the
"main argument" composition, whether it opens with a reference thesis sentence.

Last run (bundled article indexed with block roles, 10 key points; MMR lambda 0.7, the usual
default, not tuned here): textrank .40 coverage, 4 sentences, 120 words; centroid/MMR .30, 5
sentences, 112 words; lead .30, 5 sentences, 98 words; none quotes furniture. textrank chosen
(summary.METHOD), on one document's ten points, so a thin margin. The argument answer opens
with the body thesis sentence.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from askdoc.answer.summary import _METHODS, compose_summary, summary_sentences
from askdoc.embedding.embedder import default_model_path
from askdoc.embedding.query_encoder import open_query_encoder
from askdoc.index.build import IndexRequest, ensure_index
from askdoc.index.store import IndexSettings
from askdoc.locations import bundled_article, index_dir

ROOT = Path(__file__).resolve().parents[1]
_MARKUP = re.compile(r"\[([^\]]*)\]\(#\)")


def covered(summary: str, phrases: list[list[str]]) -> bool:
    lowered = summary.lower()
    return all(any(p.lower() in lowered for p in group) for group in phrases)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reference", nargs="?", type=Path, default=ROOT / "eval" / "summaries" / "article_keypoints.json")
    args = parser.parse_args()
    reference = json.loads(args.reference.read_text(encoding="utf-8"))
    model = default_model_path()
    index, _ = ensure_index(IndexRequest((bundled_article(),), index_dir(), IndexSettings(model)))
    for method in _METHODS:
        sentences = summary_sentences(index, method)
        text = " ".join(_MARKUP.sub(r"\1", index.text[s.span.start : s.span.end]) for s in sentences)
        points = sum(covered(text, point["phrases"]) for point in reference["key_points"])
        furniture = any(f.lower() in text.lower() for f in reference["furniture"])
        print(f"{method:>9}: coverage {points / len(reference['key_points']):.2f}  sentences {len(sentences)}  "
              f"words {len(text.split())}  furniture {furniture}")
    title_vector = open_query_encoder(model).encode([index.title])[0]
    argument = _MARKUP.sub(r"\1", compose_summary(index, "What is the main argument?", title_vector).text)
    print("argument answer opens with a thesis sentence:", any(argument.startswith(t) for t in reference["thesis"]))


if __name__ == "__main__":
    main()
