"""Follow-up questions: resolve "When is he expected to be approved?" against earlier turns.

A follow-up leans on the turn before it (a pronoun, "and ...", a very short question).
Retrieval then searches with the earlier question added, so the passage about the
person or event referred to ranks first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_REFERRING = re.compile(
    r"\b(he|him|his|she|her|hers|it|its|they|them|their|that|this|those|these|there|then|the same)\b", re.IGNORECASE
)
_CONTINUATION = re.compile(r"^\s*(and|but|also|so|what about|how about)\b", re.IGNORECASE)
_SHORT_WORDS = 4


def is_follow_up(question: str) -> bool:
    """Whether the question reads as leaning on an earlier turn."""
    return bool(_REFERRING.search(question) or _CONTINUATION.match(question)) or len(question.split()) <= _SHORT_WORDS


def resolve(question: str, history: Sequence[str]) -> str:
    """The search query for ``question``: itself, or with the previous question before it."""
    if not history or not is_follow_up(question):
        return question
    return f"{history[-1]} {question}"
