"""An answer whose quote names no thing of the asked kind, or tells of the opposite act, is an abstention (issue 12)."""

from __future__ import annotations

import pytest

from askdoc.answer.asked_thing import asked_type, lacks_asked_thing
from askdoc.answer.engine import Engine
from askdoc.answer.expected_value import SENTENCE_BREAK
from askdoc.answer.opposite_act import tells_the_opposite

PROTEST = (
    "On May 14th a protest [pt] against the Digital Crimes Bill proposed by Senator Azeredo to typify crimes on the "
    "Internet took place in São Paulo to promote debate."
)
FOLHA = (
    "I have participated (in person or online) in at least three demonstrations this year: the action against the "
    "“Ditabranda” editorial of Folha de São Paulo newspaper, the Fora Gilmar and the action against the Digital AI-5."
)
RED_PEPPER = (
    "This created a stir in the LGBT blogosphere and another gay Kenyan blogger wrotes a post to answer the three "
    "questions The Red Pepper had asked."
)
ZIPAPP = "New in version 3.7: Added the filter and compressed arguments."


def _far(_word: str, _words: list[str]) -> float:
    return 0.0


def test_the_asked_type_is_the_head_of_the_phrase_after_which() -> None:
    assert asked_type("Which intelligence agency did Kadhimi run?") == "agency"
    assert asked_type("Which US president withdrew the troops in 2011?") == "president"
    assert asked_type("What is the name of the speaker of the Iraqi Parliament?") == "speaker"
    assert asked_type("Which company maintains the Python launcher for Windows?") == "company"
    assert asked_type("What Catholic Church liturgical belief did Lortie criticize?") is None  # a belief, not a church
    assert asked_type("What kind of attack was it?") is None


def test_a_name_beside_the_type_noun_answers_and_a_name_of_another_kind_does_not() -> None:
    assert not lacks_asked_thing("Which newspaper published the Ditabranda editorial?", FOLHA, _far)
    assert lacks_asked_thing("Which party does Senator Azeredo belong to?", PROTEST, _far)
    assert lacks_asked_thing("Which university criticised the Digital Crimes Bill?", PROTEST, _far)


def test_a_sentence_telling_of_the_asked_event_names_the_thing_without_its_type_noun() -> None:
    assert not lacks_asked_thing("Which Ugandan newspaper put three questions to the gay bloggers?", RED_PEPPER, _far)


def test_times_and_versions_want_a_value_the_question_does_not_give() -> None:
    assert lacks_asked_thing("Which Python version removed the cmp parameter?", "Python provides functools.cmp_to_key.", _far)
    assert not lacks_asked_thing("Which Python version added the filter argument?", ZIPAPP, _far)
    evidence = SENTENCE_BREAK.join(["Two days after the assassination the Parliament met.", "It passed a resolution."])
    assert lacks_asked_thing("Which date has been set for the final US withdrawal?", evidence, _far)


def test_an_opposite_act_is_not_the_asked_one() -> None:
    ramadan = "He is expected to be approved by Parliament before to April 23, when the Holy month of Ramadan begins."
    assert tells_the_opposite("When does Ramadan end?", ramadan)
    assert not tells_the_opposite("When does Ramadan begin?", ramadan)
    assert tells_the_opposite("Which arguments were removed in Python 3.7?", ZIPAPP)
    # A converse act tells of the same event: "sold to" answers "Who bought".
    assert not tells_the_opposite("Who bought the factory?", "In 2005 the factory was sold to AvtoZAZ.")


@pytest.mark.slow  # the bundled article's real index and the model
def test_engine_abstains_when_the_quote_names_no_such_thing(engine: Engine) -> None:
    assert engine.ask("Which intelligence agency did Kadhimi run?").abstained
    assert engine.ask("When does Ramadan end?").abstained
    answer = engine.ask("Which holy month begins on April 23?")
    assert not answer.abstained and "Ramadan" in answer.text
