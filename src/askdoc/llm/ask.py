"""A question answered by the model when it can be trusted, by the extractive composer when not.

The entry point for the CLI (``ask --llm``) and the chat: the engine retrieves and composes
the extractive answer as always (it is the fallback, and costs milliseconds), then the model
answers from the same passages; only an answer that passes the citation check replaces it.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, replace

from askdoc.answer.conversation import is_follow_up
from askdoc.answer.engine import Engine
from askdoc.answer.retrieval import Mode
from askdoc.llm.config import LLMConfig
from askdoc.llm.errors import LLMError
from askdoc.llm.generate import LLMReport, OnDelta, condense_question, failed_generation, generate_answer
from askdoc.types import Answer


@dataclass(frozen=True)
class LLMAnswer:
    """The answer to show, the report of the model's attempt, and the question as retrieval saw it."""

    answer: Answer
    report: LLMReport
    query: str

    @property
    def fallback_note(self) -> str | None:
        """The one line that says why the model's answer is not shown; None when it is."""
        if self.report.used:
            return None
        return f"LLM answer not used: {self.report.fallback_reason}; showing the extractive answer."


def ask_llm(
    engine: Engine,
    question: str,
    config: LLMConfig,
    k: int = 5,
    mode: Mode = "hybrid",
    history: Sequence[str] = (),
    on_delta: OnDelta | None = None,
) -> LLMAnswer:
    """Answer with the model, falling back to the extractive answer; AskdocError only for bad input.

    A follow-up is first rewritten by the model into a standalone question (prompts/condense.md);
    when the rewrite is unusable the engine resolves it against ``history`` as it always does,
    and when the endpoint fails there the answer falls back at once rather than waiting twice.
    """
    started = time.perf_counter()
    query, history_left, failure = question.strip(), history, None
    if history and query and is_follow_up(query):
        try:
            condensed = condense_question(query, history, config)
        except LLMError as exc:
            failure = str(exc)
        else:
            query, history_left = (condensed, ()) if condensed else (query, history)
    condense_ms = (time.perf_counter() - started) * 1000
    extractive = replace(engine.ask(query, k=k, mode=mode, history=history_left), question=question.strip())
    if failure is None:
        generation = generate_answer(query, extractive.retrieved, config, on_delta, title=engine.index.title)
    else:
        generation = failed_generation(config, failure)
    timings = dict(extractive.timings_ms)
    timings["compose"] = round(timings.get("compose", 0.0) + condense_ms + generation.elapsed_ms, 1)
    timings["total"] = round(sum(value for name, value in timings.items() if name != "total"), 1)
    answer = replace(extractive, timings_ms=timings)
    if generation.answer is not None:
        checked = generation.answer
        answer = replace(answer, text=checked.text, citations=checked.citations, abstained=checked.abstained)
    return LLMAnswer(answer, generation.report, query)
