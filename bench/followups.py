"""Retrieval on the eval's follow-up questions, with and without resolving them against their history.

    PYTHONPATH=src python bench/followups.py [eval/questions.jsonl] [--doc DOC] [--limit N]

For every answerable question that has a ``history``, asks it twice on the same engine:
once alone and once with its earlier questions, and prints hit@1 / hit@3 of the evidence
phrase (a retrieved passage contains it) and answer accuracy for both.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from askdoc.answer.engine import Engine, IndexRequest
from askdoc.embedding.embedder import SentenceTransformerEncoder, default_model_path
from askdoc.evaluation.questions import EvalQuestion, read_eval_set
from askdoc.evaluation.scoring import evidence_rank, is_correct
from askdoc.index.store import IndexSettings
from askdoc.locations import bundled_article, default_eval_set, index_dir
from askdoc.runtime import configure


def score(engine: Engine, questions: list[EvalQuestion], with_history: bool) -> dict[str, float]:
    ranks, correct = [], 0
    for item in questions:
        answer = engine.ask(item.question, history=item.history if with_history else ())
        ranks.append(evidence_rank(item, answer))
        correct += is_correct(item, answer)
    n = len(questions)
    return {
        "hit@1": sum(r == 1 for r in ranks) / n,
        "hit@3": sum(r is not None and r <= 3 for r in ranks) / n,
        "accuracy": correct / n,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", type=Path, default=default_eval_set())
    parser.add_argument("--doc", type=Path, default=None)
    parser.add_argument("--limit", type=int, help="ask only the first N follow-ups (default: all)")
    args = parser.parse_args()
    configure()
    model = default_model_path()
    # sentence-transformers builds a missing index; it is loaded (torch, seconds) only then.
    document = args.doc or bundled_article()
    request = IndexRequest((document,), index_dir(), IndexSettings(model), make_encoder=SentenceTransformerEncoder)
    engine = Engine.open(request)
    questions = [q for q in read_eval_set(args.file) if q.history and q.answerable][: args.limit]
    print(f"{len(questions)} answerable follow-up questions in {args.file}")
    print(f"{'':<22}{'hit@1':>8}{'hit@3':>8}{'accuracy':>10}")
    for label, with_history in (("alone", False), ("resolved with history", True)):
        figures = score(engine, questions, with_history)
        print(f"{label:<22}{figures['hit@1']:>8.3f}{figures['hit@3']:>8.3f}{figures['accuracy']:>10.3f}")


if __name__ == "__main__":
    main()
