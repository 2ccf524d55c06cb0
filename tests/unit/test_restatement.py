"""A sentence that restates the question (its own words, "told" for "tell") is quoted first (issue 12)."""

from __future__ import annotations

import numpy as np
import pytest

from askdoc.answer.answerability import Candidate
from askdoc.answer.restatement import RATIO, restating_first
from askdoc.types import Span
from unit.handmade_index import handmade_index, passages

TEXT = (
    "The mayor Ana Silva said the harbour would reopen in May. "
    "Ana Silva told the press that the ferry fares would rise.\n\n"
    "The ferry fares were last raised in 2019."
)
SAID = "The mayor Ana Silva said the harbour would reopen in May."
TOLD = "Ana Silva told the press that the ferry fares would rise."
QUESTION = "What did Councillor Ana Silva tell the press?"


@pytest.fixture(scope="module")
def index():
    return handmade_index(TEXT)


def candidate(index, sentence: str, probability: float) -> Candidate:
    start = index.text.index(sentence)
    return Candidate(0, Span(start, start + len(sentence)), np.zeros(1), probability)


def test_the_restating_sentence_goes_first_though_it_says_told_and_the_document_lacks_mayor(index) -> None:
    ranked = [candidate(index, SAID, 0.30), candidate(index, TOLD, 0.25)]
    assert [c.span for c in restating_first(index, QUESTION, ranked, passages(*index.chunks))] == [ranked[1].span, ranked[0].span]


def test_a_restating_sentence_far_below_the_best_stays_where_it_is(index) -> None:
    ranked = [candidate(index, SAID, 0.30), candidate(index, TOLD, 0.30 * RATIO * 0.9)]
    assert restating_first(index, QUESTION, ranked, passages(*index.chunks)) == ranked
