"""Whether the evidence names the kind of thing a "which/what <noun>" question asks for.

"Which intelligence agency did Kadhimi run?" asks for an agency; "former spy-chief Mustafa Kadhimi"
names none. A question of the shape "which/what <type noun> …", "what is the name of the <type
noun> …" or "in which <place noun>" names the kind of thing it wants, and a sentence that answers it
names one of that kind that the question does not already give:

- a time noun (year, date, day) wants a date: a year, a month, a day of the week, a figure;
- a numbered noun (version, release, edition) wants a figure;
- a place noun (city, country, town …) wants a name;
- a named noun (an organisation: agency, party, newspaper, university …; a role: president, speaker,
  editor …; a named work or tool: law, browser, blog …) wants a name beside the noun itself or a word
  close to it ("Folha de São Paulo newspaper", "President Trump", "the HTTP Working Group"), or the
  noun after a word of its own ("*national* courts"); or a new name in
  a sentence that tells of the very event asked ("the three questions The Red Pepper had asked" for
  "Which Ugandan newspaper put three questions …?").

Chosen on eval/dev/unanswerable3.jsonl (written before this module) with eval/dev/unanswerable.jsonl
and unanswerable2.jsonl, and on SQuAD 2.0 half A (bench/value_check.py): over half A's answers that
the earlier checks keep, it abstains on 17 unanswerable questions (time nouns 7, named 8, place 2), 5
answerable ones answered wrongly and, below asked_checks.UNSURE, no right answer (above it, "What town
in upstate New York …?": "New Paltz" shares "New" with the question's "New York"); on the dev sets on
14 of the 51 unanswerable questions the earlier checks answered, and on 1 answerable one answered wrongly
(unanswerable2 y23). Half B, reported only: accuracy unchanged (.837), abstention .089 -> .095 with
opposite_act.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from askdoc.answer.asked_act import LIGHT_VERBS, asked_act, looks_past, stem
from askdoc.answer.expected_value import SENTENCE_BREAK, new_name_spans, same_word
from askdoc.text.months import MONTHS_PATTERN
from askdoc.text.terms import analyze

Near = Callable[[str, list[str]], float]

_TIME_NOUNS = frozenset({"year", "date", "day"})
_NUMBERED_NOUNS = frozenset({"version", "release", "edition", "rfc"})
_PLACE_NOUNS = frozenset({"city", "country", "town", "village", "province", "capital", "island"})
_NAMED_NOUNS = frozenset(
    " ".join(
        (
            # organisations; not the bare "organisation", which a name answers alone ("on behalf of the GNU Project",
            # eval/dev/metadata.jsonl m15)
            "agency company firm corporation newspaper magazine journal channel station network party group",
            "university college school church team club band court committee council",
            "union bank airline ministry publisher chain militia",
            # roles held by a person
            "president minister senator speaker editor king queen chancellor governor mayor ambassador",
            "commander general chief founder maintainer author chairman director spokesman shah pope emperor sultan",
            # named works and tools
            "law treaty act bill blog website browser compiler",
        )
    ).split()
)
_TYPE_NOUNS = _TIME_NOUNS | _NUMBERED_NOUNS | _PLACE_NOUNS | _NAMED_NOUNS
_TOKEN = re.compile(r"[\w'’.-]*\w|[?,;:]")
_OPENERS = frozenset({"in", "at", "on", "from", "for", "by", "to", "with", "under", "into", "since", "during"})
_NAME_OF = ("is", "was", "are", "were")
# Words that end the noun phrase after "which/what": an auxiliary, a relative word, a preposition, a determiner.
_PHRASE_END = frozenset(
    " ".join(
        (
            "did does do is was are were has have had will would can could should may might must",
            "that who whom which whose where when of in on at for to from by with about as into after before during",
            "the a an this these those his her its their first ever most also",
        )
    ).split()
)
_YEAR = re.compile(r"\b(?:1[0-9]\d\d|20\d\d)s?\b")
_DATE = re.compile(
    rf"\b(?:{MONTHS_PATTERN})\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b\d{{1,4}}\b", re.I
)
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|an|ese|ish|i)$")
_DIGITS = re.compile(r"\b\w*\d[\w.]*")
# How far (in words) a name may lie from the type noun or its near word and still be named by it ("Paulo Teixeira, a
# PT [Labour Party] member"): on SQuAD half A (bench/value_check.py) 4 is the smallest window that costs no more than
# 1 right answer (2 and 3 words: 2; 4 to 8 words: 1, all with 17 unanswerable questions abstained on).
_WINDOW = 4
# The cosine at which a sentence word stands for the asked type noun ("President" for "leader"): on SQuAD half A .6
# abstains on the most unanswerable questions for one right answer (17; .55: 16, .45 and .5: 14; .7 and above: 17
# for 3 right answers); on the eval/dev/unanswerable*.jsonl answers 14 abstentions at .6 against 12 at .5.
NEAR_TYPE = 0.6

def asked_type(question: str) -> str | None:
    """The type noun ``question`` asks for, singular and lower case, or None when it asks for none this module
    checks ("What kind of …", "Which of …", a noun not listed)."""
    return _type_phrase(question)[0]


def _type_phrase(question: str) -> tuple[str | None, list[str]]:
    """The type noun ``question`` asks for (``asked_type``) and the words of the phrase that names it."""
    words = _TOKEN.findall(question.strip())
    lower = [w.lower() for w in words]
    at = 1 if lower[:1] and lower[0] in _OPENERS else 0
    if lower[at : at + 1] not in (["which"], ["what"]):
        return None, []
    at += 1
    if lower[at : at + 1] and lower[at] in _NAME_OF and lower[at + 1 : at + 4] == ["the", "name", "of"]:
        at += 4
        while at < len(lower) and (lower[at] in ("the", "a", "an") or lower[at].endswith(("'s", "’s"))):
            at += 1
    phrase = []
    for word in lower[at:]:
        if word in _PHRASE_END or not word[:1].isalnum() or (phrase and looks_past(word)):
            break
        phrase.append(word)
    # The phrase's head is its last word ("Catholic Church liturgical *belief*"), or the one before a last word in
    # -s, which is the verb without an auxiliary ("Which *company* maintains …", "Which *country*'s imports …").
    heads = phrase[-1:] + (phrase[-2:-1] if phrase[-1:] and phrase[-1].endswith("s") else [])
    nouns = [_singular(w) for w in heads if _singular(w) in _TYPE_NOUNS]
    return (nouns[-1], phrase) if nouns else (None, [])


def lacks_asked_thing(question: str, evidence: str, near: Near) -> bool:
    """True when ``question`` asks for a kind of thing (``asked_type``) and no sentence of ``evidence`` (sentences
    joined by ``SENTENCE_BREAK``) names one the question does not already give (see the module docstring)."""
    noun, phrase = _type_phrase(question)
    if noun is None:
        return False
    sentences = evidence.split(SENTENCE_BREAK)
    if noun in _TIME_NOUNS:
        pattern = _YEAR if noun == "year" else _DATE
        return not any(_new_value(pattern, one, question) for one in sentences)
    if noun in _NUMBERED_NOUNS:
        return not any(_new_value(_DIGITS, one, question) for one in sentences)
    if noun in _PLACE_NOUNS:
        return not any(new_name_spans(one, question, initial=True) for one in sentences)
    rest = _rest_of(question, phrase)
    return not any(
        _names_the_type(noun, one, question, near) or (_tells(question, rest, one) and _proper_names(one, question))
        for one in sentences
    )


def _rest_of(question: str, phrase: list[str]) -> list[frozenset[str]]:
    """What ``question`` says besides the thing it asks for: for each of its words outside the type phrase, less
    light verbs ("Which Ugandan newspaper *put* three questions …"), the stems it may be written with."""
    words = [w for w in _TOKEN.findall(question) if w.lower() not in phrase and w.lower() not in _PHRASE_END]
    kept = [_stems(w) for w in words if stem(w) and stem(w) not in LIGHT_VERBS and w.lower() not in ("which", "what")]
    return [k for k in kept if k]


def _stems(word: str) -> frozenset[str]:
    """The word's stems as a verb and as written: "found" is the past of "find" and the stem of "founded"."""
    return frozenset(s for s in (stem(word), *analyze(word)) if s)


def _proper_names(sentence: str, question: str) -> bool:
    """Whether ``sentence`` holds a new name that is not a lone demonym ("Iraqi infrastructure" names no president:
    eval/dev/unanswerable3.jsonl)."""
    return any(not _DEMONYM.search(sentence[s:e]) for s, e in new_name_spans(sentence, question))


def _tells(question: str, rest: list[frozenset[str]], sentence: str) -> bool:
    """Whether ``sentence`` holds every word of ``rest`` and so tells of the very event asked about, when that is
    more than a subject ("Which newspaper did Blake write for?": "Blake" alone): two words at least, or the asked
    act. A new name in it (not a sentence's opening word) is then the thing asked even where the type noun is absent
    ("the three questions The Red Pepper had asked")."""
    act = asked_act(question)
    if len(rest) < 2 and not (act and any(stem(act) in r for r in rest)):
        return False
    said = {s for w in _TOKEN.findall(sentence) for s in _stems(w)}
    return all(r & said for r in rest)


def _names_the_type(noun: str, sentence: str, question: str, near: Near) -> bool:
    """Whether ``sentence`` holds the type noun (or a word within ``NEAR_TYPE`` of it) with a new name at most
    ``_WINDOW`` words from it, or the noun itself after a word the question lacks ("*national* courts" answers
    "Which courts …?")."""
    words = list(re.finditer(r"[\w'’-]+", sentence))
    names = new_name_spans(sentence, question, initial=True)
    asked = {w.lower() for w in re.findall(r"[\w'’-]+", question)}
    for i, word in enumerate(words):
        text = word.group().lower()
        if same_word(_singular(text), noun):
            before = words[i - 1].group().lower() if i else ""
            if before and before not in asked and before not in _PHRASE_END and before[:1].isalpha():
                return True
        elif near(noun, [text]) < NEAR_TYPE:
            continue
        start = words[max(0, i - _WINDOW)].start()
        end = words[min(len(words) - 1, i + _WINDOW)].end()
        if any(s < end and e > start for s, e in names):
            return True
    return False


def _new_value(pattern: re.Pattern[str], sentence: str, question: str) -> bool:
    asked = {m.group().lower() for m in pattern.finditer(question)}
    return any(m.group().lower() not in asked for m in pattern.finditer(sentence))


def _singular(word: str) -> str:
    word = word.replace("’", "'").removesuffix("'s")
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3 and stem(word) != word:
        return word[:-1]
    return word
