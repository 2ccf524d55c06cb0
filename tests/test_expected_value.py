"""Questions whose topic the document covers but whose asked value it never gives are abstained on (issue 12)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from askdoc.answer.engine import Engine
from askdoc.answer.expected_value import lacks_asked_value
from askdoc.answer.opposite_act import tells_the_opposite

ERBIL = (
    "An Iraqi member of Parliament, Ali al-Ghanimi, told the media that US troops have begun to consolidate their "
    "presence in two large Iraqi bases: one in Erbil in the North and the other in Ain- al-Assad airbase."
)
PETITION = "An online petition against the Digital Crimes Bill released back in 2008 has already gathered 146,627 signatures."


def test_a_count_of_something_else_is_not_the_count_asked() -> None:
    assert lacks_asked_value("How many US troops are stationed in Erbil?", ERBIL)
    assert lacks_asked_value("How many petitions were released in 2008?", PETITION.replace("146,627", "many"))
    assert not lacks_asked_value("How many signatures has the online petition gathered?", PETITION)
    soldiers = "Iraqi soldiers attacked the embassy, after US strikes killed 25 Iraqi soldiers."
    assert lacks_asked_value("How many American soldiers died in the attack?", soldiers)
    assert not lacks_asked_value("How many Iraqi soldiers died in the strikes?", soldiers)


def test_a_sentence_of_another_time_does_not_answer_for_the_year_asked() -> None:
    cases = "As of April 14, the country has registered 1,400 COVID-19 cases and 78 deaths."
    assert lacks_asked_value("How many COVID-19 cases did Iraq have by the end of 2020?", cases)
    assert not lacks_asked_value("How many COVID-19 cases did Iraq have by April 2020?", cases.replace("14,", "14, 2020,"))
    assert not lacks_asked_value("What year did Iraq report 1,400 cases?", cases)


def test_only_the_questions_own_names_are_not_an_answer() -> None:
    named = "On April 9, the President of Iraq named Mustafa al-Kadhimi as Prime Minister-designate."
    assert lacks_asked_value("What is the name of the Iraqi president who nominated Kadhimi?", named)
    assert not lacks_asked_value("Who is the Prime Minister-designate of Iraq?", named)
    assert lacks_asked_value("How old is Mustafa Kadhimi?", named)
    assert lacks_asked_value("Who is Iraq's health minister?", named)
    assert not lacks_asked_value("Who was the final Prime Minister of Iraq?", named)
    assert not lacks_asked_value("How old is Kadhimi?", "Kadhimi, aged 53, was named on April 9.")


def test_a_bare_number_said_of_someone_is_an_age_but_a_counted_noun_is_not() -> None:
    started = "Robert Morris and I were 29 and 30 respectively when we started Viaweb."
    assert not lacks_asked_value("How old was Robert Morris when they started Viaweb?", started)
    assert not lacks_asked_value("How old was Sam when they funded him?", "Sam was 19.")
    assert lacks_asked_value("How old were the soldiers?", "There were 300 soldiers in the town.")


def test_a_when_question_is_answered_by_a_time_told_by_an_event() -> None:
    question = "When did the Republicans back the empire?"
    assert not lacks_asked_value(question, "Republicans only became supportive when Germany started to build an empire.")
    assert lacks_asked_value(question, "Republicans were at first hostile to the empire.")


def test_a_name_opening_its_sentence_answers_when_the_quote_names_it_within_a_sentence() -> None:
    named = "The society hired a geographer named Isiah Bowman.\u2029Bowman was the director of the society in 1914."
    assert not lacks_asked_value("Who was the director of the society in 1914?", named)
    assert lacks_asked_value("Who was the director of the society in 1914?", named.split("\u2029")[1])
    assert not lacks_asked_value("How many treaties protected rights?", "None of the treaties mention rights.")


@pytest.mark.slow  # builds a real index of a real document with the model
def test_engine_abstains_without_the_value_and_answers_with_it(engine: Engine, real_engine: Callable[[str], Engine]) -> None:
    assert engine.ask("How many US troops are stationed in Erbil?").abstained
    assert engine.ask("How old is Mustafa Kadhimi?").abstained
    assert engine.ask("Who is Iraq's health minister?").abstained
    assert "Kadhimi" in engine.ask("Who was named Prime Minister-designate?").text
    brazil = real_engine("globalvoices-brazil-digital-crimes-bill.html")
    assert brazil.ask("How many people took part in the protest in São Paulo?").abstained
    answer = brazil.ask("How many signatures has the online petition gathered?")
    assert not answer.abstained and "146,627" in answer.text


def test_the_doer_of_an_act_names_the_act() -> None:
    evidence = "Sam Altman, the co-founder of Loopt, had just finished his sophomore year when we funded them."
    assert not tells_the_opposite("Who founded Loopt?", evidence)
    assert tells_the_opposite("When does Ramadan end?", "April 23, when the Holy month of Ramadan begins.")


def test_a_projects_maintainer_is_a_name_beside_the_role() -> None:
    manual = "For a detailed discussion, refer to the GNU Tar Manual available in texinfo format."
    assert lacks_asked_value("Who is the maintainer of GNU tar?", manual)
    assert not lacks_asked_value("Who is the maintainer of GNU tar?", "Sergey Poznyakoff is the maintainer of GNU tar.")
    assert not lacks_asked_value("Who was the inventor of the engine?", "Its inventor was Thomas Newcomen.")


@pytest.mark.slow  # builds a real index of a real document with the model
def test_a_readme_that_names_no_maintainer_is_not_quoted_for_one(real_engine: Callable[[str], Engine]) -> None:
    requests = real_engine("requests-README.md")
    assert requests.ask("Who is the current maintainer of Requests?").abstained
    assert "pip install requests" in requests.ask("How do I install Requests?").text


def test_who_maintains_needs_a_name_where_maintaining_is_told() -> None:
    readme = "libxml2 is an XML toolkit implemented in C, originally developed for the GNOME Project."
    assert lacks_asked_value("Who maintains libxml2?", readme)
    assert not lacks_asked_value("Who maintains libxml2?", "libxml2 is maintained by Nick Wellnhofer.")
