"""The expected-value check reads a role and a name in one quoted sentence, and a code is no name."""

from __future__ import annotations

from askdoc.answer.expected_value import SENTENCE_BREAK, lacks_asked_value

QUESTION = "Who is Iraq's health minister?"
NAMED = "On April 19, the President of Iraq named former spy-chief Mustafa Kadhimi as Prime Minister-designate."
MINISTRY = "As of April 14, the country has registered 1,400 COVID-19 cases and 78 deaths, according to the health ministry."


def test_a_role_and_a_name_in_two_sentences_do_not_answer_who_holds_the_role() -> None:
    assert lacks_asked_value(QUESTION, f"{NAMED}{SENTENCE_BREAK}{MINISTRY}")
    assert not lacks_asked_value(QUESTION, f"{NAMED}{SENTENCE_BREAK}The health minister, Jaafar Allawi, spoke on Monday.")


def test_a_code_with_digits_is_no_name() -> None:
    assert lacks_asked_value(QUESTION, MINISTRY)
