"""What the answerability threshold would abstain on if chosen for a false-abstention budget on the whole fact path.

fit_answerability.py chooses the threshold on the answerability model alone. Here every SQuAD 2.0 question is
answered as bench/value_check.py answers it (rank_to_quote, compose_ranked, the expected-value, asked-act and
asked-thing checks),
and its ``confidence`` kept: a higher threshold abstains on every answer below it, and on what the checks
abstain on already. Per budget, the highest threshold whose false abstention on half A's answerable questions
stays within it; reported on half B (which chooses nothing): accuracy, false abstention, abstention on unanswerable.
With --eval, the same thresholds on eval files as `askdoc eval` answers them (confidence and abstention from
``--json``; fact and yes/no answers only): false abstention and abstention on unanswerable.
Measured only: the product's threshold stays the one fit_answerability.py wrote.

Last run (sentence ranker at companion ratio .64, with the asked-thing check; threshold chosen on A → half B accuracy
/ false abstention / abstention; eval/questions.jsonl, eval/reader_questions.jsonl, eval/real false abstention /
abstention):
  stored .118 (budget .02): B .852/.029/.094; questions .044/.765, reader .037/.811, real .047/.522
  budget .05 → .144:        B .842/.046/.130; questions .088/.765, reader .066/.865, real .085/.609
  budget .075 → .168:       B .826/.073/.174; questions .110/.765, reader .081/.892, real .132/.652
  budget .10 → .186:        B .811/.093/.214; questions .154/.765, reader .110/.892, real .178/.696
  budget .15 → .213:        B .778/.133/.267; questions .198/.765, reader .154/.892, real .194/.739
At any budget over the stored one eval/questions.jsonl's false abstention passes .05 while its abstention does not
move: its unanswerable questions the threshold could turn away are abstained on already, by the checks.

    python bench/product_budget.py [--work-dir /tmp/askdoc-squad-work] [--eval eval/questions.jsonl ...]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np

from askdoc.answer.act_check import act_checked
from askdoc.answer.answerability import stored_model
from askdoc.answer.asked_checks import asked_checked
from askdoc.answer.composer import compose_ranked
from askdoc.answer.expected_value import value_checked
from askdoc.answer.sentence_rank import rank_to_quote
from askdoc.evaluation.questions import read_eval_set
from fit_answerability import retrievals
from squad_corpus import DEFAULT_DATA, index_article, load_articles, open_encoders
from value_check import right

BUDGETS = (0.02, 0.05, 0.075, 0.10, 0.15)
FACT_KINDS = ("fact", "yesno")


def squad_rows(work_dir: Path) -> list[tuple[str, bool, float, bool, bool]]:
    """(half, answerable, confidence, abstained, right) of every question on the fact path at the stored threshold."""
    encoders = open_encoders()
    articles = {a.title: a for a in load_articles(DEFAULT_DATA)}
    indexes = {}
    rows = []
    for r in retrievals(work_dir):
        if r.title not in indexes:
            indexes[r.title] = index_article(articles[r.title], work_dir, encoders).index
        index = indexes[r.title]
        before = compose_ranked(index, r.question, rank_to_quote(index, r.question, r.vector, r.passages), r.passages)
        after = act_checked(index, r.question, value_checked(index.text, r.question, before), encoders.questions.encode)
        after = asked_checked(index, r.question, after, encoders.questions.encode)
        answered_right = bool(r.answers) and not after.abstained and right(after.text, r.answers)
        rows.append((r.half, bool(r.answers), before.confidence, after.abstained, answered_right))
    return rows


def at_threshold(rows: list[tuple[bool, float, bool, bool]], threshold: float) -> tuple[float, float, float]:
    """(accuracy, false abstention, abstention on unanswerable) with answers below ``threshold`` abstained on (those
    under the stored threshold came by a path it does not govern, a verdict or a definition, and stay)."""
    floor = stored_model().threshold
    rows = [(is_answerable, a or floor <= c < threshold, ok) for is_answerable, c, a, ok in rows]
    answerable = [(a, ok) for is_answerable, a, ok in rows if is_answerable]
    unanswerable = [a for is_answerable, a, _ in rows if not is_answerable]
    accuracy = np.mean([ok and not a for a, ok in answerable])
    false = np.mean([a for a, _ in answerable])
    abstention = np.mean(unanswerable) if unanswerable else float("nan")
    return float(accuracy), float(false), float(abstention)


def chosen_threshold(rows: list[tuple[bool, float, bool, bool]], budget: float, floor: float) -> float:
    """The highest threshold (at least ``floor``, the stored one) whose false abstention stays within ``budget``."""
    candidates = sorted({floor, *(c for _, c, _, _ in rows if c > floor)})
    within = [t for t in candidates if at_threshold(rows, t)[1] <= budget]
    return max(within) if within else floor


def eval_rows(file: Path) -> list[tuple[bool, float, bool, bool]]:
    """(answerable, confidence, abstained, False) of each item of an eval file as `askdoc eval --json` answers it; the
    threshold is the fact composer's, so a summary, list or metadata answer keeps its answer at any threshold."""
    askdoc = Path(sys.executable).with_name("askdoc")
    report = json.loads(subprocess.run([str(askdoc), "eval", str(file), "--json"], capture_output=True, check=True).stdout)
    answerable = {item.id: item.answerable for item in read_eval_set(file)}
    return [
        (answerable[r["id"]], r["confidence"] if r["kind"] in FACT_KINDS else float("inf"), r["abstained"], False)
        for r in report["results"]
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work-dir", type=Path, default=Path("/tmp/askdoc-squad-work"))
    parser.add_argument("--eval", nargs="*", type=Path, default=[], help="eval files to report at the same thresholds")
    args = parser.parse_args()
    rows = squad_rows(args.work_dir)
    halves = {h: [row[1:] for row in rows if row[0] == h] for h in "AB"}
    evals = {file: eval_rows(file) for file in args.eval}
    floor = stored_model().threshold
    for budget in (None, *BUDGETS):
        threshold = floor if budget is None else chosen_threshold(halves["A"], budget, floor)
        label = "stored" if budget is None else f"budget {budget:.3f} on A"
        parts = []
        for half in "AB":
            accuracy, false, abstention = at_threshold(halves[half], threshold)
            parts.append(f"{half} accuracy {accuracy:.3f} false abstention {false:.3f} abstention {abstention:.3f}")
        for file, items in evals.items():
            _, false, abstention = at_threshold(items, threshold)
            parts.append(f"{file.name} false abstention {false:.3f} abstention {abstention:.3f}")
        print(f"{label}: threshold {threshold:.3f}", *parts, sep="\n  ", flush=True)


if __name__ == "__main__":
    main()
