"""The cost on SQuAD 2.0 of the checks that turn a fact answer into an abstention.

The checks: expected value, asked act, asked thing (answer/expected_value.py, act_check.py, asked_checks.py).

Every question of the SQuAD half in ../shared/benchmarks is answered as askdoc's fact composer
answers it (the passages retrieved over its whole article, cached by bench/fit_answerability.py;
rank_to_quote, compose_ranked), then with the expected-value check, then with the asked-act check as well, then with
the asked-thing and opposite-act checks (asked_checks.py) too.
Reported per half, before and after each: accuracy and false abstention on answerable questions,
abstention on unanswerable ones, the calibration error (ECE, 10 bins) of the answer's ``confidence``
against its being right (an answerable question answered right; an abstention or any answer to an
unanswerable question is not), and the questions by their asked kind each check abstains on.
``--show`` prints the answerable questions the checks turn into abstentions (to read them);
``--sweep`` prints, per half, what the asked-act check would abstain on at each word-vector threshold.

    python bench/value_check.py [--work-dir /tmp/askdoc-squad-work] [--show A|B] [--sweep]
"""

from __future__ import annotations

import argparse
import os
import re
from collections import Counter
from functools import partial
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np

from askdoc.answer import act_check
from askdoc.answer.act_check import act_checked
from askdoc.answer.asked_act import question_shape
from askdoc.answer.asked_checks import asked_checked
from askdoc.answer.composer import compose_ranked
from askdoc.answer.contract import MAX_WORDS, without_markers
from askdoc.answer.expected_value import value_checked
from askdoc.answer.sentence_rank import rank_to_quote
from askdoc.evaluation.calibration import expected_calibration_error as ece
from askdoc.text.normalize import contains
from fit_answerability import retrievals
from squad import question_type
from squad_corpus import DEFAULT_DATA, index_article, load_articles, open_encoders

SWEEP = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 1.0)


def right(text: str, answers: tuple[str, ...]) -> bool:
    words = without_markers(text)
    return len(words.split()) <= MAX_WORDS and any(contains(words, a) for a in answers)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work-dir", type=Path, default=Path("/tmp/askdoc-squad-work"))
    parser.add_argument("--show", choices=("A", "B"), help="print that half's answerable questions the check abstains on")
    parser.add_argument("--sweep", action="store_true", help="what the asked-act check abstains on at each threshold")
    args = parser.parse_args()
    encoders = open_encoders()
    articles = {a.title: a for a in load_articles(DEFAULT_DATA)}
    indexes = {}
    rows = []
    for r in retrievals(args.work_dir):
        if r.title not in indexes:
            indexes[r.title] = index_article(articles[r.title], args.work_dir, encoders).index
        index = indexes[r.title]
        before = compose_ranked(index, r.question, rank_to_quote(index, r.question, r.vector, r.passages), r.passages)
        after = value_checked(index.text, r.question, before)
        acted = act_checked(index, r.question, after, encoders.questions.encode)
        asked = asked_checked(index, r.question, acted, encoders.questions.encode)
        closest = None
        if args.sweep and not after.abstained:
            evidence = act_check.evidence_of(index, after)
            near = act_check.nearness(encoders.questions.encode)
            used = partial(act_check.in_document, index)
            closest = act_check.unmatched_act(r.question, evidence, used, near)
        rows.append((r.half, bool(r.answers), r.question, r.answers, before, after, acted, closest, asked))
    for half in ("A", "B"):
        mine = [row for row in rows if row[0] == half]
        answerable = [row for row in mine if row[1]]
        unanswerable = [row for row in mine if not row[1]]
        for label, at in (("before", 4), ("value", 5), ("act", 6), ("asked", 8)):
            answered_right = [row[1] and not row[at].abstained and right(row[at].text, row[3]) for row in mine]
            accuracy = sum(answered_right[i] for i, row in enumerate(mine) if row[1]) / len(answerable)
            false = sum(row[at].abstained for row in answerable) / len(answerable)
            abstention = sum(row[at].abstained for row in unanswerable) / len(unanswerable)
            calibration = ece(np.array([row[at].confidence for row in mine]), np.array(answered_right, dtype=float))
            print(f"half {half} {label:6}: accuracy {accuracy:.3f}  false abstention {false:.3f}  abstention {abstention:.3f}"
                  f"  ECE {calibration:.3f}  ({len(answerable)} answerable, {len(unanswerable)} unanswerable)")
        for label, was, now in (("expected-value", 4, 5), ("asked-act", 5, 6), ("asked-thing", 6, 8)):
            flipped = [row for row in mine if row[now].abstained and not row[was].abstained]
            kinds = Counter((row[1], question_type(row[2])) for row in flipped)
            print(f"half {half}: the {label} check abstains on", dict(kinds))
            if args.show == half:
                for row in flipped:
                    if row[1]:
                        mark = "RIGHT" if right(row[was].text, row[3]) else "wrong"
                        said = re.sub(r"\s+", " ", row[was].text)[:200]
                        print(f"  {mark} {row[2]} | gold {row[3][:2]} | {said}")
        if args.sweep:
            for shape in sorted({question_shape(row[2]) for row in mine}):
                counts = []
                for threshold in SWEEP:
                    fired = [row for row in mine if row[7] is not None and row[7] < threshold and question_shape(row[2]) == shape]
                    counts.append(f"{sum(r[1] for r in fired)}/{sum(not r[1] for r in fired)}")
                print(f"half {half} asked-act {shape:8} answerable/unanswerable abstained on at {SWEEP}: {' '.join(counts)}")


if __name__ == "__main__":
    main()
