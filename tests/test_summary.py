"""Extractive summaries of the bundled article with the real model and index."""

import pytest

from askdoc.answer.engine import Engine

pytestmark = pytest.mark.slow  # every test asks a real engine (the model loads)

FURNITURE = ("Disclaimer", "share buttons", "Copyright", "fair use", "originally published")


def test_summary_quotes_key_content_sentences_in_order_each_cited(engine: Engine) -> None:
    answer = engine.ask("Can you summarise the article?")
    assert answer.kind == "summary" and not answer.abstained
    assert 3 <= sum(len(c.quoted) for c in answer.citations) <= 5
    assert len(answer.text.split()) <= 140
    assert not any(phrase.lower() in answer.text.lower() for phrase in FURNITURE)
    starts = [span.start for c in answer.citations for span in c.quoted]
    assert sorted(starts) == sorted(set(starts))


def test_main_argument_leads_with_the_thesis(engine: Engine) -> None:
    answer = engine.ask("What is the main argument of the piece?")
    assert answer.text.startswith("This marked a line being drawn in the sand: the US must be forced to leave Iraq")
