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
from collections.abc import Sequence

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
_THING = re.compile(r"\b(the|a|an|this|that)\s+$", re.I)
# "Who was named Prime Minister-designate?" asks for the person, so its name is a role; only
# "Who is Blake?" names the person.
_WHO = re.compile(r"^\W*(who|whom|whose)\b", re.I)
_WHO_IS = re.compile(r"^\W*(?i:who (is|was|are|were))\s+[A-Z][^?]*\?*\s*$")
_POSSESSIVE = frozenset({"his", "hers", "its", "their"})
# "her" is possessive before a noun and an object before these (or at the end).
_OBJECT_FOLLOWS = re.compile(
    r"^\s*([^\w\s]|$|(about|to|in|on|at|for|with|as|that|the|a|an|and|or|by|from|of|after|before)\b)", re.I
)


def with_referent(question: str, history: Sequence[str]) -> str | None:
    """``question`` with its personal pronouns replaced by the person the earlier questions name, or None.

    Walking back from the last turn; a question that asks who ("Who was named Prime
    Minister-designate?") stops the walk, since the person meant is its answer, not a name it holds.
    """
    if not _PERSONAL.search(question):
        return None
    name = None
    for earlier in reversed(history):
        if _WHO.search(earlier) and not _WHO_IS.search(earlier):
            return None
        if name := person_named(earlier):
            break
    if name is None:
        return None
    return _PERSONAL.sub(lambda m: pronoun_replaced(m, name, question), question)


def person_named(question: str) -> str | None:
    """The last name of a person (a capitalised phrase not introduced by "the") in ``question``, or None."""
    found = None
    for match in _NAME.finditer(question):
        words = match.group().rstrip(".").split()
        while words and words[0].lower() in _QUESTION_WORDS:
            words.pop(0)
        if words and not _THING.search(question[: match.start()]):
            found = " ".join(words).removesuffix("'s").removesuffix("’s")
    return found


def pronoun_replaced(match: re.Match[str], name: str, question: str) -> str:
    """``name`` in place of the pronoun ``match`` of ``question``: "name's" for a possessive one."""
    pronoun = match.group().lower()
    possessive = pronoun in _POSSESSIVE or (pronoun == "her" and not _OBJECT_FOLLOWS.match(question[match.end() :]))
    return f"{name}'s" if possessive else name
