"""Questions of permission or possibility ("Is /etc allowed to hold scripts?", "Is it possible to …?"),
which a sentence answers with a modal verb rather than with the question's word.

A sentence that says what "may", "can", "must" or "should" be done (or not) decides whether it is
allowed: the question's permission word counts as held there, and the negation or the rest of the
sentence decides ("There must be no subdirectories in /bin." → "Are subdirectories allowed inside
/bin?": No). And "may" in such a sentence grants what the question asks, not a mere possibility,
so it is no modal mismatch ("/etc may contain executable scripts").
"""

from __future__ import annotations

from askdoc.answer.verdict_cues import Token
from askdoc.text.terms import analyze

_PERMISSION = frozenset(
    stem for word in ("allowed", "permitted", "possible", "able", "acceptable", "fine", "ok", "okay") for stem in analyze(word)
)
_SAID_MODALS = frozenset(
    {"may", "can", "cannot", "can't", "must", "mustn't", "should", "shouldn't", "shall", "might", "could", "couldn't"}
)


def asks_permission(question: list[Token]) -> bool:
    """Whether the question asks whether something may or can be done."""
    return any(t.stem in _PERMISSION for t in question) or (bool(question) and question[0].lower in {"can", "may", "could"})


def permission_terms(terms: list[Token], sentence: list[Token]) -> list[Token]:
    """The question's permission words ("allowed", "possible") that a modal verb of the sentence says."""
    if not any(t.lower in _SAID_MODALS for t in sentence):
        return []
    return [t for t in terms if t.stem in _PERMISSION]
