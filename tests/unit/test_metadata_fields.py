"""A metadata question whose field the document does not state (answer/metadata_answer.py field_checked)."""

from __future__ import annotations

import pytest

from askdoc.answer.composer import Composition
from askdoc.answer.contract import ABSTENTION_TEXT
from askdoc.answer.metadata_answer import field_checked
from askdoc.answer.metadata_fields import asks_of_the_document

BODY_AUTHORS = Composition(
    "Authors of the rewritten Debian GNU/Linux FAQ are Susan G. Kleinmann and Sven Rudolph. [1]", (), 0.4, False
)
BADGES = Composition("English readme • 简体中文 readme • Deutsche readme [1]", (), 0.3, False)


def test_a_sentence_that_states_the_field_is_kept() -> None:
    assert field_checked("Who wrote this FAQ?", BODY_AUTHORS) is BODY_AUTHORS


@pytest.mark.parametrize("question", ["Who published this README?", "who is the author?", "When was this written?"])
def test_a_sentence_that_does_not_speak_of_the_field_asked_of_the_document_abstains(question: str) -> None:
    answer = field_checked(question, BADGES)
    assert answer.abstained and answer.text == ABSTENTION_TEXT and answer.citations == ()


def test_a_field_asked_of_something_the_document_tells_of_is_answered_like_any_question() -> None:
    assert not asks_of_the_document("Who wrote the letter to the president?")
    assert field_checked("Who wrote the letter to the president?", BADGES) is BADGES
