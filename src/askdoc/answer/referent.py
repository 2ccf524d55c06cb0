"""Follow-ups that say "he" or "she": put the person's name in the pronoun's place.

"What did he say about the American troops?" after "What did Kadhimi promise?" is asked as
"What did Kadhimi say about the American troops?": the question keeps its own wh-word (so the
composer reads a why-question as one) and retrieval searches for the person, not for the
earlier question's words. The name is the most recent one the earlier questions give that is
not a thing ("the Digital Crimes Bill" is preceded by "the") nor the role a who-question asks
the holder of ("Who was named Prime Minister-designate?"); a question without such a name
returns None and the caller falls back to joining the earlier questions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from askdoc.answer.contract import without_markers
from askdoc.text.months import MONTH_NAMES
from askdoc.text.terms import analyze

AnswerOf = Callable[[int], str]

_PERSONAL = re.compile(r"\b(he|she|him|his|her)\b", re.I)
# A capitalised phrase ("Ali al-Ghanimi", "M. Nottingham"); a full stop ends it unless it marks an initial.
_NAME = re.compile(
    r"(?<![\w'’-])(?:[A-Z](?:\.|[\w'’-]*))(?:\s+(?:(?:al|el|de|da|di|du|van|von|bin|ibn|abu)(?:-[\w'’-]+|\b)|[A-Z](?:\.|[\w'’-]*)))*"
)
_QUESTION_WORDS = frozenset(
    {
        "who", "whom", "whose", "what", "when", "where", "why", "which", "how", "is", "are", "was", "were", "do", "does",
        "did", "can", "could", "will", "would", "should", "has", "have", "had", "and", "but", "so", "also", "tell", "please",
        "i", "the", "a", "an",
    }
)
# Words that open a capitalised phrase at a sentence's start without being part of a name.
_LEADING = _QUESTION_WORDS | {
    "on", "in", "at", "also", "after", "before", "then", "however", "recently", "as", "while", "for", "from", "to",
    "of", "with", "by", "since", "until", "during", "this", "that", "these", "those", "it", "there", "former", "if",
    *(month.lower() for month in MONTH_NAMES), "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "one", "he", "she", "they", "his", "her", "their", "we", "our", "you", "your",
}
_THING = re.compile(r"\b(the|a|an|this|that)\s+$", re.I)
# "the President of Iraq", "Blogger's Terms of Service": a place or thing that completes a title.
_OF_TITLE = re.compile(r"\b[A-Z][\w'’-]*\s+of\s+$")
# "Who was named Prime Minister-designate?" asks for the person, so its name is a role; only
# "Who is Blake?" names the person.
_WHO = re.compile(r"^\W*(who|whom|whose)\b", re.I)
_WHO_IS = re.compile(r"^\W*(?i:who (is|was|are|were))\s+[A-Z][^?]*\?*\s*$")
# "her" is possessive before a noun and an object before these (or at the end).
_OBJECT_FOLLOWS = re.compile(
    r"^\s*([^\w\s]|$|(about|to|in|on|at|for|with|as|that|the|a|an|and|or|by|from|of|after|before)\b)", re.I
)


def with_referent(question: str, history: Sequence[str], answer_of: AnswerOf | None = None) -> str | None:
    """``question`` with its personal pronouns replaced by the person the earlier turns name, or None.

    Walking back from the last turn, the person is the one a question names ("Who is Blake?") or,
    for a question that asks who ("Who was named Prime Minister-designate?"), the one its answer
    names (``answer_of(i)``: the answer text of ``history[i]``).
    """
    if not _PERSONAL.search(question):
        return None
    name = None
    for at in range(len(history) - 1, -1, -1):
        if _WHO.search(history[at]) and not _WHO_IS.search(history[at]):
            name = person_in_answer(answer_of(at), history[at]) if answer_of else None
            break
        if name := person_named(history[at]):
            break
    if name is None:
        return None
    return _PERSONAL.sub(lambda m: _replacement(m, name, question), question)


def person_in_answer(answer: str, question: str) -> str | None:
    """The person an answer to the who-question ``question`` names: of the capitalised phrases it adds
    (none of the question's terms, not "the …", not "President of Iraq"'s place), the one nearest a term
    of the question, then the longer, then the earlier."""
    text = without_markers(answer)
    asked = set(analyze(question))
    words = text.split()
    near = [i for i, word in enumerate(words) if asked & set(analyze(word))]
    found = []
    for match in _NAME.finditer(text):
        phrase = match.group().rstrip(".,;:").split()
        while phrase and phrase[0].lower() in _LEADING:
            phrase.pop(0)
        before = text[: match.start()]
        if not phrase or _THING.search(before) or _OF_TITLE.search(before) or set(analyze(" ".join(phrase))) & asked:
            continue
        start = len(before.split())
        end = start + len(match.group().split()) - 1
        distance = min((min(abs(i - start), abs(i - end)) for i in near), default=len(words))
        found.append((distance, -len(phrase), start, " ".join(phrase).removesuffix("'s").removesuffix("’s")))
    return min(found)[3] if found else None


def person_named(question: str) -> str | None:
    """The last name of a person (a capitalised phrase not introduced by "the") in ``question``, or None."""
    if _WHO.search(question) and not _WHO_IS.search(question):
        return None
    found = None
    for match in _NAME.finditer(question):
        words = match.group().rstrip(".").split()
        while words and words[0].lower() in _QUESTION_WORDS:
            words.pop(0)
        if words and not _THING.search(question[: match.start()]):
            found = " ".join(words).removesuffix("'s").removesuffix("’s")
    return found


def _replacement(match: re.Match[str], name: str, question: str) -> str:
    pronoun = match.group().lower()
    possessive = pronoun == "his" or (pronoun == "her" and not _OBJECT_FOLLOWS.match(question[match.end() :]))
    return f"{name}'s" if possessive else name
