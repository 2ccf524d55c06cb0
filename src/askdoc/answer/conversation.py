"""Follow-up questions: resolve "When is he expected to be approved?" against earlier turns.

A follow-up leans on the turns before it: a pronoun ("he", "it", "that"), an opening
"and ..."/"what about ...", or so few content words, none of them a name or number, that
it cannot stand alone ("When did the troops leave?"). Retrieval then searches with the
earlier questions added, back to the last question that stood on its own, so the passage
about the person or event referred to ranks first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from askdoc.answer.referent import with_referent
from askdoc.text.terms import analyze

_REFERRING = re.compile(
    r"\b(he|him|his|she|her|hers|it|its|they|them|their|that|this|those|these|there|then|the same)\b", re.IGNORECASE
)
_CONTINUATION = re.compile(r"^\s*(and|but|also|so|what about|how about)\b", re.IGNORECASE)
_NAMED = re.compile(r"(?<=\s)[A-Z]|\d")
_AFTER_QUESTION = re.compile(r"(?<=\?)\s+")
_FEW_TERMS = 2
_MAX_EARLIER = 3


def is_follow_up(question: str) -> bool:
    """Whether the question reads as leaning on an earlier turn."""
    if _REFERRING.search(question) or _CONTINUATION.match(question):
        return True
    return len(analyze(question)) <= _FEW_TERMS and not _NAMED.search(question.strip())


def resolve(question: str, history: Sequence[str], force: bool = False) -> str:
    """The search query for ``question``: itself, with "he"/"she" replaced by the person an earlier question
    names (referent.py), or else with the earlier questions it leans on before it.

    Walks back through ``history`` (oldest first) while the earliest question taken is itself
    a follow-up, so a chain of follow-ups keeps the subject named at its start. ``force``: the
    caller has already judged the question a follow-up.
    """
    if not history or not (force or is_follow_up(question)):
        return question
    if named := with_referent(question, history):
        return named
    earlier = [history[-1]]
    for previous in reversed(history[:-1]):
        if len(earlier) == _MAX_EARLIER or not is_follow_up(earlier[0]):
            break
        earlier.insert(0, previous)
    return " ".join([*earlier, question])


def own_question(query: str) -> str:
    """The question itself in a resolved query: its last sentence, after the earlier questions joined before it."""
    return _AFTER_QUESTION.split(query.strip())[-1]
