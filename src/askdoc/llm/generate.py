"""Ask the model: pack the prompt, send it (streamed when someone watches), check the reply."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from askdoc.llm.check import CheckedAnswer, check_answer
from askdoc.llm.client import ChatClient
from askdoc.llm.config import LLMConfig
from askdoc.llm.context import answer_prompt, condense_prompt
from askdoc.llm.errors import LLMError, one_line
from askdoc.llm.templates import Templates, load_templates
from askdoc.types import Passage

OnDelta = Callable[[str], None]
_CONDENSED_MAX_WORDS = 60


@dataclass(frozen=True)
class LLMReport:
    """What the model was given and whether its answer is the one shown (else ``fallback_reason`` says why)."""

    model: str
    used: bool
    fallback_reason: str | None
    left_out: tuple[int, ...]
    prompt_tokens: int
    budget_tokens: int


@dataclass(frozen=True)
class Generation:
    """The checked answer (None when it failed) and the report of the attempt."""

    answer: CheckedAnswer | None
    report: LLMReport
    elapsed_ms: float


def generate_answer(
    question: str,
    passages: Sequence[Passage],
    config: LLMConfig,
    on_delta: OnDelta | None = None,
    title: str = "",
    templates: Templates | None = None,
) -> Generation:
    """Answer ``question`` from ``passages`` (best first) with the model, then check the answer.

    With ``on_delta`` the reply is streamed and each text delta is passed to it as it arrives:
    that draft is unchecked, for showing progress only; the returned answer is what may be shown
    as cited. Endpoint and check failures do not raise: they come back as ``answer=None``.
    """
    started = time.perf_counter()
    templates = templates or load_templates()
    prompt = None
    try:
        prompt = answer_prompt(templates, title, question, passages, config.context_tokens)
        client = ChatClient(config)
        if on_delta is None:
            reply = client.complete(prompt.messages, config.answer_tokens)
        else:
            deltas = []
            for delta in client.stream(prompt.messages, config.answer_tokens):
                deltas.append(delta)
                on_delta(delta)
            reply = "".join(deltas)
        if client.redact.found:
            raise LLMError("the model's reply repeats the API key")
        answer, reason = check_answer(reply, prompt.given, question), None
    except LLMError as exc:
        answer, reason = None, one_line(str(exc))
    report = LLMReport(
        model=config.model,
        used=answer is not None,
        fallback_reason=reason,
        left_out=tuple(p.chunk.chunk_id for p in prompt.left_out) if prompt else (),
        prompt_tokens=prompt.tokens if prompt else 0,
        budget_tokens=config.context_tokens,
    )
    return Generation(answer, report, (time.perf_counter() - started) * 1000)


def failed_generation(config: LLMConfig, reason: str) -> Generation:
    """The outcome of an attempt that failed before the answer prompt was sent (its time is counted by the caller)."""
    return Generation(None, LLMReport(config.model, False, one_line(reason), (), 0, config.context_tokens), 0.0)


def condense_question(question: str, history: Sequence[str], config: LLMConfig, templates: Templates | None = None) -> str | None:
    """The follow-up ``question`` rewritten by the model as a standalone question.

    None when the reply is not one short line; LLMError when the endpoint fails.
    """
    messages = condense_prompt(templates or load_templates(), question, history)
    reply = " ".join(ChatClient(config).complete(messages, _CONDENSED_MAX_WORDS * 2).split()).strip("\"'“”")
    return reply if reply and len(reply.split()) <= _CONDENSED_MAX_WORDS else None
