"""The people's view of an eval run: a metrics table and the questions that went wrong."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from askdoc.evaluation.scoring import Scored, is_right
from askdoc.output.sanitize import sanitize

_LABELS = {
    "hit@1": "retrieval hit@1",
    "hit@3": "retrieval hit@3",
    "hit@5": "retrieval hit@5",
    "mrr": "retrieval MRR",
    "accuracy": "answer accuracy",
    "citation_precision": "citation precision",
    "abstention_recall": "abstention recall (unanswerable)",
    "false_abstention": "false abstention (answerable)",
    "latency_p50_ms": "latency p50 (ms)",
    "latency_p95_ms": "latency p95 (ms)",
}


def print_report(console: Console, metrics: dict[str, float | int], scored: list[Scored], title: str) -> None:
    """Metrics, then each wrong answer or wrong abstention in one line."""
    table = Table(title=sanitize(title), title_justify="left")
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_row(
        "questions (answerable / unanswerable)", f"{metrics['questions']} ({metrics['answerable']} / {metrics['unanswerable']})"
    )
    for key, label in _LABELS.items():
        table.add_row(label, str(metrics[key]))
    for key in ("intent_accuracy", *(name for name in metrics if name.startswith("right_"))):
        if key in metrics:
            table.add_row(key.replace("right_", "right: ").replace("_", " "), str(metrics[key]))
    console.print(table)
    wrong = [s for s in scored if not is_right(s)]
    if wrong:
        console.print(f"\n{len(wrong)} questions answered wrongly:", style="bold")
        for s in wrong:
            expected = ", ".join(s.item.answers) if s.item.answers else "(abstain)"
            got = "(abstained)" if s.answer.abstained else s.answer.text[:90]
            line = sanitize(f"  {s.item.id} {s.item.question} | expected: {expected} | got: {got}")
            console.print(line, highlight=False, soft_wrap=True)
