"""fact_focus on a hand-made index: which neighbour completes the answer, and when none does (issue 12)."""

from __future__ import annotations

import numpy as np
import pytest

from askdoc.answer.answerability import Candidate
from askdoc.answer.fact_focus import focus
from unit.handmade_index import handmade_index, passages

TEXT = (
    "Home directories are set up by each site. The setup will differ from host to host. "
    "Therefore, no program should assume any specific location for a home directory.\n\n"
    "The harbour master, Ana Silva, met the press on Monday. She said the ferry would run again in May.\n\n"
    "The mayor stresses:\n\n"
    "The bridge will be rebuilt before winter."
)


@pytest.fixture(scope="module")
def index():
    return handmade_index(TEXT)


def answer(index, question: str, opening: str) -> list[str]:
    """The sentences of the answer whose best sentence opens with ``opening``."""
    retrieved = passages(*index.chunks)
    rank, span = next(
        (rank, span)
        for rank, passage in enumerate(retrieved)
        for span in passage.chunk.sentences
        if index.text.startswith(opening, span.start)
    )
    best = Candidate(rank, span, np.zeros(1), 0.5)
    chosen, _ = focus(index, question, [best], best, retrieved)
    return [index.text[c.span.start : c.span.end] for c in chosen]


def test_a_why_answer_opening_with_therefore_gets_the_cause_before_it(index) -> None:
    assert answer(index, "Why should programs not assume where home directories are?", "Therefore, no program") == [
        "The setup will differ from host to host.",
        "Therefore, no program should assume any specific location for a home directory.",
    ]


def test_a_who_answer_opening_with_a_pronoun_gets_its_antecedent(index) -> None:
    assert answer(index, "Who said the ferry would run again?", "She said")[0].startswith("The harbour master, Ana Silva")


def test_a_sentence_ending_in_a_colon_gets_what_follows_across_passages(index) -> None:
    assert answer(index, "What does the mayor say about the bridge?", "The mayor stresses:") == [
        "The mayor stresses:",
        "The bridge will be rebuilt before winter.",
    ]


def test_other_answers_stay_as_chosen(index) -> None:
    assert answer(index, "When did the harbour master meet the press?", "The harbour master, Ana Silva") == [
        "The harbour master, Ana Silva, met the press on Monday."
    ]


def test_a_why_answer_takes_no_cause_from_another_paragraph() -> None:
    two = handmade_index(
        "Young founders must work long hours because they are not yet efficient.\n\n"
        "Your second advantage, poverty, might not sound like an advantage. Poverty lets you live cheaply."
    )
    assert answer(two, "Why is poverty an advantage?", "Your second advantage") == [
        "Your second advantage, poverty, might not sound like an advantage."
    ]


def test_a_why_answer_takes_a_reaction_as_the_cause() -> None:
    desk = handmade_index(
        "The Internet Freedom Desk was a natural outgrowth of this goal. "
        "It was founded in 2001 as a direct reaction to the crack-down on media after September 11th."
    )
    assert answer(desk, "Why was the Internet Freedom Desk created?", "The Internet Freedom Desk") == [
        "The Internet Freedom Desk was a natural outgrowth of this goal.",
        "It was founded in 2001 as a direct reaction to the crack-down on media after September 11th.",
    ]
