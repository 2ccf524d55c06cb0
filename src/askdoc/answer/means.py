"""For "How are they trying to …?": the sentence that gives the means, not the one that retells the act.

A how-question about a method ("How are the militias trying to intimidate American soldiers?", "How did
AI-5 suppress freedom of expression?") is answered by the sentence that says with what or by what the
thing is done ("The videos employ drone footage of the various bases …", "by introducing the preliminary
censorship …"); the sentence nearest the question often retells the act or its setting instead. Among the
ranked sentences close enough to the best one, the best that states a means goes first.
"""

from __future__ import annotations

import re

from askdoc.answer.answerability import Candidate
from askdoc.answer.conversation import own_question

# "How are/do/did/can X …": a method; not "how many/much/long/old …", which ask for a value, nor "how do I …",
# which howto.py answers with an option or a command.
_HOW_METHOD = re.compile(
    r"^\W*how\s+(is|are|was|were|do|does|did|has|have|had|can|could|will|would)\s+(?!i\b|you\b|we\b|one\b)\w+",
    re.I,
)
_MEANS = re.compile(
    r"\b(us(e|es|ed|ing)|utili[sz](e|es|ed|ing)|employ(s|ed|ing)?|by (means of|way of|\w+ing)|through|via|"
    r"with the help of|relies on|rely on|relying on|thanks to)\b",
    re.I,
)
# How close to the best sentence's probability a sentence stating the means must be to go first. The fit half of
# eval/dev/why.jsonl, eval/dev/facts.jsonl and sentences.jsonl are flat over .2-1.0; SQuAD 2.0 half A through the
# fact composer and its checks (bench/value_check.py) .834 at 1.0 and .5, .833 at .3 and .2: .5, the lowest that
# costs nothing there (eval/reader_questions r078's means sentence stands at .36 of the best, so it stays wrong).
MEANS_RATIO = 0.5


def asks_means(question: str) -> bool:
    """Whether ``question`` asks how something is done (a method), not how much or how to."""
    return bool(_HOW_METHOD.match(own_question(question)))


def means_first(text: str, question: str, ranked: list[Candidate], ratio: float = MEANS_RATIO) -> list[Candidate]:
    """``ranked`` with the best sentence that states a means first, for a how-question about a method, when it is
    within ``ratio`` of the best one's probability and the best one states none."""
    if not ranked or not asks_means(question) or _MEANS.search(_sentence(text, ranked[0])):
        return ranked
    floor = ratio * ranked[0].probability
    means = next((c for c in ranked[1:] if c.probability >= floor and _MEANS.search(_sentence(text, c))), None)
    return ranked if means is None else [means, *(c for c in ranked if c is not means)]


def _sentence(text: str, candidate: Candidate) -> str:
    return text[candidate.span.start : candidate.span.end]
