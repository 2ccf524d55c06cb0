"""The act a question asks about: its main verb ("How many patients have *recovered*?", "Who *ruled* Iraq?").

A question asks about one act done by or to someone; the sentence that answers it tells of that act,
in the question's words or in others. ``asked_act`` finds the verb from the question's shape alone (no
tagger): after "did/does/will …" it is the word after the subject ("Did the Nigerian bill *pass* …",
"How did the Red Pepper *respond* …"), after "was/were/has been" the participle ("were *told*"), after
"who" the next word ("Who *ruled* …"), and in "how many N V" / "which N V" the verb after the noun
("How many rockets *hit* …"). Light verbs (be, have, do, get, make, say, write …) name no act of their
own and give None, as do a verb whose subject is the text itself ("How does the author describe …": what
the author does is what the text says) and a shape this reading does not know.
"""

from __future__ import annotations

import re

from askdoc.text.irregular_verbs import PAST_FORMS
from askdoc.text.terms import analyze


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|[?,.;:()]")
_DETERMINERS = _set("the a an this that these those its his her their our my your some any each every")
_PRONOUNS = _set("he she it they we you i one people")
_DO = _set("did does do will can could would should might may must shall")
_BE = _set("was were is are been be being has have had")
# Verbs whose past is their present ("were *hurt* by the rockets").
_UNCHANGED_PAST = _set("hit hurt set cut put let shut cost spread quit split cast burst beat read")
# Subjects whose verb frames the question instead of naming an act ("How does the author *describe* …").
_FRAMING_SUBJECTS = _set("author writer article piece text document draft page essay report paper")
# A name that modifies the noun after it ("Sunni lawmakers", "Kadhimi's cabinet").
_DEMONYM = re.compile(r"(?:'s|ish|an|ese|i)$")
_WH = _set("how what which who whom whose when where why")
# Adverbs between the subject and the verb ("When did Azeredo *first* propose …").
_ADVERBS = _set(
    "first finally ever also actually really still already just often usually last originally eventually initially "
    "recently later"
)
# Verbs that name no act a sentence must repeat: "Who wrote the draft?" is answered by its byline, "What did
# Obama say about …" by what he said.
LIGHT_VERBS = frozenset(
    analyze(
        "be have do get make take use happen give go come put keep say tell call name mention write think view "
        "believe mean refer include contain involve show want need like know"
    )
)


def stem(word: str) -> str | None:
    """The word's stem, an irregular past form taken to its verb first ("told" → "tell"); None for a stopword."""
    stems = analyze(PAST_FORMS.get(word.lower(), word))
    return stems[0] if len(stems) == 1 else None


def asked_act(question: str) -> str | None:
    """The verb naming the act ``question`` asks about, as written in it, or None (see the module docstring)."""
    words = [w.replace("’", "'") for w in _TOKEN.findall(question.strip())]
    if not words:
        return None
    first = words[0].lower()
    if first in _WH:
        verb = _after_wh(words)
    elif first in _DO:
        verb = _after_subject(words[1:])
    elif first in _BE:
        verb = _participle(words[1:])
    else:
        return None
    if verb is None or stem(verb) in LIGHT_VERBS or stem(verb) is None:
        return None
    return verb


def question_shape(question: str) -> str:
    """The question's opening: "how many" (or much), "how", "who", "which", "what", "when", "where", "why",
    "yesno" (an auxiliary first), or "other"."""
    words = question.strip().lower().split()
    if not words:
        return "other"
    if words[0] == "how" and words[1:2] in (["many"], ["much"]):
        return "how many"
    if words[0] in ("who", "whom", "whose"):
        return "who"
    if words[0] in _WH:
        return words[0]
    return "yesno" if words[0] in _DO | _BE else "other"


def _after_wh(words: list[str]) -> str | None:
    at = 2 if words[0].lower() == "how" and len(words) > 1 and words[1].lower() in ("many", "much") else 1
    start = at
    while at < len(words) and _is_word(words[at]) and words[at].lower() not in _DO | _BE:
        at += 1
    if at < len(words) and _is_word(words[at]):
        rest = words[at + 1 :]
        return _participle(rest) if words[at].lower() in _BE else _after_subject(rest)
    run = []  # no auxiliary: "Who ruled Brazil", "How many rockets hit the US Embassy"
    for word in words[start:]:
        if not _is_word(word) or word.lower() in _DETERMINERS or (run and not _is_content(word)):
            break
        run.append(word)
    if words[0].lower() == "who":
        return run[0] if run and run[0][:1].islower() else None
    lower = [w for w in run if w[:1].islower() and _is_content(w)]
    past = [w for w in lower if looks_past(w)]
    if past:
        return past[0]
    return lower[-1] if len(lower) == 2 else None


def _participle(words: list[str]) -> str | None:
    """The first past participle after "was/were/has been": "were *told* to leave"."""
    at = 0
    while at < len(words) and words[at].lower() in _BE | {"not"}:
        at += 1
    for i, word in enumerate(words[at:], start=at):
        if _is_word(word) and word[:1].islower() and looks_past(word):
            if stem(word) in LIGHT_VERBS and words[i + 1 : i + 2] == ["to"] and i + 2 < len(words):
                return words[i + 2]  # "were told to leave": the act is leaving
            return word
    return None


def _after_subject(words: list[str]) -> str | None:
    """The verb after a subject: a pronoun, a name ("Senator Azeredo", "Kadhimi's cabinet"), or a determiner and
    its nouns ("the Nigerian bill", "the captive portal draft"), each word followed by the next."""
    at = 0
    opened = False
    while at < len(words) and words[at].lower() in _DETERMINERS | _PRONOUNS:
        opened = True
        at += 1
    names = 0
    modifier = False
    while at < len(words) and (words[at][:1].isupper() or words[at][:1].isdigit() or words[at].lower() == "and"):
        modifier = words[at].endswith("'s") or bool(_DEMONYM.search(words[at]))
        names += 1
        at += 1
    while at < len(words) and words[at].lower() in _ADVERBS:
        at += 1
    if at >= len(words) or not (words[at][:1].islower() and _is_content(words[at])):
        return None
    if words[at].lower() in _FRAMING_SUBJECTS:
        return None
    if opened or modifier or names == 0:  # the subject's own nouns come first: "the Nigerian bill pass"
        while at + 1 < len(words) and _lower_content(words[at + 1]) and words[at + 1].lower() not in _ADVERBS:
            at += 1
            if stem(words[at]) in LIGHT_VERBS:
                break  # "Did a protest take place": the verb is "take", not its object
        following = words[at + 1].lower() if at + 1 < len(words) else ""
        if following in _DO | _BE:
            return None  # "How many options does ls have": the verb is a light one
    return words[at]


def _is_word(token: str) -> bool:
    return token[:1].isalnum()


def _is_content(word: str) -> bool:
    return _is_word(word) and word.lower() not in _DETERMINERS | _PRONOUNS and bool(analyze(word))


def _lower_content(word: str) -> bool:
    return word[:1].islower() and _is_content(word)


def looks_past(word: str) -> bool:
    lower = word.lower()
    return lower in PAST_FORMS or lower in _UNCHANGED_PAST or (len(lower) > 4 and lower.endswith("ed"))
