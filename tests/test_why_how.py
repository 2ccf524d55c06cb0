"""Why- and how-questions quote the sentence that gives the reason, the point or the means (issue 12)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from askdoc.answer.answerability import Candidate
from askdoc.answer.engine import Engine
from askdoc.answer.means import asks_means, means_first
from askdoc.answer.mention_point import asks_why_mentioned
from askdoc.types import Span

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


def test_how_question_about_a_method_puts_the_sentence_giving_the_means_first() -> None:
    text = "Militias attacked the embassy in December. The videos employ drone footage of the bases."
    attack, videos = Span(0, 42), Span(43, len(text))
    ranked = [Candidate(0, attack, np.zeros(0), 0.10), Candidate(0, videos, np.zeros(0), 0.06)]
    first = means_first(text, "How are the militias trying to intimidate the soldiers?", ranked)
    assert text[first[0].span.start : first[0].span.end] == "The videos employ drone footage of the bases."
    # Not for a question that asks what happened, nor for a means sentence far below the best one.
    assert means_first(text, "What did the militias attack?", ranked)[0].span == attack
    far = [ranked[0], Candidate(0, videos, np.zeros(0), 0.04)]
    assert means_first(text, "How are the militias trying to intimidate the soldiers?", far)[0].span == attack


def test_the_shapes_read() -> None:
    assert asks_why_mentioned("why is Nigeria mentioned in the post")
    assert not asks_why_mentioned("Why did SebaSpace refuse to answer?")
    assert asks_means("How did AI-5 suppress freedom of expression?")
    assert not asks_means("How many soldiers died?") and not asks_means("How do I unpack an archive?")


def test_how_does_the_article_characterise_quotes_the_writers_word_for_it(engine: Engine) -> None:
    answer = engine.ask("How does the article characterise the 2003 invasion?")
    assert "the unprovoked invasion" in answer.text and not answer.abstained
    assert len(answer.citations) == 1 and "unprovoked invasion" in answer.citations[0].passage.chunk.text


def test_characterisation_needs_every_word_naming_the_thing(brazil: Engine) -> None:
    # "the proposed bill" does not name the Digital Crimes Bill's other words: the composer's answer stands.
    answer = brazil.ask("How does the article describe the Digital Crimes Bill?")
    assert "the proposed bill has been organized" not in answer.text

