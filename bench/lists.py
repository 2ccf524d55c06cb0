"""List answers: item precision/recall of the entity scan, the open-list cut, list accuracy on reader questions.

    .venv/bin/python bench/lists.py [--limit N]

1. Entity lists: for the gold item lists of eval/lists/real_items.json (documents of
   tests/fixtures/real, not the bundled article), the precision and recall of the items
   askdoc.answer.entity_list finds, per type and over all (an item is right when it holds, or is
   held by, one way of writing a gold item).
2. Open lists: on eval/lists/real_open.jsonl, eval/dev/lists.jsonl and eval/lists/real_open_more.jsonl
   (open-list questions over the same real documents; real_open_more's questions marked "held" are
   reported apart and chose nothing), the share of answers holding enough of their gold groups ("right"), the mean
   share of groups held, the words and quoted sentences, for each candidate probability cut; the best
   cut has the most right answers (ties: the most groups held, then the higher cut); open_list.CUT also
   weighs eval/real's citation precision.
3. List accuracy on eval/reader_questions.jsonl (the questions labelled ``list``), with the engine.

Last run: entity items, all types: precision .73, recall .69 (person .53/.73, organisation .78/.44,
country 1.00/1.00, date 1.00/1.00; 4 documents, 14 questions); open lists, fit part (36 questions; right /
groups held): cut .02 .72/.61, .05 .72/.61, .10 .64/.57, .15 .64/.58, .20 .56/.55, .30 .56/.55; held part
(8): .05 .88/.71; closest two candidates over the cut: cosine .886; reader list questions: .941 right (16 of 17).
Before the section fill and the reported-statement continuation (same sets): fit .05 .72/.61, .10 .50/.50,
.20 .39/.44; held .05 .88/.71; reader list questions .765 (13 of 17). Before issue 12's list work (real_open
alone): cut .05 .58/.62; reader list questions .647 (11 of 17).
"""

from __future__ import annotations

import argparse
import json
import os
from collections import defaultdict
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from askdoc.answer.answerability import candidates, score, stored_model
from askdoc.answer.contract import without_markers
from askdoc.answer.document_sentences import document_sentences
from askdoc.answer.engine import Engine
from askdoc.answer.entity_list import list_items
from askdoc.answer.list_request import list_request
from askdoc.answer.open_list import CUT, NEAR_DUPLICATE, READ, compose_open_list
from askdoc.answer.retrieval import retrieve
from askdoc.embedding.embedder import default_model_path
from askdoc.embedding.query_encoder import open_query_encoder
from askdoc.evaluation.questions import read_eval_set
from askdoc.evaluation.scoring import is_right, run_eval
from askdoc.index.build import IndexRequest, ensure_index
from askdoc.index.document_index import DocumentIndex
from askdoc.index.store import IndexSettings
from askdoc.locations import bundled_article, index_dir
from askdoc.text.normalize import contains

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "fixtures" / "real"
CUTS = (0.02, 0.05, 0.1, 0.15, 0.2, 0.3)
OPEN_SETS = ("eval/lists/real_open.jsonl", "eval/dev/lists.jsonl", "eval/lists/real_open_more.jsonl")


def matches(found: str, gold: list[str]) -> bool:
    """Whether a found item is one of the ways of writing a gold item (either holds the other)."""
    return any(contains(found, g) or contains(g, found) for g in gold)


def open_index(name: str) -> DocumentIndex:
    index, _ = ensure_index(IndexRequest((REAL / name,), index_dir(), IndexSettings(default_model_path())))
    return index


def entity_figures(limit: int | None) -> None:
    gold = json.loads((ROOT / "eval" / "lists" / "real_items.json").read_text(encoding="utf-8"))
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # right found, found, gold found, gold
    asked = 0
    documents = gold["documents"][:limit]
    for document in documents:
        index = open_index(document["file"])
        for question in document["questions"][:limit]:
            request = list_request(question["question"])
            items = [item.text for item in list_items(index, request, question["question"])]
            for key in (request.item_type or "none", "all"):
                tally = counts[key]
                tally[0] += sum(any(matches(item, g) for g in question["items"]) for item in items)
                tally[1] += len(items)
                tally[2] += sum(any(matches(item, g) for item in items) for g in question["items"])
                tally[3] += len(question["items"])
            asked += 1
    print(f"entity lists: {asked} questions over {len(documents)} documents of tests/fixtures/real")
    print(f"{'type':<14}{'precision':>10}{'recall':>8}{'found':>7}{'gold':>6}")
    for key, (right, found, held, total) in sorted(counts.items()):
        print(f"{key:<14}{right / max(found, 1):>10.2f}{held / max(total, 1):>8.2f}{found:>7}{total:>6}")


def open_list_figures(limit: int | None, part: str) -> None:
    """The open-list figures on the questions of ``part``: "fit" (all but the held part of real_open_more), "held"."""
    questions = [
        question
        for path in OPEN_SETS
        for line in (ROOT / path).read_text().splitlines()
        if (question := json.loads(line)).get("part", "fit") == part
    ][:limit]
    encoder = open_query_encoder(default_model_path())
    model = stored_model()
    closest = -1.0
    right = defaultdict(int)
    share = defaultdict(float)
    words = defaultdict(int)
    sentences = defaultdict(int)
    for question in questions:
        index = open_index(Path(question["doc"]).name)
        vector = encoder.encode([question["question"]])[0]
        passages = retrieve(index, question["question"], vector, 5, "hybrid").passages
        found = candidates(index, question["question"], vector, passages, READ)
        over = [c for c in score(found, model) if c.probability >= CUT]
        row_of = {s.span: s.row for s in document_sentences(index)}
        rows = index.sentence_vectors[[row_of[c.span] for c in over]]
        similarity = rows @ rows.T - 2 * np.eye(len(over))
        closest = max(closest, float(similarity.max()) if len(over) > 1 else -1.0)
        for cut in CUTS:
            answer = compose_open_list(index, question["question"], vector, passages, cut)
            text = without_markers(answer.text) if answer else ""
            held = sum(any(contains(text, phrase) for phrase in group) for group in question["groups"])
            right[cut] += held >= question["min_groups"]
            share[cut] += held / len(question["groups"])
            words[cut] += len(text.split())
            sentences[cut] += sum(len(c.quoted) for c in answer.citations) if answer else 0
    print(f"open lists ({part}): {len(questions)} questions of {', '.join(OPEN_SETS)}")
    print(f"{'cut':<6}{'right':>7}{'groups':>8}{'words':>7}{'quoted':>8}")
    n = max(len(questions), 1)
    for cut in CUTS:
        print(f"{cut:<6}{right[cut] / n:>7.2f}{share[cut] / n:>8.2f}{words[cut] / n:>7.1f}{sentences[cut] / n:>8.1f}")
    best = max(CUTS, key=lambda cut: (right[cut], share[cut], cut))
    print(f"best cut: {best}")
    print(f"closest two candidates over open_list.CUT: cosine {closest:.3f} (NEAR_DUPLICATE {NEAR_DUPLICATE})")


def reader_figures(limit: int | None) -> None:
    questions = [q for q in read_eval_set(ROOT / "eval" / "reader_questions.jsonl") if q.kind == "list"][:limit]
    model = default_model_path()
    engine = Engine.open(IndexRequest((bundled_article(),), index_dir(), IndexSettings(model)))
    scored = run_eval(engine, questions)
    print(
        f"reader list questions: {sum(is_right(s) for s in scored) / max(len(scored), 1):.3f} right "
        f"({sum(is_right(s) for s in scored)} of {len(scored)}, eval/reader_questions.jsonl)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="documents and questions per part (a smoke run)")
    args = parser.parse_args()
    entity_figures(args.limit)
    open_list_figures(args.limit, "fit")
    open_list_figures(args.limit, "held")
    reader_figures(args.limit)


if __name__ == "__main__":
    main()
