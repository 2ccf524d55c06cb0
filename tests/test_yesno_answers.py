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


def test_a_paraphrase_too_far_for_the_word_vectors_is_quoted_without_a_verdict(engine) -> None:
    # "Washington" is the US (text/aliases.py), but "back"/"support" is .42, under verdict.THRESHOLDS.near_yes.
    answer = engine.ask("Did Washington back the new Iraqi government?")
    assert "stated support for the new government" in answer.text
    assert not answer.text.startswith(("Yes", "No"))


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
