"""What a question asks for, and whether a sentence holds it; "may" and "march" are not dates."""

from __future__ import annotations

import pytest

from askdoc.answer.answer_type import AnswerType, has_answer_type, question_type, stated_values


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How long did the occupation last?", AnswerType.DURATION),
        ("How many soldiers stayed?", AnswerType.NUMBER),
        ("What percentage voted?", AnswerType.NUMBER),
        ("When did the troops leave?", AnswerType.DATE),
        ("In what year was he named?", AnswerType.DATE),
        ("Who was named Prime Minister-designate?", AnswerType.NAME),
        ("Which country hosted the talks?", AnswerType.NAME),
        ("How old is the prime minister?", AnswerType.NUMBER),
        ("Which intelligence agency did he run?", AnswerType.NAME),
        ("What is the name of the president who nominated him?", AnswerType.NAME),
        ("Why did the talks fail?", AnswerType.OTHER),
    ],
)
def test_question_types(question: str, expected: AnswerType) -> None:
    assert question_type(question) is expected


@pytest.mark.parametrize(
    ("sentence", "is_date"),
    [
        ("The troops may leave soon.", False),
        ("The march to the capital was long.", False),
        ("They say it may rain; the march goes on.", False),
        ("The troops left in May.", True),
        ("March was the coldest month.", True),
        ("They met on may 4 at the embassy.", True),
        ("They met in march 2020.", True),
        ("The base opened in 2003.", True),
        ("It was built in the 1990s.", True),
        ("Three weeks later the talks resumed.", True),
        ("Maybe the talks resume.", False),
    ],
)
def test_a_month_is_a_date_when_capitalised_or_beside_a_day(sentence: str, is_date: bool) -> None:
    assert has_answer_type(AnswerType.DATE, sentence, "When did it happen?") is is_date


@pytest.mark.parametrize(
    ("sentence", "has_number"),
    [("Five thousand soldiers stayed.", True), ("They left on May 12.", False), ("It opened in 2003.", False)],
)
def test_days_and_years_are_not_counts(sentence: str, has_number: bool) -> None:
    assert has_answer_type(AnswerType.NUMBER, sentence, "How many soldiers stayed?") is has_number


def test_a_name_is_a_capitalised_word_the_question_does_not_hold() -> None:
    question = "Who was named Prime Minister?"
    assert has_answer_type(AnswerType.NAME, "Mohammed Allawi was named Prime Minister.", question)
    assert not has_answer_type(AnswerType.NAME, "He was named Prime Minister in March.", question)


def test_other_questions_say_nothing_about_a_sentence() -> None:
    assert has_answer_type(AnswerType.OTHER, "Anything at all.", "Why?") is None


def test_a_number_or_date_the_question_already_holds_is_no_answer() -> None:
    question = "How many American troops were stationed across the 15 bases?"
    assert not has_answer_type(AnswerType.NUMBER, "The troops had been scattered among 15 military bases.", question)
    assert has_answer_type(AnswerType.NUMBER, "About 5,200 troops were scattered among 15 military bases.", question)
    assert not has_answer_type(AnswerType.DATE, "The talks resumed in 2020.", "When in 2020 did the talks resume?")


def test_stated_values_are_whole_numbers_and_dates() -> None:
    assert stated_values("As of April 14, Iraq had 1,378 cases in 2020.") >= {"1,378", "2020", "april"}
    assert "1" not in stated_values("Iraq had 1,378 cases.")
