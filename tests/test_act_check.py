"""An answer whose quoted sentences lack the act the question asks about is an abstention (issue 12)."""

from __future__ import annotations

import pytest

from askdoc.answer.act_check import lacks_act, nearness, only_planned
from askdoc.answer.engine import Engine
from askdoc.embedding.embedder import SentenceTransformerEncoder

CASES = "As of April 14, the country has registered 1,400 COVID-19 cases and 78 deaths, according to the health ministry."
PETITION = "An online petition against the Digital Crimes Bill released back in 2008 has already gathered 146,627 signatures."
NIGERIA = (
    "Early this year homosexuals in Nigeria stormed the National Assembly seeking for legislation that will guarantee "
    "the protection."
)


def _nowhere(_word: str) -> bool:
    return False


@pytest.mark.slow  # the model encodes the words
def test_a_count_of_another_act_lacks_the_asked_one(encoder: SentenceTransformerEncoder) -> None:
    near = nearness(encoder.encode)
    assert lacks_act("How many Iraqi COVID-19 patients have recovered?", CASES, _nowhere, near)
    assert not lacks_act("How many COVID-19 cases has the country registered?", CASES, _nowhere, near)
    assert not lacks_act("How many signatures did the petition collect?", PETITION, _nowhere, near)  # "gathered", near
    assert lacks_act("Did the Nigerian bill pass the National Assembly?", NIGERIA, _nowhere, near)


@pytest.mark.slow
def test_an_act_the_document_tells_of_elsewhere_is_left_to_the_sentence_choice(encoder: SentenceTransformerEncoder) -> None:
    near = nearness(encoder.encode)
    assert not lacks_act("How many Iraqi COVID-19 patients have recovered?", CASES, lambda word: True, near)


@pytest.mark.slow
def test_only_the_checked_shapes_abstain(encoder: SentenceTransformerEncoder) -> None:
    near = nearness(encoder.encode)
    assert not lacks_act("Who invented Timsort?", "The Timsort algorithm used in Python is fast.", _nowhere, near)


def test_an_act_told_only_as_a_plan_is_not_told_as_done() -> None:
    planned = "US Secretary of State Mike Pompeo has proposed a large meeting in June to agree upon the mechanism of withdrawal."
    assert only_planned("What was agreed at the June meeting?", planned)
    assert not only_planned("What was agreed at the June meeting?", "At the June meeting the parties agreed on a timetable.")
    assert not only_planned("What did Pompeo propose?", planned)


@pytest.mark.slow  # the bundled article's real index and the model
def test_engine_abstains_on_an_act_the_article_never_tells_of(engine: Engine) -> None:
    assert engine.ask("How many Iraqi COVID-19 patients have recovered?").abstained
    assert engine.ask("How many rockets hit the US Embassy?").abstained
    answer = engine.ask("How many COVID-19 cases has Iraq registered?")
    assert not answer.abstained and "1,400" in answer.text
