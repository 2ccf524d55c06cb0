"""Follow-ups whose pronoun stands for the previous turn's answer: put what that answer gives in its place.

"What does the author accuse it of taking part in?" after "Which company did Dick Cheney bring
into Iraq?" means the company the answer names, Halliburton; "Does he think …?" after "Who said
Iraqi groups were shelling bases …?" means the person who said it. Which pronoun can stand for
the answer follows from what the earlier question asked for: a person ("Who …?", "Which US
diplomat …?") is "he"/"she"/"they", a thing ("Which company …?") is "it"/"they", and what someone
did ("What did Iraq's Parliament decide …?") is "it". What the answer gives is picked by
answer_entity.py. Chosen on eval/dev/followups.jsonl (fit half; figures in eval/dev/README.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from askdoc.answer.answer_entity import Asked, answer_entity
from askdoc.answer.referent import pronoun_replaced

_PERSON_WORDS = frozenset(
    [
        "who",
        "whom",
        "person",
        "people",
        "man",
        "woman",
        "men",
        "women",
        "blogger",
        "bloggers",
        "author",
        "authors",
        "writer",
        "journalist",
        "diplomat",
        "leader",
        "leaders",
        "president",
        "minister",
        "mp",
        "senator",
        "official",
        "officials",
        "politician",
        "member",
        "members",
        "activist",
        "activists",
        "editor",
        "spokesman",
        "spokeswoman",
        "ambassador",
        "secretary",
        "general",
        "commander",
        "chief",
        "king",
        "queen",
        "prince",
        "user",
        "users",
        "reader",
        "readers",
        "maintainer",
        "maintainers",
        "contributor",
        "contributors",
        "developer",
        "developers",
    ]
)
# "Who is Blake?" names the person, so its pronoun is left to referent.py.
_WHO = re.compile(r"^\W*(who|whom)\b(?!\s+(is|was|are|were)\s+[A-Z])", re.I)
# "What kind of company is Halliburton?" asks for a description, not a name a pronoun could stand for.
_WHICH = re.compile(
    r"^\W*(which|what)\s+(?!(is|was|are|were|do|does|did|has|have|had|can|could|will|would|kind|sort|type)\b)\w", re.I
)
_WHICH_WORDS = 3
_WHAT_DID = re.compile(r"^\W*what\s+(do|does|did|has|have|had)\s+(?!(he|she|it|they|you|i|we)\b)\S", re.I)
_PRONOUNS = {
    Asked.PERSON: re.compile(r"\b(he|she|him|his|her|hers)\b", re.I),
    Asked.THING: re.compile(r"\b(it|its)\b", re.I),
    Asked.DEED: re.compile(r"\bit\b", re.I),
}
_PLURAL = re.compile(r"\b(they|them|their)\b", re.I)
_ANY_PRONOUN = re.compile(r"\b(he|she|him|his|her|hers|it|its|they|them|their)\b", re.I)


def asked_for(question: str) -> Asked | None:
    """What ``question`` asks for when its answer is something a later pronoun can stand for, else None."""
    if _WHO.search(question):
        return Asked.PERSON
    if _WHICH.search(question):
        words = question.lower().split()[1 : 1 + _WHICH_WORDS]
        # "Which social network's users …?" asks for a network: the kind ends at a possessive.
        owner = next((at for at, word in enumerate(words) if word.endswith(("'s", "’s"))), None)
        words = words if owner is None else words[: owner + 1]
        return Asked.PERSON if _PERSON_WORDS.intersection(words) else Asked.THING
    if _WHAT_DID.search(question):
        return Asked.DEED
    return None


def may_mean_answer(question: str, history: Sequence[str]) -> bool:
    """Whether a pronoun of ``question`` can stand for the last earlier question's answer ("it" after "Which company …?")."""
    asked = asked_for(history[-1])
    return asked is not None and points_at_answer(question, asked)


def resolve_by_answer(
    question: str, history: Sequence[str], last_answer: Callable[[], str | None] | None, document: str
) -> str | None:
    """``question`` with the pronoun that stands for the last answer replaced by what that answer gives, after the
    earlier question when a pronoun is still left; None when no pronoun can, or the answer gives nothing.

    ``last_answer`` gives the answer's text (None when it abstained), asked only when it is needed;
    ``document`` is the document's text (answer_entity.py).
    """
    asked = asked_for(history[-1])
    if last_answer is None or asked is None or not points_at_answer(question, asked):
        return None
    answer = last_answer()
    entity = answer_entity(history[-1], answer, asked, document) if answer else None
    if entity is None:
        return None
    resolved = with_answer(question, asked, entity)
    return f"{history[-1]} {resolved}" if _ANY_PRONOUN.search(resolved) else resolved


def points_at_answer(question: str, asked: Asked) -> bool:
    """Whether ``question`` holds a pronoun that can stand for the answer to a question asking for ``asked``."""
    return bool(_PRONOUNS[asked].search(question) or (asked is not Asked.DEED and _PLURAL.search(question)))


def with_answer(question: str, asked: Asked, entity: str) -> str:
    """``question`` with the pronouns that can stand for the answer replaced by ``entity``."""
    pattern = _PRONOUNS[asked] if _PRONOUNS[asked].search(question) else _PLURAL
    return pattern.sub(lambda m: pronoun_replaced(m, entity, question), question)
