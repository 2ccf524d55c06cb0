"""What an answer gives for the question it answers: the name a who/which answer names, the deed a what-did answer tells.

The name is one the earlier question does not give (a name the question gives by its role, "the
caretaker prime minister", is not its answer): the one the question's kind stands beside ("company
Halliburton", "a blog called Kenyans Against Gays", "the operator module", "Sayyed Ali Khamenei of
Iran") or a person whose apposition holds a word of the question ("Qassem Soleimani, the head of …"
for "Who headed …?"), else the only one the answer gives (for a
who-question the only person, as entity_scan.py reads people); with several, None.
A deed ("What did Iraq's Parliament decide …?") is the first noun phrase after the last of the
question's words in the answer ("… passed a resolution demanding the complete withdrawal …").
Chosen on the fit half of eval/dev/followups.jsonl (figures in eval/dev/README.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from enum import Enum
from functools import lru_cache
from itertools import pairwise

from askdoc.answer.contract import without_markers
from askdoc.answer.entity_scan import Vocabulary, country_of, scan, vocabulary
from askdoc.text.months import MONTHS_PATTERN
from askdoc.text.sentences import split_sentences
from askdoc.text.terms import analyze


class Asked(Enum):
    """What an earlier question asked for, so which pronouns can stand for its answer."""

    PERSON = "person"
    THING = "thing"
    DEED = "deed"


_NAME = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w'’-]*(?:\s+(?:(?:al|el|de|da|di|du|van|von|bin|ibn|abu)(?:-[\w'’-]+|\b)|[A-Z][\w'’-]*))*"
    r"|[A-Za-z_][\w.]*\(\)|“[^”]{2,60}”)"
)
_NOT_NAME = re.compile(rf"^(?:{MONTHS_PATTERN}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", re.I)
# A title before a name; a name whose title the earlier question holds ("the caretaker prime minister")
# is the one the question gives, not its answer.
_TITLES = frozenset(
    [
        "president",
        "prime",
        "minister",
        "pm",
        "mp",
        "vp",
        "secretary",
        "ambassador",
        "mr",
        "mrs",
        "ms",
        "dr",
        "senator",
        "sen",
        "general",
        "deputy",
        "vice",
        "chief",
        "leader",
        "former",
    ]
)
_KIND_WORDS = 3
_AUXILIARIES = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "can",
        "could",
        "will",
        "would",
        "should",
        "may",
        "might",
    ]
)
_NOT_KIND = frozenset(analyze("person people man woman blogger member leader user one"))
# The kind just before the name ("company Halliburton", "a blog called Kenyans Against Gays") or within
# this many characters after it ("Sayyed Ali Khamenei of Iran").
_CALLED = re.compile(r"(\w+)[\s,“]+(?:(?:called|named)\s+)?$")
_BESIDE = 12
# "Qassem Soleimani, the head of …" answers "Who headed …?": a word of the question in an apposition.
_APPOSITION = re.compile(r"^\s*,\s+(?:the|a|an)\s+(\w+(?:\s+\w+)?)")
_FIRST_SENTENCE = re.compile(r"[.!?]\s+(?=[A-Z])")
_DETERMINER = re.compile(r"\b(?:a|an|the)\s+(?=([^,;:.()\[\]]+))", re.I)
_PHRASE_END = re.compile(r"\s+(?:and|but|which|who|that|while|when|because|after|before|to\s+\w+)\s.*$", re.I)
_MAX_PHRASE_WORDS = 14
# "the Iraqi Parliament met" is the doer the question names: a term of the question among its first three.
_HEAD_TERMS = 3
_WORD = re.compile(r"[^\W_]+")


def answer_entity(earlier: str, answer: str, asked: Asked, document: str) -> str | None:
    """The name (or, for a deed, the noun phrase) ``answer`` gives for ``earlier``, or None.

    ``document`` is the document's text: a capitalised word it also writes in lower case
    ("Recently", "Parliament") is a word, not a name.
    """
    given = set(analyze(earlier))
    answer = without_markers(answer)
    first = _FIRST_SENTENCE.search(answer)
    first_end = first.start() if first else len(answer)
    if asked is Asked.DEED:
        return _deed(answer[:first_end], given)
    names = list(_names(answer, earlier, given, document))
    kinds = _kind_terms(earlier)
    for start, _, name in names:
        if (kind := _CALLED.search(answer[:start])) and set(analyze(kind.group(1))) & kinds:
            return name
    for _, end, name in names:
        after = answer[end : end + _BESIDE]
        if set(analyze(after)) & kinds or _apposition_asked(answer[end:], given, asked):
            return name
    if asked is Asked.THING and (named := _named_kind(answer[:first_end], _kind_head(earlier), given)):
        return named
    if asked is Asked.PERSON:
        people = {found.text for found in scan("person", answer, _vocabulary(document))}
        names = [entry for entry in names if entry[2] in people] or names
    # The answer's sentences stand in document order, so with several names it is not told which one answers.
    return names[0][2] if len({name for _, _, name in names}) == 1 else None


def _apposition_asked(after: str, given: set[str], asked: Asked) -> bool:
    """Whether a person's name is followed by an apposition holding a word of the question."""
    apposition = _APPOSITION.match(after)
    return asked is Asked.PERSON and apposition is not None and bool(set(analyze(apposition.group(1))) & given)


def _names(answer: str, earlier: str, given: set[str], document: str) -> Iterator[tuple[int, int, str]]:
    """The names ``answer`` gives that ``earlier`` (its terms ``given``) does not: (start, end, name)."""
    for match in _NAME.finditer(answer):
        words = match.group().split()
        if _opener(answer, match) or any(word.lower() in _TITLES and set(analyze(word)) & given for word in words):
            continue
        while words and (words[0].lower() in _TITLES or _is_word(words[0], document) or _given_modifier(words[0], given)):
            words.pop(0)
        if not words or _NOT_NAME.match(words[0]) or _given(" ".join(words), given, earlier):
            continue
        if len(words) == 1 and (country := country_of(words[0])) and country != words[0]:
            continue  # "Iraqi soldiers": a people's adjective, not a name
        yield match.start(), match.end(), " ".join(words).removesuffix("'s").removesuffix("’s")


def _given(name: str, given: set[str], earlier: str) -> bool:
    """Whether the earlier question gives ``name``: all its terms, or for code ("sorted()") the code itself."""
    if name.endswith("()"):
        return name in earlier
    return set(analyze(name)) <= given


def _given_modifier(word: str, given: set[str]) -> bool:
    """A word before a name that only places it, as the question does: a stopword, "US", "Iraqi"."""
    terms = set(analyze(word))
    return not terms or (terms <= given and (word.isupper() or country_of(word) is not None))


def _kind_terms(earlier: str) -> set[str]:
    """The terms of the kind a which-question asks for ("company", "Iranian" read as "Iran")."""
    if not re.match(r"^\W*(which|what)\b", earlier, re.I):
        return set()
    words = earlier.split()[1 : 1 + _KIND_WORDS]
    countries = [country for word in words if (country := country_of(word))]
    return set(analyze(" ".join([*words, *countries]))) - _NOT_KIND


def _kind_head(earlier: str) -> str:
    """The noun of the kind a which-question asks for: "module" in "Which module provides …?", "network" in
    "Which social network's users …?" (the word before a verb or the possessive, else the first)."""
    words = earlier.split()[1 : 1 + _KIND_WORDS]
    for at, word in enumerate(words):
        if word.endswith(("'s", "’s")):
            return word[:-2]
        if at and word.lower() in _AUXILIARIES:
            return words[at - 1]
    return words[0] if words else ""


def _named_kind(sentence: str, head: str, given: set[str]) -> str | None:
    """ "the operator module": a word the question does not hold before the noun of the kind it asks for."""
    words = _WORD.findall(sentence)
    stem = analyze(head)
    for before, word in pairwise(words):
        if stem and analyze(word) == stem and (terms := analyze(before)) and not set(terms) & given:
            return f"the {before} {word}"
    return None


def _deed(sentence: str, given: set[str]) -> str | None:
    """The first noun phrase after the last word of the question in ``sentence`` whose head the question does not hold."""
    cuts = [m.end() for m in _WORD.finditer(sentence) if set(analyze(m.group())) & given]
    for cut in [*reversed(cuts), 0]:
        for match in _DETERMINER.finditer(sentence, cut):
            phrase = _PHRASE_END.sub("", match.group(1)).strip()
            if analyze(phrase) and not set(analyze(phrase)[:_HEAD_TERMS]) & given:
                return "the " + " ".join(phrase.split()[:_MAX_PHRASE_WORDS])
    return None


@lru_cache(maxsize=4)
def _vocabulary(document: str) -> Vocabulary:
    return vocabulary(document[span.start : span.end] for span in split_sentences(document))


def _is_word(word: str, document: str) -> bool:
    return word != word.lower() and re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", document) is not None


def _opener(answer: str, match: re.Match[str]) -> bool:
    """A lone capitalised word opening a sentence before a comma ("Recently, …") is an adverb, not a name."""
    before = answer[: match.start()].rstrip()
    return (not before or before[-1] in ".!?:") and " " not in match.group() and answer[match.end() : match.end() + 1] == ","
