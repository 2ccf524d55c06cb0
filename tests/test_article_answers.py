"""Answers over article-type documents (eval/dev/articles.jsonl, fit half): a byline is not quoted for what the
text says."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from askdoc.answer.engine import Engine

pytestmark = pytest.mark.slow  # builds real indexes with the model


@pytest.fixture(scope="module")
def manifesto(real_engine: Callable[[str], Engine]) -> Engine:
    return real_engine("debian-manifesto.txt")


def test_a_question_naming_the_author_does_not_quote_the_byline(manifesto: Engine) -> None:
    answer = manifesto.ask("Does Murdock think SLS is well maintained?")
    assert "Written by" not in answer.text
    assert not any(passage.chunk.role == "metadata" for passage in answer.retrieved)


def test_who_wrote_it_still_reaches_the_byline(manifesto: Engine) -> None:
    answer = manifesto.ask("Who is the author?")
    assert "Ian A. Murdock" in answer.text and not answer.abstained
