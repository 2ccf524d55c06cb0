"""What a list question asks for: a type of item the text can be scanned for, and the items it rules out.

"Which people are named?" asks for people, "what groups and organisations …" for
organisations, "Which countries other than Iraq and the US …" for countries but not Iraq
or the US, "What are the section headings?" for the document's structure. A list question
that names none of these types ("What steps did …", "What were the consequences …") is an
open list: ``ItemType`` None.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Literal

ItemType = Literal["person", "organisation", "country", "date", "number", "heading"]

_TYPES: tuple[tuple[ItemType, re.Pattern[str]], ...] = (
    ("heading", re.compile(r"\b(section|heading|headings|headers?|chapters?|sub-?titles?|parts? of the)\b", re.I)),
    (
        "person",
        re.compile(
            r"\b(people|persons?|individuals?|who (is|are|was|were) (named|mentioned|quoted|cited)|names? of (the )?people|"
            r"politicians?|officials?|leaders?|men|women|authors?|contributors?|maintainers?|bloggers?|"
            r"journalists?|activists?|writers?|ministers?|presidents?|personalities|characters)\b",
            re.I,
        ),
    ),
    (
        "organisation",
        re.compile(
            r"\b(organi[sz]ations?|groups?|compan(y|ies)|institutions?|agenc(y|ies)|bodies|parties|militias?|"
            r"associations?|foundations?|universit(y|ies)|firms?|outlets?|projects?)\b",
            re.I,
        ),
    ),
    ("country", re.compile(r"\b(countr(y|ies)|nations?|states|places?|locations?|regions?)\b", re.I)),
    ("date", re.compile(r"\b(dates?|years?|months?|days?|when)\b", re.I)),
    ("number", re.compile(r"\b(numbers?|figures?|statistics?|amounts?|quantit(y|ies)|how many|percentages?)\b", re.I)),
)
_EXCLUSION = re.compile(
    r"\b(?:other than|besides|apart from|aside from|except(?: for)?|excluding|not counting|beyond)\s+(.+?)(?=\s+(?:come|comes|"
    r"came|are|is|were|was|does|do|did|appear|appears|in|that|which|get|gets|mentioned|named)\b|[?,.;]|$)",
    re.I,
)
_SPLIT = re.compile(r"\s*(?:,|\band\b|\bor\b|&)\s*", re.I)
_ARTICLE = re.compile(r"^(the|a|an)\s+", re.I)
# The asked type is the noun phrase right after the question word ("Which US officials does …",
# "What are the section headings of …", "Name the Iraqi politicians that …"): a type word further on
# ("What steps did Iraqi leaders take") is not what is listed.
_OPENING = re.compile(
    r"^\W*(?:(?:which|what|who|list|name|enumerate|give(?: me)?|show(?: me)?|tell me)\b\s*)"
    r"(?:(are|were|is|was)\s+)?(?:(?:all|the|of|some|any)\s+)*",
    re.I,
)
_PHRASE_END = re.compile(
    r"\b(does|do|did|is|are|was|were|has|have|had|that|which|who|in|of|on|to|from|by|for|with|about|appear\w*|come\w*|"
    r"mentioned|named|listed|given|take|took|get|got|can|could|will|would|should|may|might|must)\b|"
    r"\s\w+s(?=\s+(?:a|an|the|my|your|it|you|me)\b)|[?,.;:]",
    re.I,
)


# What may follow the asked type when the question asks for every item of it ("… are named in the article",
# "… does the author mention", "… in 2020 does the article give"); anything else ("Which organisation grants
# permission to repost …") asks for the items that do something, which the sentences that answer tell.
_DOCUMENT = r"(?:article|document|doc|text|story|piece|post|page|paper|report|draft|manual|readme|guide|faq|file)"
_EVERY = re.compile(
    rf"^\s*(?:in (?:the )?\d{{4}}\s+)?(?:(?:that|which|who)\s+)?(?:(?:are|is|were|was|does|do|did|has|have|get|gets)\s+)?"
    rf"(?:(?:the|this|that)\s+)?(?:(?:{_DOCUMENT}|author|writer|it|he|she|they)\s+)?"
    r"(?:mention\w*|name[sd]?|list\w*|cite[sd]?|come\w* up|appear\w*|give[sn]?|discuss\w*|refer\w*( to)?|talk\w* about|"
    rf"include[sd]?|feature[sd]?|there)?\s*(?:(?:in|of|by|within)\s+)?(?:(?:the|this)\s+)?{_DOCUMENT}?\W*$",
    re.I,
)
_IRREGULAR_PLURALS = frozenset({"people", "men", "women", "children", "data", "criteria", "media"})


@dataclass(frozen=True)
class ListRequest:
    """The item type asked for (None: an open list), the items the question excludes (lower-cased) and the
    words of the phrase that names the type ("US officials"), whose qualifiers narrow the list; ``singular``
    when the question asks for one thing ("Which variable …", "Who was named …"): a fact, not a list."""

    item_type: ItemType | None
    excluded: tuple[str, ...] = ()
    phrase: str = ""
    singular: bool = False


def list_request(question: str) -> ListRequest:
    """Read the asked item type and any "other than X and Y" exclusions from a list question."""
    excluded = tuple(
        name.lower()
        for match in _EXCLUSION.finditer(question)
        for part in _SPLIT.split(match.group(1))
        if (name := _ARTICLE.sub("", part.strip()))
    )
    asked = _EXCLUSION.sub(" ", question)
    opening = _OPENING.match(asked)
    if opening is None or not opening.group().strip():
        return ListRequest(None, excluded)
    rest = asked[opening.end() :]
    end = _PHRASE_END.search(rest)
    head = " ".join(rest[: end.start() if end else len(rest)].split()[:4])
    if opening.group().split()[0].lower() == "who" and opening.group(1) is None:
        head = ""  # "Who died …": no noun names what is asked for
    number = (opening.group(1) or "").lower()
    singular = number in ("is", "was") if not head or number else _singular(head)
    if singular or not _EVERY.match(rest[end.start() if end else len(rest) :]):
        return ListRequest(None, excluded, head, singular)
    for item_type, pattern in _TYPES:
        if pattern.search(head):
            return ListRequest(item_type, excluded, head)
    return ListRequest(None, excluded, head)


def _singular(head: str) -> bool:
    """Whether the phrase naming what is asked for is singular ("variable", "company"), so one thing is asked.

    The phrase may run on into the verb ("company sells SLS": no list of verbs ends it): a lower-case word in -s
    after a lower-case word without one, with words after it, is a verb agreeing with a singular noun ("company
    sells"; "operating systems" ends the phrase); else the phrase's last word tells."""
    words = head.split()
    for before, word in itertools.pairwise(words[:-1]):
        if before.islower() and word.islower() and word.endswith("s") and not before.endswith("s"):
            return True
    last = words[-1].lower()
    return not (last.endswith("s") or last in _IRREGULAR_PLURALS)
