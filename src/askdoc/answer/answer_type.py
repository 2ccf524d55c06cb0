"""What kind of answer a question asks for (a date, a number, a name), and whether a sentence has one."""

from __future__ import annotations

import re
from enum import Enum

from askdoc.text.months import MONTHS_PATTERN


class AnswerType(Enum):
    DATE = "date"
    NUMBER = "number"
    DURATION = "duration"
    NAME = "name"
    OTHER = "other"


_MONTHS = MONTHS_PATTERN.lower()
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    "eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    "hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|dozen|dozens|half|several"
)
_QUESTION_TYPES = (
    (AnswerType.DURATION, re.compile(r"^(for )?how long\b", re.I)),
    (AnswerType.NUMBER, re.compile(r"\bhow (many|much|old)\b|\bwhat (number|percentage|share|amount)\b", re.I)),
    (
        AnswerType.DATE,
        re.compile(r"^(when|since when)\b|\b(what|which|in what|on what) (date|day|year|month|time)\b|\bwhat year\b", re.I),
    ),
    (
        AnswerType.NAME,
        re.compile(
            r"^(who|whom|whose|where)\b|\b(what|which) (is the )?name\b|"
            r"\b(which|what) (\w+ )?(city|country|person|company|group|organi[sz]ation|agency|party|airport|"
            r"president|minister)\b",
            re.I,
        ),
    ),
)
_YEAR = r"\b(1[5-9]\d\d|20\d\d)"
# A month is a date when capitalised ("in May") or with a day beside it ("may 4"; "march 2020"
# is one by its year); a lowercase "may" or "march" alone is a verb or a noun.
_MONTH_WITH_DAY = rf"\b(?i:{_MONTHS}) \d{{1,2}}\b"
_RELATIVE = r"\b(?i:(days?|weeks?|months?|years?) (ago|after|before|later))\b"
_DATE = re.compile(rf"\b({MONTHS_PATTERN})\b|{_MONTH_WITH_DAY}|{_YEAR}s?\b|{_RELATIVE}")
_YEAR_OR_DAY = re.compile(rf"{_MONTH_WITH_DAY}|{_YEAR}\b")
_NUMBER = re.compile(rf"\d+(?:[.,]\d+)*|\b({_NUMBER_WORDS})\b", re.I)
_DURATION = re.compile(rf"\b(\d[\d,.]*|{_NUMBER_WORDS}|a|an) (years?|months?|weeks?|days?|hours?|decades?|centuries)\b", re.I)
_MONTH = re.compile(_MONTHS)
_CAPITALISED = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+")


def question_type(question: str) -> AnswerType:
    """The answer type a question's wording asks for."""
    for answer_type, pattern in _QUESTION_TYPES:
        if pattern.search(question.strip()):
            return answer_type
    return AnswerType.OTHER


def has_answer_type(answer_type: AnswerType, sentence: str, question: str) -> bool | None:
    """Whether ``sentence`` holds an answer of the type that the question does not already hold (a new name,
    a number or date other than the question's); None when the type says nothing."""
    if answer_type is AnswerType.OTHER:
        return None
    if answer_type is AnswerType.NAME:
        asked = {word.lower() for word in re.findall(r"\w+", question)}
        return any(
            word not in asked and not _MONTH.fullmatch(word)
            for word in (m.group().lower() for m in _CAPITALISED.finditer(sentence))
        )
    return bool(_values(answer_type, sentence) - _values(answer_type, question))


def stated_values(text: str) -> set[str]:
    """The numbers and dates ``text`` states, lower-cased as written ("2020", "april 14", "1,378")."""
    return _values(AnswerType.DATE, text) | _values(AnswerType.NUMBER, text)


def _values(answer_type: AnswerType, text: str) -> set[str]:
    if answer_type is AnswerType.DATE:
        found = _DATE.finditer(text)
    elif answer_type is AnswerType.NUMBER:
        found = _NUMBER.finditer(_YEAR_OR_DAY.sub(" ", text))
    else:
        found = _DURATION.finditer(text)
    return {m.group().lower() for m in found}
