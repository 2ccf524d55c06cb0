"""A sentence that asks what the reader asks is quoted only when nothing else is left (answer/asking_sentences.py)."""

from __future__ import annotations

import numpy as np

from askdoc.answer.answerability import Candidate
from askdoc.answer.asking_sentences import asking_last
from askdoc.text.sentences import split_sentences

TEXT = (
    "The number one question people ask us is: Where can I find a co-founder? "
    "Co-founders really should be people you already know. And by far the best place to meet them is school."
)


def _candidates(order: list[int]) -> list[Candidate]:
    spans = split_sentences(TEXT)
    return [Candidate(0, spans[i], np.zeros(1), 0.9 - 0.1 * n) for n, i in enumerate(order)]


def _quoted(ranked: list[Candidate]) -> list[str]:
    return [TEXT[c.span.start : c.span.end] for c in ranked]


def test_the_sentence_raising_the_question_goes_behind_the_answers() -> None:
    ranked = asking_last(TEXT, "Where is the best place to find a co-founder?", _candidates([0, 2, 1]))
    assert _quoted(ranked) == [
        "And by far the best place to meet them is school.",
        "Co-founders really should be people you already know.",
        "The number one question people ask us is: Where can I find a co-founder?",
    ]


def test_only_asking_sentences_keep_their_order() -> None:
    only = _candidates([0])
    assert asking_last(TEXT, "Where can I find a co-founder?", only) == only


def test_a_question_asked_with_another_word_may_be_the_answer() -> None:
    ranked = _candidates([0, 2, 1])
    assert asking_last(TEXT, "Why do people ask about co-founders?", ranked) == ranked
