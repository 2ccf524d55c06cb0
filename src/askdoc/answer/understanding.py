"""Question understanding: the intent, and whether the question leans on earlier turns.

Whether a question leans on an earlier turn is a logistic regression over its MiniLM vector,
the intent's word features and a few reference cues (a personal pronoun, a bare "this"/"that",
an opening "and"/"what about", too few terms to stand alone), fitted with the intent model by
bench/fit_intents.py (figures there). A question about the document as a whole (a summary,
its author or date) never is a follow-up, whatever its pronouns: "What is it about?" after a
question on Soleimani asks about the article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from askdoc.answer.answer_referent import may_mean_answer, resolve_by_answer
from askdoc.answer.conversation import resolve
from askdoc.answer.intent import DOCUMENT_LEVEL, Intent, classify, features, model_weights, plain, sized
from askdoc.text.terms import analyze

_CUES = (
    re.compile(r"\b(he|him|his|she|her|hers|they|them|their|theirs)\b", re.I),
    re.compile(r"\b(it|its)\b", re.I),
    re.compile(r"\b(this|that|these|those)\b(?!\s+[a-z]{3,})", re.I),
    re.compile(r"^\W*(and|but|also|so|what about|how about|what else|and then)\b", re.I),
    re.compile(r"\b(the (first|second|third|last|other|same|former|latter) (one|ones)?|the same|then|there)\b", re.I),
)
# A personal pronoun or an opening "and"/"what about" always points back: the fitted model alone
# missed such questions on the fit split's CV (bench/fit_intents.py).
_POINTS_BACK = re.compile(r"\b(he|him|his|she|her|hers)\b|^\W*(and|but|also|what about|how about)\b", re.I)
_NAMED = re.compile(r"(?<=\s)[A-Z]|\d")


@dataclass(frozen=True)
class Understanding:
    """The question as understood: its intent, the query it is answered with, whether it was a follow-up."""

    kind: Intent
    resolved_question: str
    follow_up: bool


def follow_up_features(question: str, vector: np.ndarray) -> np.ndarray:
    """The follow-up classifier's input: the intent features, then the reference cues."""
    text = plain(question)
    cues = [1.0 if cue.search(text) else 0.0 for cue in _CUES]
    terms = len(analyze(text))
    cues += [1.0 if terms <= 1 else 0.0, 1.0 if terms <= 2 and not _NAMED.search(text) else 0.0]
    return np.concatenate([features(question, vector), np.array(cues, dtype=np.float32)])


def leans_on_earlier_turns(question: str, kind: str, vector: np.ndarray) -> bool:
    """Whether a question of intent ``kind`` cannot be understood without an earlier turn."""
    if kind in DOCUMENT_LEVEL:
        return False
    if _POINTS_BACK.search(question):
        return True
    weights, bias = model_weights("follow_up")
    extra = len(follow_up_features(question, vector)) - len(vector)
    return float(follow_up_features(question, sized(vector, weights, extra)) @ weights + bias[0]) > 0.0


def understand(
    question: str,
    vector: np.ndarray,
    history: Sequence[str],
    last_answer: Callable[[], str | None] | None = None,
    document: str = "",
) -> Understanding:
    """Classify ``question`` (its MiniLM ``vector`` given) and resolve it against ``history`` when it leans on it.

    ``last_answer`` gives the text of the answer to the last earlier question (None when it
    abstained); it is asked only when a pronoun of ``question`` can stand for that answer, whose
    name is told from a word by ``document``, the document's text.
    """
    kind = classify(question, vector)
    follow_up = bool(history) and (
        leans_on_earlier_turns(question, kind, vector) or (kind not in DOCUMENT_LEVEL and may_mean_answer(question, history))
    )
    if not follow_up:
        return Understanding(kind, question, False)
    resolved = resolve_by_answer(question, history, last_answer, document) or resolve(question, history, force=True)
    return Understanding(kind, resolved, True)
