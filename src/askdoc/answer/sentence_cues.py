"""What a question asks for, read from its wording, and whether a candidate sentence holds it.

The answerability model's wording features (answerability.py) beside its similarity ones. A reader
checks more than shared words: "What job did Kadhimi hold?" wants a role ("former spy-chief"),
"In which city …?" a place ("in Baghdad"), "What did he say about …?" a sentence that reports speech
("He added that …"); "Iraq is not an arena for what?" is answered where its rarest word is, not
where its common ones are; and "He added that …" holds the name of the sentence before it. Each cue
is a number per candidate sentence; the weights are fitted (bench/fit_answerability.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from askdoc.text.months import MONTHS_PATTERN

# "What job …", "which position …", "what is her role": the question asks for a role.
_ROLE_ASKED = re.compile(
    r"\b(what|which)\s+(\w+\s+)?(job|jobs|position|positions|role|roles|post|occupation|profession|office|rank|title|"
    r"career|function)\b|\bwhat (did|does|do) \w+(\s\w+)? do for a living\b",
    re.I,
)
# Titles, offices and trades as documents name them (news, manuals, READMEs).
_ROLE = re.compile(
    r"\b(chief|minister|president|director|head|leader|general|commander|officer|official|ambassador|secretary|"
    r"governor|mayor|chair(man|woman|person)?|ceo|founder|maintainer|author|editor|blogger|journalist|reporter|"
    r"professor|engineer|lawyer|judge|senator|member of parliament|mp|spokes(man|woman|person)|advis[eo]r|"
    r"envoy|diplomat|spy|agent|manager|designer|developer|administrator|writer|producer|teacher|doctor|king|queen|"
    r"emperor|prince|general|colonel|captain|chairman|deputy|premier|prime minister)(s|-\w+)?\b|\bformer\s+\w+",
    re.I,
)
# "Which Iranian leader …", "what official …": the question asks for a person by a role noun.
_PERSON_ASKED = re.compile(
    r"\b(which|what)\s+(\w+\s+)?(leader|leaders|president|minister|official|officials|person|people|man|woman|"
    r"blogger|bloggers|author|authors|editor|writer|journalist|senator|politician|general|commander|spokesman|"
    r"maintainer|developer|member|members|activist|activists|group|organi[sz]ation)\b",
    re.I,
)
_NAME_INSIDE = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z][\w'’-]*")
# "In which city …", "what country …", "where …": the question asks for a place.
_PLACE_ASKED = re.compile(
    r"^\W*(in |at |from |to )?where\b|\b(what|which)\s+(\w+\s+)?(city|cities|country|countries|town|place|capital|"
    r"region|province|state|nation|village|location|continent|base|airport|port)\b",
    re.I,
)
_MONTH = re.compile(rf"^({MONTHS_PATTERN})$")
_PLACE = re.compile(r"\b(?:in|at|from|near|to|into|across|outside|inside)\s+(?:the\s+)?([A-Z][\w'’-]+)")
# "What did he say …", "according to Kadhimi …", "what does the author claim …".
_SPEECH_ASKED = re.compile(
    r"\b(say|says|said|according to|claim|claims|claimed|stress|stresses|stressed|argue|argues|argued|tell|told|"
    r"state|stated|believe|believes|think|thinks|write|wrote|describe|described|call|called|warn|warned|"
    r"promise|promised|announce|announced)\b",
    re.I,
)
# The verbs that report speech, also read by said_about.py.
SPEECH_VERBS = (
    r"said|says|say|added|adds|stated|states|told|tells|stressed|stresses|stressing|argued|argues|claimed|"
    r"claims|wrote|writes|warned|warns|noted|notes|explained|explains|insisted|declared|announced|according to|"
    r"believes?|thinks?|described|reported"
)
_SPEECH = re.compile(rf"\b({SPEECH_VERBS})\b|[“”\"‘’]", re.I)
_PRONOUN_OPENS = re.compile(r"^\W*(he|she|they|his|her|their|it|this|these)\b", re.I)
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")


@dataclass(frozen=True)
class Asked:
    """What the question's wording asks for: a role, a person by a role noun, a place, what someone said."""

    role: bool
    person: bool
    place: bool
    speech: bool
    names: frozenset[str]


def asked(question: str) -> Asked:
    """The cues of ``question``; ``names`` are its capitalised words after the first (lower-cased)."""
    words = _CAPITALISED.findall(question.strip())
    return Asked(
        bool(_ROLE_ASKED.search(question)),
        bool(_PERSON_ASKED.search(question)),
        bool(_PLACE_ASKED.search(question)),
        bool(_SPEECH_ASKED.search(question)),
        frozenset(w.lower() for w in words if not question.strip().startswith(w)),
    )


def role_match(cues: Asked, sentence: str) -> float:
    """1 when the question asks for a role and the sentence names one."""
    return 1.0 if cues.role and _ROLE.search(sentence) else 0.0


def person_match(cues: Asked, sentence: str, question: str) -> float:
    """1 when the question asks for a person by a role noun and the sentence names someone the question does not
    ("Iran" is held by "Iranian")."""
    if not cues.person:
        return 0.0
    asked_words = [w.lower() for w in re.findall(r"[\w'’-]+", question)]
    return float(
        any(
            not _MONTH.match(name) and not any(word.startswith(name.lower()) for word in asked_words)
            for name in (m.group() for m in _NAME_INSIDE.finditer(sentence))
        )
    )


def place_match(cues: Asked, sentence: str, question: str) -> float:
    """1 when the question asks for a place and the sentence puts something in, at or from a name the question
    does not hold (not a month)."""
    if not cues.place:
        return 0.0
    asked_words = {w.lower() for w in re.findall(r"[\w'’-]+", question)}
    return float(
        any(not _MONTH.match(m.group(1)) and m.group(1).lower() not in asked_words for m in _PLACE.finditer(sentence))
    )


def speech_match(cues: Asked, sentence: str) -> float:
    """1 when the question asks what someone said and the sentence reports speech or quotes."""
    return 1.0 if cues.speech and _SPEECH.search(sentence) else 0.0


def carried_name(cues: Asked, sentence: str, previous: str) -> float:
    """1 when the sentence opens with a pronoun and only the sentence before it holds a name the question asks
    about ("He added that …" after "Kadhimi said, …")."""
    if not cues.names or not _PRONOUN_OPENS.match(sentence):
        return 0.0
    here, before = sentence.lower(), previous.lower()
    return float(any(name in before and name not in here for name in cues.names))
