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


def test_a_paraphrase_is_quoted_without_a_verdict(engine) -> None:
    answer = engine.ask("Did Washington back the new Iraqi government?")
    assert "stated support for the new government" in answer.text
    assert not answer.text.startswith(("Yes", "No"))


def test_an_opposite_word_is_answered_no(engine) -> None:
    answer = engine.ask("Was the Shah of Iran an enemy of the United States?")
    assert answer.text.startswith("No. The shah of Iran was a close US ally")
    assert not engine.ask("Is the author in favour of US troops staying in Iraq?").text.startswith(("Yes", "No"))
