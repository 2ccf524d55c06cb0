"""The answerability features that read the question's own numbers and dates against the evidence."""

from __future__ import annotations

import pytest

from askdoc.answer.answerability import FEATURES, candidates
from unit.handmade_index import chunk_of, handmade_index, passages, question_vector

IN_2019 = "The ferry carried 300 passengers in 2019."
IN_APRIL = "The ferry carried 280 passengers as of April 14."
TEXT = f"{IN_2019} The harbour was rebuilt.\n\n{IN_APRIL} The pier is old."
QUESTION = "How many passengers did the ferry carry in 2019?"


@pytest.fixture(scope="module")
def by_sentence():
    index = handmade_index(TEXT)
    vector = question_vector(index, {IN_2019: 0.6, IN_APRIL: 0.6})
    read = passages(chunk_of(index, IN_2019), chunk_of(index, IN_APRIL))
    return {index.text[c.span.start : c.span.end]: c for c in candidates(index, QUESTION, vector, read)}


def feature(candidate, name: str) -> float:
    return float(candidate.features[FEATURES.index(name)])


def test_a_sentence_without_the_year_the_question_states_lacks_its_values(by_sentence) -> None:
    assert feature(by_sentence[IN_2019], "values_missing") == 0.0
    assert feature(by_sentence[IN_APRIL], "values_missing") == 1.0


def test_both_counts_are_numbers_the_question_does_not_hold(by_sentence) -> None:
    assert feature(by_sentence[IN_2019], "type_match") == feature(by_sentence[IN_APRIL], "type_match") == 1.0

