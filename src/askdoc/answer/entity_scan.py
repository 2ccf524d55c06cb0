"""Items of one type in a sentence, without an NER model: people, organisations, countries, dates, numbers.

Names are capitalised spans ("Abu Mahdi al-Muhandis", "Quds Force"), with "the", titles and
words the document also writes in lower case taken off their front. A span is a person when a
title cues it ("President Trump", "PM Abdul-Mahdi") or it is two or more name words none of which
the document writes in lower case ("Parliament" beside "parliament" is a word) and whose first
word the document never writes alone ("Emacs Lisp" beside "Emacs" is a product); not after "in",
"at", "from" (a place). An organisation ends in an organisation word ("Force", "Department",
"Foundation") or has a cue beside it ("the company Halliburton", "Kataib Hezbollah unit"), or is
an acronym the document writes after "the" (or in a run after one: "the UN, IMF and World Bank") and
never as a modifier ("the CIA", not "DNS server"), or an acronym before an organisation word ("GNU Project").
A country is in data/countries.txt. The precision and recall per type on real documents other
than the bundled article are in bench/lists.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from askdoc.answer.list_request import ItemType
from askdoc.text.months import MONTHS_PATTERN
from askdoc.text.terms import analyze


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NAME_WORD = r"(?:[A-ZÀ-Þ][a-zß-ÿ]+(?:[-’'][A-Za-zÀ-ÿ]+)*|[A-Z]\.|Mc[A-Z][a-z]+)"
_PARTICLE = r"(?:(?:al|el|bin|ibn|de|van|von|da|di|du|der|den|le|la)[-\s])"
_NAME = re.compile(rf"(?<![\w-]){_NAME_WORD}(?:\s+{_PARTICLE}?{_NAME_WORD}|\s*\b{_PARTICLE}{_NAME_WORD})*")
_TITLES = _words(
    "president prime minister pm mp secretary ambassador mr mrs ms dr prof professor general gen senator sen rep "
    "representative king queen prince princess sheikh ayatollah sir lord judge justice governor mayor chancellor "
    "commander colonel col captain lieutenant sergeant chairman chairwoman director spokesman spokeswoman pope "
    "bishop caretaker deputy vice chief leader premier emir sultan imam rabbi reverend father brother sister "
    "assistant envoy vp"
)
_ORGANISATION_WORDS = _words(
    "force forces department parliament company agency organization organisation university foundation council "
    "ministry party group committee association institute institution bank commission union congress corporation "
    "inc ltd llc society project army navy embassy government court senate assembly office service network movement "
    "front brigades brigade trust center centre school board federation league alliance coalition initiative bureau "
    "authority administration news times post press media voices research guard guards militia militias nations "
    "workgroup consortium team laboratory labs academy"
)
_NOT_NAMES = _words(
    "the a an this that these those it its in on at of for and or but if when while as by with from to after before "
    "during since until also however although though yet so then there here his her their our my your we they he "
    "she i you monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december note see figure table chapter section page appendix part version "
    "internet web email"
)
_DATE = re.compile(
    rf"\b(?:(?:{MONTHS_PATTERN})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:1[5-9]|20)\d\d)?|\d{{1,2}}\s+(?:{MONTHS_PATTERN})(?:\s+(?:1[5-9]|20)\d\d)?"
    rf"|(?:{MONTHS_PATTERN})\s+(?:1[5-9]|20)\d\d|(?:early|late|mid-?) ?(?:{MONTHS_PATTERN}))\b"
)
# A month alone is a date after a preposition ("in June", "by March"); "May God bless" is not one.
_BARE_MONTH = re.compile(rf"\b(?:in|on|since|by|until|from|through|of)\s+({MONTHS_PATTERN})\b(?!\s+\d)")
YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_NUMBER = re.compile(
    r"(?<![\w.,/-])(?:\$|€|£)?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent|per cent|million|billion|trillion|thousand))?(?![\w/-])"
)
_NEXT_WORD = re.compile(r"\s+([A-Za-z][a-z-]+)")
_COMPASS = frozenset(["north", "south", "east", "west", "middle", "eastern", "western", "northern", "southern", "central"])
_ACRONYM = re.compile(r"\b[A-Z][A-Z&]{1,6}\b")
# What follows an acronym used as a modifier: a hyphen or slash ("COVID-19", "TCP/IP") or a word
# (group 2: lower case and not a stopword, "DNS server"; or capitals, "NOT FOR").
_AFTER = re.compile(r"([-/])|\s+([A-Za-z]+)")
# A word written in lower case: not a piece of an e-mail address or a URL ("chet.ramey@case.edu").
_LOWER_WORD = re.compile(r"(?<![\w.@/])[a-z][a-z'-]+(?![\w-]*[.@/]\w)")
_IN_ADDRESS = re.compile(r"[.@]\w")
_POSSESSIVE = re.compile(r"['’]s$")
# What stands between bodies named in one run: "the UN, IMF and World Bank" names the IMF too.
_COORDINATED = re.compile(r"^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)$")
# An acronym, capitalised words and an organisation word: "GNU Project", "IETF Trust" (the acronym alone is a modifier).
_ABBREVIATION_GAP = 3  # characters between a name and its abbreviation: " (" in "Free Software Foundation (FSF)"
_ACRONYM_BODY = re.compile(r"(?<![\w-])[A-Z][A-Z&]{1,6}(?:\s+[A-Z][a-z]+)+\b")
# A lower-case word beside a name that says it is a body: "Iraq's Kataib Hezbollah unit", "the company Halliburton".
_ORGANISATION_CUES = frozenset(
    ["unit", "group", "company", "firm", "militia", "organisation", "organization", "party", "agency", "movement"]
)
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near"})


@dataclass(frozen=True)
class Found:
    """One item in a sentence: how to show it, how to tell it from others (``key``), where it is."""

    text: str
    key: str
    start: int
    end: int


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Every way of writing a country in data/countries.txt, mapped to its name."""
    found: dict[str, str] = {}
    lines = resources.files("askdoc").joinpath("data/countries.txt").read_text(encoding="utf-8").splitlines()
    for line in lines:
        if line.strip() and not line.startswith("#"):
            names = line.strip().split("|")
            found.update({alias: names[0] for alias in names})
    return found


@lru_cache(maxsize=1)
def _country_pattern() -> re.Pattern[str]:
    aliases = sorted(countries(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(re.escape(a) for a in aliases) + r")(?![\w-]|\.\w)")


@dataclass(frozen=True)
class Vocabulary:
    """What the whole document tells about its words: those it writes in lower case (``common``: "Parliament"
    beside "parliament" is a word, not a name) and the acronyms it uses as modifiers or in capitals runs
    ("DNS server", "PDF file", "NOT FOR"): terms, not organisations. An acronym is ``named`` as a body
    when the document writes "the" before it somewhere ("the CIA", "the FSF"). The capitalised words it also
    writes ``alone`` inside a sentence ("Emacs", "Microsoft") open product and company names ("Emacs Lisp",
    "Microsoft Windows"), not people's: a given name is seldom written without the surname."""

    common: frozenset[str]
    modifiers: frozenset[str]
    named: frozenset[str]
    alone: frozenset[str]


def vocabulary(sentences: Iterable[str]) -> Vocabulary:
    """The document's ``Vocabulary`` from its content sentences."""
    common: set[str] = set()
    modifiers: set[str] = set()
    named: set[str] = set()
    alone: set[str] = set()
    for sentence in sentences:
        common.update(_LOWER_WORD.findall(sentence))
        alone.update(
            m.group()
            for m in _NAME.finditer(sentence)
            if m.start() > 0 and " " not in m.group() and not _IN_ADDRESS.match(sentence, m.end())
        )
        named_end = -1
        for match in _ACRONYM.finditer(sentence):
            after = _AFTER.match(sentence, match.end())
            before = sentence[: match.start()].split()[-1:]
            if before == ["the"] or (named_end >= 0 and _COORDINATED.match(sentence[named_end : match.start()])):
                named.add(match.group())
                named_end = match.end()
            if (after and (after.group(1) or after.group(2).isupper() or analyze(after.group(2)))) or (
                before and before[0].isupper() and len(before[0]) > 1 and not before[0].endswith(",")
            ):
                modifiers.add(match.group())
    return Vocabulary(frozenset(common), frozenset(modifiers), frozenset(named), frozenset(alone))


def scan(item_type: ItemType, sentence: str, words: Vocabulary) -> Iterator[Found]:
    """The items of ``item_type`` in ``sentence``, in order."""
    if item_type == "country":
        for match in _country_pattern().finditer(sentence):
            name = countries()[match.group()]
            yield Found(name, name.lower(), match.start(), match.end())
    elif item_type == "date":
        spans = [match.span() for match in _DATE.finditer(sentence)]
        spans += [match.span(1) for match in _BARE_MONTH.finditer(sentence) if not any(a <= match.start(1) < b for a, b in spans)]
        for start, end in sorted(spans):
            yield Found(sentence[start:end], sentence[start:end].lower(), start, end)
    elif item_type == "number":
        blanked = YEAR.sub(_blank, _DATE.sub(_blank, sentence))
        for match in _NUMBER.finditer(blanked):
            end = match.end()
            for _ in range(2):
                after = _NEXT_WORD.match(sentence, end)
                if after is None or not analyze(after.group(1)):
                    break
                end = after.end()
            yield Found(sentence[match.start() : end], match.group().lower(), match.start(), end)
    elif item_type in ("person", "organisation"):
        yield from _names(item_type, sentence, words)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _names(item_type: ItemType, sentence: str, vocabulary: Vocabulary) -> Iterator[Found]:
    common = vocabulary.common
    taken: list[tuple[int, int]] = []  # the organisations' spans: an acronym in one or just after it ("(FSF)") is theirs
    bodies = [m.span() for m in _ACRONYM_BODY.finditer(sentence) if _acronym_body(m.group())]
    for match in _NAME.finditer(sentence):
        if any(start <= match.start() < end for start, end in bodies):
            continue
        end = match.start() + len(_POSSESSIVE.sub("", match.group()))
        words = sentence[match.start() : end].split()
        possessive = [i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))]
        words = words[possessive[-1] + 1 :] if possessive else words
        while words and words[0].lower() in _NOT_NAMES:
            words = words[1:]
        before = sentence[max(0, match.start() - 30) : match.start()].lower().split()
        following = _AFTER.match(sentence, end)
        cued = (
            (bool(before) and before[-1] in _ORGANISATION_CUES) or bool(following and following.group(2) in _ORGANISATION_CUES)
        ) and (not all(w.lower() in common for w in words))
        if words and (cued or (len(words) >= 2 and words[-1].lower() in _ORGANISATION_WORDS)):
            if item_type == "organisation":
                taken.append(match.span())
                yield _found(sentence, words, end, by_surname=False)
            continue
        titled = bool(before) and before[-1].rstrip(".,") in _TITLES
        if (before and before[-1] in _PLACE_PREPOSITIONS) or sentence[match.start() - 1 : match.start()] in ("*", "_"):
            continue
        while words and (_is_title(words[0]) or words[0].lower() in common):
            titled = titled or _is_title(words[0])
            words = words[1:]
        if item_type == "person" and words and _is_person(words, titled, common) and (titled or words[0] not in vocabulary.alone):
            yield _found(sentence, words, end, by_surname=True)
    if item_type == "organisation":
        for start, end in bodies:
            taken.append((start, end))
            yield Found(sentence[start:end], sentence[start:end].lower(), start, end)
        for match in _ACRONYM.finditer(sentence):
            acronym = match.group()
            if (
                acronym not in countries()
                and acronym not in vocabulary.modifiers
                and acronym in vocabulary.named
                and acronym.lower() not in common | _TITLES
                and not any(start <= match.start() <= end + _ABBREVIATION_GAP for start, end in taken)
            ):
                yield Found(acronym, acronym.lower(), match.start(), match.end())


def _acronym_body(span: str) -> bool:
    """Whether an acronym and capitalised words ("GNU Project", "US Embassy") end in an organisation word and
    do not open with a country ("US Embassy" is a building)."""
    words = span.split()
    return words[-1].lower() in _ORGANISATION_WORDS and words[0] not in countries()


def _found(sentence: str, words: list[str], end: int, by_surname: bool) -> Found:
    """The item spelt by ``words`` ending at ``end``; a person is told apart by surname ("Trump", "President Trump")."""
    start = sentence.rindex(words[0], 0, end - len(" ".join(words[1:])))
    text = sentence[start:end]
    return Found(text, words[-1].lower().split("-")[-1] if by_surname else text.lower(), start, end)


def _is_title(word: str) -> bool:
    return word.lower().rstrip(".").split("-")[0] in _TITLES


def _is_place(word: str) -> bool:
    """A country, a compass word ("West Asia") or a demonym ("Iraqi", "American", "Syrian")."""
    return word.lower() in _COMPASS or country_of(word) is not None


def _shared_prefix(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def country_of(word: str) -> str | None:
    """The country a word names or whose people it names ("US", "American": United States; "Iraqi": Iraq)."""
    if word in countries():
        return countries()[word]
    stems = [
        (_shared_prefix(alias, word), name)
        for alias, name in countries().items()
        if len(alias) >= 4 and word.startswith(alias[:-1]) and 0 < len(word) - len(alias) <= 3
    ]
    return max(stems)[1] if stems else None


def _is_person(words: list[str], titled: bool, common: frozenset[str]) -> bool:
    """Whether a capitalised span (titles and lower-case words taken off its front) names a person."""
    lowered = [w.lower().rstrip(".,") for w in words]
    if " ".join(words) in countries() or any(_is_place(w) for w in words):
        return False
    if any(w in _NOT_NAMES or w in _ORGANISATION_WORDS or w in common for w in lowered):
        return False
    return titled or (len(words) >= 2 and all(len(w) > 2 or w.endswith(".") for w in lowered[-1:]))
