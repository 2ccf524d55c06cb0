"""The calibration error (ECE, 10 bins) of `confidence` on an eval file, as `askdoc eval` answers it.

`confidence` is meant as the probability that the answer is right. Every question of the file is asked
of the bundled article (or of its own "doc"), and the confidence is set against whether the answer is
right: an answerable question answered correctly (`askdoc eval`'s accuracy); an abstention, or any answer
to an unanswerable question, is not. Printed: ECE over all questions and over the answered ones, with the
mean confidence and the share right. SQuAD half B's figure is printed by bench/value_check.py.

    python bench/calibration.py [eval/questions.jsonl ...] [--limit N]
"""

from __future__ import annotations

import argparse
import os
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np

from askdoc.answer.engine import Engine
from askdoc.embedding.embedder import default_model_path
from askdoc.embedding.query_encoder import open_query_encoder
from askdoc.evaluation.by_document import run_eval_by_document
from askdoc.evaluation.calibration import expected_calibration_error as ece
from askdoc.evaluation.questions import read_eval_set
from askdoc.evaluation.scoring import is_correct
from askdoc.index.build import IndexRequest
from askdoc.index.store import IndexSettings
from askdoc.locations import bundled_article, default_eval_set, index_dir
from askdoc.runtime import configure


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="eval files (default: eval/questions.jsonl)")
    parser.add_argument("--limit", type=int, help="ask only the first N questions of each file")
    args = parser.parse_args()
    configure()
    settings = IndexSettings(model_dir=default_model_path())

    def open_engine(doc: Path) -> Engine:
        return Engine.open(IndexRequest((doc,), index_dir(), settings, make_query_encoder=open_query_encoder))

    for file in args.files or [default_eval_set()]:
        questions = read_eval_set(file)[: args.limit]
        questions = [q if q.doc else replace(q, doc=str(bundled_article())) for q in questions]
        scored = run_eval_by_document(open_engine, questions)
        confidence = np.array([s.answer.confidence for s in scored])
        right = np.array([s.item.answerable and is_correct(s.item, s.answer) for s in scored], dtype=float)
        answered = np.array([not s.answer.abstained for s in scored])
        print(f"{file}: {len(scored)} questions, ECE {ece(confidence, right):.3f} (mean confidence {confidence.mean():.3f},"
              f" right {right.mean():.3f}); answered {answered.sum()}: ECE {ece(confidence[answered], right[answered]):.3f}"
              f" (mean confidence {confidence[answered].mean():.3f}, right {right[answered].mean():.3f})")


if __name__ == "__main__":
    main()
