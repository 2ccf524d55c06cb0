"""The cost of the expected-value check (answer/expected_value.py) on SQuAD 2.0, half A and half B.

Every question of the SQuAD half in ../shared/benchmarks is answered as askdoc's fact composer
answers it (the passages retrieved over its whole article, cached by bench/fit_answerability.py;
rank_to_quote, compose_ranked), then once more with the check. Reported per half, before and after:
accuracy and false abstention on answerable questions, abstention on unanswerable ones, and the
questions by their asked kind the check abstains on. ``--show`` prints the answerable questions the
check turns into abstentions (to read them).

    python bench/value_check.py [--work-dir /tmp/askdoc-squad-work] [--show A|B]
"""

from __future__ import annotations

import argparse
import os
import re
from collections import Counter
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from askdoc.answer.composer import compose_ranked
from askdoc.answer.contract import MAX_WORDS, without_markers
from askdoc.answer.expected_value import value_checked
from askdoc.answer.sentence_rank import rank_to_quote
from askdoc.text.normalize import contains
from fit_answerability import retrievals
from squad import question_type
from squad_corpus import DEFAULT_DATA, index_article, load_articles, open_encoders


def right(text: str, answers: tuple[str, ...]) -> bool:
    words = without_markers(text)
    return len(words.split()) <= MAX_WORDS and any(contains(words, a) for a in answers)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work-dir", type=Path, default=Path("/tmp/askdoc-squad-work"))
    parser.add_argument("--show", choices=("A", "B"), help="print that half's answerable questions the check abstains on")
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
        rows.append((r.half, bool(r.answers), r.question, r.answers, before, after))
    for half in ("A", "B"):
        mine = [row for row in rows if row[0] == half]
        answerable = [row for row in mine if row[1]]
        unanswerable = [row for row in mine if not row[1]]
        for label, at in (("before", 4), ("after", 5)):
            accuracy = sum(not row[at].abstained and right(row[at].text, row[3]) for row in answerable) / len(answerable)
            false = sum(row[at].abstained for row in answerable) / len(answerable)
            abstention = sum(row[at].abstained for row in unanswerable) / len(unanswerable)
            print(f"half {half} {label:6}: accuracy {accuracy:.3f}  false abstention {false:.3f}  "
                  f"abstention {abstention:.3f}  ({len(answerable)} answerable, {len(unanswerable)} unanswerable)")
        flipped = [row for row in mine if row[5].abstained and not row[4].abstained]
        print(f"half {half}: the check abstains on", dict(Counter((row[1], question_type(row[2])) for row in flipped)))
        if args.show == half:
            for row in flipped:
                if row[1]:
                    mark = "RIGHT" if right(row[4].text, row[3]) else "wrong"
                    said = re.sub(r"\s+", " ", row[4].text)[:200]
                    print(f"  {mark} {row[2]} | gold {row[3][:2]} | {said}")


if __name__ == "__main__":
    main()
