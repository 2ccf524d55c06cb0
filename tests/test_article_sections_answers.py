"""Answers that an article gives in another place than the sentence closest to the question: the reason in the next
paragraph, the answer under a heading that asks the same question (eval/dev/articles.jsonl, fit half)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from askdoc.answer.engine import Engine

pytestmark = pytest.mark.slow  # builds real indexes with the model


def test_a_why_question_gets_the_reason_the_next_paragraph_gives(real_engine: Callable[[str], Engine]) -> None:
    answer = real_engine("ebb-kuhn-controversial-events.html").ask("Why had the author kept quiet until now?")
    assert answer.text.startswith("I have been silent the last month because, until two days ago, I was an at-large member")


def test_a_question_a_heading_asks_too_is_answered_by_its_sections_first_sentence(
    real_engine: Callable[[str], Engine],
) -> None:
    answer = real_engine("debian-manifesto.txt").ask("How does Debian hope to avoid the problems of other distributions?")
    assert answer.text.startswith("The Debian design process is open to ensure that the system is of the highest quality")
    assert answer.citations[0].passage.chunk.section == "How will Debian attempt to put an end to these problems?"
