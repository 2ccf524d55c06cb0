"""Fact answers carry the sentence that answers: the pronoun's antecedent, the reason, the quote (issue 12)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from askdoc.answer.engine import Engine

pytestmark = pytest.mark.slow  # builds real indexes of two real documents with the model


@pytest.fixture(scope="module")
def engines(real_engine: Callable[[str], Engine]) -> dict[str, Engine]:
    names = {"africa": "globalvoices-africa-lgbt-blogosphere.html", "capport": "draft-nottingham-capport-problem-00.txt"}
    return {key: real_engine(name) for key, name in names.items()}

def test_who_question_quotes_the_pronouns_antecedent(engines) -> None:
    answer = engines["africa"].ask("Who posted Obama's speech on his blog?")
    assert "Wilde Yearnings" in answer.text and "He posted Obama's speech" in answer.text
    assert any("Wilde Yearnings" in answer.text and "Wilde Yearnings" in c.passage.chunk.text for c in answer.citations)

def test_why_question_adds_the_neighbour_that_gives_the_cause(engines) -> None:
    answer = engines["capport"].ask("Why can Internet of Things devices struggle with captive portals?")
    assert "without the ability to run a browser" in answer.text

def test_other_questions_keep_their_single_sentence(engines) -> None:
    answer = engines["africa"].ask("Who refused to answer Red Pepper's questions?")
    assert answer.text.startswith("SebaSpace refused to answer") and len(answer.citations) == 1


def test_who_verb_question_quotes_the_sentence_where_a_name_does_it(engines) -> None:
    answer = engines["africa"].ask("Who commented on the blog post about Obama's speech?")
    assert "Naughy Feeling commented on the post" in answer.text

