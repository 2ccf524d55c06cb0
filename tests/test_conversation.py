"""Follow-up questions resolved against earlier turns, on their own and through the real engine."""

import pytest

from askdoc.answer.conversation import is_follow_up, resolve
from askdoc.answer.engine import Engine

PM = "Who was named Prime Minister-designate?"


@pytest.mark.parametrize(
    "question",
    ["When is he expected to be approved?", "And how many deaths?", "When did the troops leave?", "Where did it happen?"],
)
def test_questions_that_lean_on_earlier_turns_are_follow_ups(question: str) -> None:
    assert is_follow_up(question)


@pytest.mark.parametrize("question", [PM, "What is Halliburton?", "Who was Paul Bremer?", "What happened in 2014?"])
def test_questions_that_name_their_subject_stand_alone(question: str) -> None:
    assert not is_follow_up(question)


def test_standalone_question_and_empty_history_are_left_alone() -> None:
    assert resolve("What is Halliburton?", [PM]) == "What is Halliburton?"
    assert resolve("When is he expected to be approved?", []) == "When is he expected to be approved?"


def test_follow_up_takes_the_chain_back_to_the_last_standalone_question() -> None:
    history = ["Who ordered the killing of Qassem Soleimani?", PM, "When is he expected to be approved?"]
    assert resolve("And why then?", history) == f"{PM} When is he expected to be approved? And why then?"


@pytest.mark.slow
def test_follow_up_is_answered_from_the_passage_of_the_earlier_turn(engine: Engine) -> None:
    alone = engine.ask("When is he expected to be approved?")
    follow_up = engine.ask("When is he expected to be approved?", history=[PM])
    assert "April 23" in follow_up.text and not follow_up.abstained
    assert "Kadhimi" in follow_up.citations[0].passage.chunk.text
    assert follow_up.question == "When is he expected to be approved?"
    assert alone.retrieved != follow_up.retrieved


@pytest.mark.slow
def test_chained_follow_up_keeps_the_subject_of_the_first_question(engine: Engine) -> None:
    history = ["When did the US invade Iraq?", "How long did the US occupy Iraq?"]
    answer = engine.ask("When did they leave?", history=history)
    assert "2011" in answer.text


@pytest.mark.slow
def test_document_level_question_after_a_fact_is_not_rewritten(engine: Engine) -> None:
    answer = engine.ask("What is this article about?", history=["When was Soleimani killed?"])
    assert answer.kind == "summary" and answer.resolved_question == "What is this article about?"
    assert "Disclaimer" not in answer.text and len(answer.citations) >= 2
