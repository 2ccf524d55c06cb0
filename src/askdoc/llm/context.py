"""The answer prompt: passages packed best first into a token budget, quoted as data.

Tokens are counted with tiktoken's cl100k_base over the messages' text plus a few tokens
of chat framing per message (OpenAI's published accounting). Local models use other
tokenizers, so the budget is an estimate of their count, not an exact one: leave a margin.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from askdoc.llm.errors import LLMError
from askdoc.llm.templates import Templates, fill
from askdoc.text.tokens import count_tokens
from askdoc.types import Passage

TOKENS_PER_MESSAGE = 4
REPLY_PRIMING_TOKENS = 3
_TAG = re.compile(r"<(/?)(passage)", re.IGNORECASE)


@dataclass(frozen=True)
class Message:
    """One chat message of a request."""

    role: str
    content: str


@dataclass(frozen=True)
class Prompt:
    """The messages sent to the model, the passages they number 1..n, and those left out."""

    messages: tuple[Message, ...]
    given: tuple[Passage, ...]
    left_out: tuple[Passage, ...]
    tokens: int


def prompt_tokens(messages: Sequence[Message]) -> int:
    """The prompt's size in cl100k_base tokens, chat framing included."""
    return sum(count_tokens(message.content) + TOKENS_PER_MESSAGE for message in messages) + REPLY_PRIMING_TOKENS


def answer_prompt(templates: Templates, title: str, question: str, passages: Sequence[Passage], budget: int) -> Prompt:
    """The best-ranked passages that fit in ``budget`` tokens, in rank order; LLMError when not even one fits.

    Passages are tried best first; one that does not fit is left out and the next, maybe
    shorter, one is tried, so the budget is used without ever being exceeded.
    """
    given: list[Passage] = []
    left_out: list[Passage] = []
    for passage in passages:
        if prompt_tokens(_messages(templates, title, question, [*given, passage])) <= budget:
            given.append(passage)
        else:
            left_out.append(passage)
    if not given:
        raise LLMError(f"the context budget of {budget} tokens cannot hold the prompt with even one passage")
    messages = _messages(templates, title, question, given)
    return Prompt(messages, tuple(given), tuple(left_out), prompt_tokens(messages))


def condense_prompt(templates: Templates, question: str, history: Sequence[str]) -> tuple[Message, ...]:
    """The request that turns a follow-up into a standalone question."""
    earlier = "\n".join(f"- {turn}" for turn in history)
    return (Message("user", fill(templates.condense, history=earlier, question=question)),)


def _messages(templates: Templates, title: str, question: str, passages: Sequence[Passage]) -> tuple[Message, ...]:
    quoted = "\n\n".join(_quote(n, passage) for n, passage in enumerate(passages, start=1))
    user = fill(templates.answer, title=_attribute(title), passages=quoted, question=question)
    return (Message("system", templates.system), Message("user", user))


def _quote(n: int, passage: Passage) -> str:
    chunk = passage.chunk
    section = f' section="{_attribute(chunk.section)}"' if chunk.section else ""
    return f'<passage n="{n}"{section}>\n{_neutral(chunk.text)}\n</passage>'


def _neutral(text: str) -> str:
    """Document text that cannot open or close a passage tag."""
    return _TAG.sub(r"&lt;\1\2", text)


def _attribute(text: str) -> str:
    """Document text that can stand between double quotes."""
    return _neutral(text).replace('"', "'")
