"""Retrieval on the eval's follow-up questions, with and without resolving them against their history.

    PYTHONPATH=src python bench/followups.py [eval/questions.jsonl] [--doc DOC] [--limit N]
    PYTHONPATH=src python bench/followups.py eval/dev/followups.jsonl

For every answerable question that has a ``history``, asks it twice on the same engine:
once alone and once with its earlier questions, and prints hit@1 / hit@3 of the evidence
phrase (a retrieved passage contains it) and answer accuracy for both, and the wall time of
the resolved one as a ratio of the one asked alone (answering the earlier question again to
learn what its answer names is part of it). A file whose lines name their ``doc`` is asked
over each document; lines with a ``split`` are also reported per split, and lines with a
``referent`` (what the follow-up's pronoun stands for) give the share of resolved questions
that name it.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from askdoc.answer.engine import Engine, IndexRequest
from askdoc.embedding.embedder import SentenceTransformerEncoder, default_model_path
from askdoc.evaluation.questions import EvalQuestion, read_eval_set
from askdoc.evaluation.scoring import evidence_rank, is_correct
from askdoc.index.store import IndexSettings
from askdoc.locations import bundled_article, default_eval_set, index_dir
from askdoc.runtime import configure
from askdoc.text.normalize import contains


def score(
    engines: dict[str, Engine], questions: list[EvalQuestion], extra: dict[str, dict], with_history: bool
) -> dict[str, float]:
    ranks, correct, named, referents, seconds = [], 0, 0, 0, 0.0
    for item in questions:
        engine = engines[item.doc or ""]
        started = time.perf_counter()
        answer = engine.ask(item.question, history=item.history if with_history else ())
        seconds += time.perf_counter() - started
        ranks.append(evidence_rank(item, answer))
        correct += is_correct(item, answer)
        if referent := extra[item.id].get("referent"):
            referents += 1
            named += contains(answer.resolved_question, referent)
    n = len(questions)
    return {
        "hit@1": sum(r == 1 for r in ranks) / n,
        "hit@3": sum(r is not None and r <= 3 for r in ranks) / n,
        "accuracy": correct / n,
        "named": named / referents if referents else float("nan"),
        "seconds": seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", type=Path, default=default_eval_set())
    parser.add_argument("--doc", type=Path, default=None)
    parser.add_argument("--limit", type=int, help="ask only the first N follow-ups (default: all)")
    args = parser.parse_args()
    configure()
    model = default_model_path()
    extra = {}
    for line in args.file.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            extra[record["id"]] = record
    questions = [q for q in read_eval_set(args.file) if q.history and q.answerable][: args.limit]
    # sentence-transformers builds a missing index; it is loaded (torch, seconds) only then.
    engines = {}
    for doc in sorted({q.doc or "" for q in questions}):
        document = Path(doc) if doc else (args.doc or bundled_article())
        request = IndexRequest((document,), index_dir(), IndexSettings(model), make_encoder=SentenceTransformerEncoder)
        engines[doc] = Engine.open(request)
        engines[doc].ask(next(q.question for q in questions if (q.doc or "") == doc))  # warm: encoder and vectors
    print(f"{len(questions)} answerable follow-up questions in {args.file}")
    splits = sorted({extra[q.id].get("split") for q in questions} - {None})
    for part in [None, *splits]:
        chosen = [q for q in questions if part is None or extra[q.id].get("split") == part]
        if part is not None:
            print(f"\n{part}: {len(chosen)} questions")
        print(f"{'':<22}{'hit@1':>8}{'hit@3':>8}{'accuracy':>10}{'named':>8}{'time':>8}")
        alone = score(engines, chosen, extra, False)
        for label, with_history in (("alone", False), ("resolved with history", True)):
            figures = alone if not with_history else score(engines, chosen, extra, True)
            ratio = figures["seconds"] / alone["seconds"]
            print(
                f"{label:<22}{figures['hit@1']:>8.3f}{figures['hit@3']:>8.3f}{figures['accuracy']:>10.3f}"
                f"{figures['named']:>8.3f}{ratio:>7.2f}x"
            )


if __name__ == "__main__":
    main()
