"""Yes/no answers on the bundled article: a verdict only where the quoted sentence decides it."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow  # every test asks a real engine (the model loads)


def test_a_contrasting_value_is_answered_no_with_the_sentence_that_holds_it(engine) -> None:
    answer = engine.ask("Is Iraq a Sunni-majority country?")
    assert answer.kind == "yesno" and answer.text.startswith("No. Iraq is a Shia majority")
    quoted = answer.citations[0].quoted[0]
    assert "Shia majority" in engine.index.text[quoted.start : quoted.end]


def test_a_stated_fact_is_answered_yes(engine) -> None:
    assert engine.ask("Is the author a journalist?").text.startswith("Yes. Steven Sahiounie is a Syrian-American")


def test_a_plan_answers_no_to_has_it_already_happened(engine) -> None:
    answer = engine.ask("Has the June withdrawal meeting already taken place?")
    assert answer.text.startswith("No.") and "proposed a large meeting in June" in answer.text


def test_a_capital_for_its_country_and_a_demonym_held_by_the_title_answer_yes(engine) -> None:
    # "Washington" is the US, "back" is "support", and "Iraqi" is held by the title's "Iraq" (text/aliases.py).
    answer = engine.ask("Did Washington back the new Iraqi government?")
    assert answer.text.startswith("Yes. On April 13, the US stated support for the new government")


def test_a_possessive_country_stands_beside_its_demonym(engine) -> None:
    # "Iraq's parliament" is "the Iraqi Parliament", not the "Iraq" at the end of the sentence.
    answer = engine.ask("Did Iraq's parliament vote for foreign troops to leave?")
    assert answer.text.startswith("Yes. Two days after the Trump ordered assassination; the Iraqi Parliament met")


def test_a_question_whether_the_article_mentions_something_is_answered_where_it_does(engine) -> None:
    answer = engine.ask("Does the article mention the coronavirus?")
    assert answer.text.startswith("Yes.") and "COVID-19" in answer.text


def test_a_question_on_the_authors_stance_is_answered_from_the_title(engine) -> None:
    staying = engine.ask("Is the author in favour of US troops staying in Iraq?")
    assert staying.text.startswith("No. The title reads: “A Line in the Sand Is Drawn: The US Military Must Leave Iraq” [1]")
    assert staying.citations[0].passage.chunk.section == engine.index.title  # the passage the title heads
    assert engine.ask("Is the writer in favour of US troops leaving Iraq?").text.startswith("Yes. The title reads")


def test_an_opposite_word_is_answered_no(engine) -> None:
    answer = engine.ask("Was the Shah of Iran an enemy of the United States?")
    assert answer.text.startswith("No. The shah of Iran was a close US ally")


def test_an_asked_word_with_a_negating_prefix_answers_no_though_the_ranker_puts_its_sentence_low(engine) -> None:
    # "the unprovoked invasion" is in the fifth passage, under every sentence the composer would quote.
    answer = engine.ask("Was the 2003 invasion provoked, in the writer's view?")
    assert answer.text.startswith("No. Recently, three rockets landed near an area housing workers")
    assert "made possible by the unprovoked invasion" in answer.text and not answer.abstained
