"""Follow-ups whose pronoun stands for the previous answer: the entity taken from it, and the engine end to end."""

from collections.abc import Callable
from dataclasses import replace

import pytest

from askdoc.answer.answer_entity import Asked, answer_entity
from askdoc.answer.answer_referent import asked_for, points_at_answer, resolve_by_answer, with_answer
from askdoc.answer.engine import Engine
from askdoc.locations import bundled_article

ARTICLE = bundled_article().read_text(encoding="utf-8")
CHENEY = "Which company did Dick Cheney bring into Iraq?"
HALLIBURTON = (
    "Recently, three rockets landed near an area housing workers of the US oil service company Halliburton, which was "
    "brought into Iraq by VP Dick Cheney in 2003, in the looting of oil resources of Iraq made possible by the "
    "unprovoked invasion. [1]"
)
SHELLING = "Who said Iraqi groups were shelling bases with US troops?"
PARLIAMENT = "What did Iraq's Parliament decide after the assassination?"


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        (CHENEY, Asked.THING),
        (SHELLING, Asked.PERSON),
        ("Which US diplomat met the caretaker prime minister?", Asked.PERSON),
        ("Which social network's users have entered the fight?", Asked.THING),
        (PARLIAMENT, Asked.DEED),
        ("Who is Mustafa Kadhimi?", None),
        ("When was Soleimani killed?", None),
    ],
)
def test_what_an_earlier_question_asks_for(question: str, asked: Asked | None) -> None:
    assert asked_for(question) is asked


def test_the_name_the_answer_gives_that_the_question_does_not() -> None:
    assert answer_entity(CHENEY, HALLIBURTON, Asked.THING, ARTICLE) == "Halliburton"
    tueller = (
        "US Ambassador Matthew Tueller met with caretaker Prime Minister Adil Abdul-Mahdi to discuss the issues "
        "surrounding the US military presence in Iraq."
    )
    diplomat = "Which US diplomat met the caretaker prime minister?"
    assert answer_entity(diplomat, tueller, Asked.PERSON, ARTICLE) == "Matthew Tueller"
    khamenei = (
        "On January 3, President Trump ordered the assassination of Qassem Soleimani. [1] Sayyed Ali Khamenei of Iran "
        'said, "The price of the assassination …"'
    )
    leader = "Which Iranian leader responded to the assassination?"
    assert answer_entity(leader, khamenei, Asked.PERSON, ARTICLE) == "Sayyed Ali Khamenei"


def test_a_deed_is_the_phrase_after_the_question_words() -> None:
    resolution = (
        "Two days after the Trump ordered assassination; the Iraqi Parliament met and passed a resolution demanding "
        "the complete withdrawal of all foreign troops from Iraq. [1]"
    )
    deed = answer_entity(PARLIAMENT, resolution, Asked.DEED, ARTICLE)
    assert deed == "the resolution demanding the complete withdrawal of all foreign troops from Iraq"


def test_pronouns_that_agree_with_what_was_asked_are_replaced() -> None:
    assert points_at_answer("What does the author accuse it of taking part in?", Asked.THING)
    assert not points_at_answer("What is it supposed to agree on?", Asked.PERSON)
    assert with_answer("What did he post on his blog?", Asked.PERSON, "Wilde Yearnings") == (
        "What did Wilde Yearnings post on Wilde Yearnings's blog?"
    )
    assert with_answer("What did they discuss?", Asked.PERSON, "Matthew Tueller") == "What did Matthew Tueller discuss?"


def test_resolution_keeps_the_earlier_question_while_a_pronoun_is_left() -> None:
    history = ["Who attacked the embassy in Baghdad?"]
    answer = "Kataib Hezbollah supporters attacked the US Embassy in Baghdad on December 31, 2019."
    resolved = resolve_by_answer("When did they attack it?", history, lambda: answer, ARTICLE)
    assert resolved == "Who attacked the embassy in Baghdad? When did Kataib Hezbollah attack it?"
    assert resolve_by_answer("When did they attack it?", history, lambda: None, ARTICLE) is None


@pytest.mark.slow
def test_it_after_which_company_is_the_company_the_answer_names(engine: Engine) -> None:
    answer = engine.ask("What does the author accuse it of taking part in?", history=[CHENEY])
    assert answer.resolved_question == "What does the author accuse Halliburton of taking part in?"
    assert not answer.abstained and "looting of oil resources" in answer.text


@pytest.mark.slow
def test_he_after_who_said_is_the_person_who_said_it(engine: Engine) -> None:
    answer = engine.ask("Does he think the Iraqi military protects US troops well?", history=[SHELLING])
    assert answer.resolved_question == "Does David Schenker think the Iraqi military protects US troops well?"
    assert "Schenker" in answer.text


@pytest.mark.slow
def test_it_after_what_did_they_decide_is_the_decision(engine: Engine) -> None:
    answer = engine.ask("Did the caretaker prime minister support it?", history=[PARLIAMENT])
    assert "resolution demanding the complete withdrawal" in answer.resolved_question
    assert "caretaker prime minister" in answer.resolved_question


@pytest.mark.slow
def test_the_chat_passes_its_answers_instead_of_asking_again(engine: Engine) -> None:
    earlier = engine.ask(CHENEY)
    given = replace(earlier, text="The company meant is Blackwater, per this test.")
    answer = engine.ask("Who runs it?", history=[CHENEY], answers=[given])
    assert answer.resolved_question == "Who runs Blackwater?"


@pytest.mark.slow
def test_a_real_document_follow_up_names_the_answer(real_engine: Callable[[str], Engine]) -> None:
    engine = real_engine("python-sorting-howto.html")
    answer = engine.ask("What do its functions allow?", history=["Which module provides itemgetter and attrgetter?"])
    assert answer.resolved_question == "What do the operator module's functions allow?"
    assert "multiple levels of sorting" in answer.text


@pytest.mark.slow
def test_what_did_he_say_about_quotes_what_the_speaker_said_about_it(engine: Engine) -> None:
    answer = engine.ask("What did he say about the American troops?", history=["Who is Mustafa Kadhimi?"])
    assert answer.resolved_question == "What did Mustafa Kadhimi say about the American troops?"
    assert "negotiate with the US concerning their military presence" in answer.text
