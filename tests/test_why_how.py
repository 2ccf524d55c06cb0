"""Why- and how-questions quote the sentence that gives the reason, the point or the means (issue 12)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from askdoc.answer.engine import Engine
from askdoc.answer.means import asks_means
from askdoc.answer.mention_point import asks_why_mentioned

pytestmark = pytest.mark.slow  # builds real indexes with the model


@pytest.fixture(scope="module")
def africa(real_engine: Callable[[str], Engine]) -> Engine:
    return real_engine("globalvoices-africa-lgbt-blogosphere.html")


@pytest.fixture(scope="module")
def brazil(real_engine: Callable[[str], Engine]) -> Engine:
    return real_engine("globalvoices-brazil-digital-crimes-bill.html")


def test_why_the_writer_brings_something_up_quotes_the_point_made_when_the_paragraph_returns_to_it(engine: Engine) -> None:
    answer = engine.ask("Why does the writer bring up the Shah of Iran?")
    assert "the US had never discussed Sunni-Shia differences" in answer.text
    assert "close US ally" in answer.text


def test_why_an_example_is_mentioned_quotes_the_claim_it_illustrates(africa: Engine) -> None:
    answer = africa.ask("Why does the author mention Robert Mugabe?")
    assert "Many African leaders have condemned homosexuality as being un-African." in answer.text


def test_why_should_question_takes_the_otherwise_sentence_as_its_reason(brazil: Engine) -> None:
    answer = brazil.ask("Why should activists fight the bill even harder?")
    assert "guilty before they have even realized" in answer.text


def test_how_question_about_a_method_quotes_the_means(engine: Engine) -> None:
    answer = engine.ask("How are the militias trying to intimidate American soldiers?")
    assert "The videos employ drone footage of the various bases" in answer.text


def test_the_shapes_read() -> None:
    assert asks_why_mentioned("why is Nigeria mentioned in the post")
    assert not asks_why_mentioned("Why did SebaSpace refuse to answer?")
    assert asks_means("How did AI-5 suppress freedom of expression?")
    assert not asks_means("How many soldiers died?") and not asks_means("How do I unpack an archive?")
