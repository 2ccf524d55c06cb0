"""`askdoc eval`: ask every question of an eval set and score answers, citations and retrieval."""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from askdoc.answer.contract import without_markers
from askdoc.answer.engine import Engine
from askdoc.answer.retrieval import Mode
from askdoc.evaluation.questions import EvalQuestion
from askdoc.text.normalize import contains
from askdoc.types import Answer

HIT_AT = (1, 3, 5)
KINDS = ("fact", "list", "yesno", "summary", "metadata")
METRIC_NAMES = frozenset(
    {"questions", "answerable", "unanswerable", *(f"hit@{k}" for k in HIT_AT), "mrr", "accuracy", "citation_precision"}
    | {"abstention_recall", "false_abstention", "latency_p50_ms", "latency_p95_ms", "intent_accuracy", "right_all"}
    | {f"right_{kind}" for kind in KINDS}
)


@dataclass(frozen=True)
class Scored:
    """One question, its answer and the wall time it took."""

    item: EvalQuestion
    answer: Answer
    seconds: float


def run_eval(engine: Engine, questions: list[EvalQuestion], mode: Mode = "hybrid", k: int = 5) -> list[Scored]:
    """Ask each question (with its history) and time it."""
    scored = []
    for item in questions:
        started = time.perf_counter()
        answer = engine.ask(item.question, k=k, mode=mode, history=item.history)
        scored.append(Scored(item, answer, time.perf_counter() - started))
    return scored


def answer_words(answer: Answer) -> str:
    """The answer text with its [n] markers removed."""
    return without_markers(answer.text)


def is_correct(item: EvalQuestion, answer: Answer) -> bool:
    """Answered (not abstained), within the word limit, holding an accepted answer (or enough of the
    groups), none of the forbidden phrases, and opening with the expected yes/no verdict."""
    text = answer_words(answer)
    if answer.abstained or len(text.split()) > item.max_words or any(contains(text, phrase) for phrase in item.forbid):
        return False
    if item.yesno and not text.strip().lower().startswith(item.yesno):
        return False
    if item.groups:
        held = sum(any(contains(text, phrase) for phrase in group) for group in item.groups)
        return held >= (item.min_groups if item.min_groups is not None else len(item.groups))
    return any(contains(text, accepted) for accepted in item.answers)


def is_right(scored: Scored) -> bool:
    """A correct answer to an answerable question, an abstention on an unanswerable one."""
    return is_correct(scored.item, scored.answer) if scored.item.answerable else scored.answer.abstained


def evidence_rank(item: EvalQuestion, answer: Answer) -> int | None:
    """1-based rank of the first retrieved passage holding the evidence phrase (None without one)."""
    if item.evidence is None:
        return None
    for rank, passage in enumerate(answer.retrieved, start=1):
        if contains(passage.chunk.text, item.evidence or ""):
            return rank
    return None


def metrics(scored: list[Scored]) -> dict[str, float | int]:
    """Retrieval hit@k and MRR, answer accuracy, citation precision, abstention and latency."""
    answerable = [s for s in scored if s.item.answerable]
    unanswerable = [s for s in scored if not s.item.answerable]
    located = [s for s in answerable if s.item.evidence is not None]
    ranks = [evidence_rank(s.item, s.answer) for s in located]
    cited = [
        any(contains(c.passage.chunk.text, phrase) for phrase in (s.item.evidence or "", *s.item.answers))
        for s in answerable
        for c in s.answer.citations
    ]
    latencies = np.array([s.seconds * 1000 for s in scored]) if scored else np.zeros(1)
    result: dict[str, float | int] = {"questions": len(scored), "answerable": len(answerable), "unanswerable": len(unanswerable)}
    for k in HIT_AT:
        result[f"hit@{k}"] = _share(sum(1 for r in ranks if r is not None and r <= k), len(located))
    result["mrr"] = round(sum(1 / r for r in ranks if r) / len(located), 3) if located else 0.0
    result["accuracy"] = _share(sum(is_correct(s.item, s.answer) for s in answerable), len(answerable))
    result["citation_precision"] = _share(sum(cited), len(cited))
    result["abstention_recall"] = _share(sum(s.answer.abstained for s in unanswerable), len(unanswerable))
    result["false_abstention"] = _share(sum(s.answer.abstained for s in answerable), len(answerable))
    result.update(per_kind(scored))
    result["latency_p50_ms"] = round(float(np.percentile(latencies, 50)), 1)
    result["latency_p95_ms"] = round(float(np.percentile(latencies, 95)), 1)
    return result


def per_kind(scored: list[Scored]) -> dict[str, float]:
    """For eval files that label each question's kind: how often it was understood so, and answered right."""
    labelled = [s for s in scored if s.item.kind]
    if not labelled:
        return {}
    result = {"intent_accuracy": _share(sum(s.answer.kind == s.item.kind for s in labelled), len(labelled))}
    for kind in KINDS:
        group = [s for s in labelled if s.item.kind == kind]
        if group:
            result[f"right_{kind}"] = _share(sum(is_right(s) for s in group), len(group))
    result["right_all"] = _share(sum(is_right(s) for s in scored), len(scored))
    return result


def _share(count: int, total: int) -> float:
    return round(count / total, 3) if total else 0.0
