"""The term a "What is X?" / "What does X mean?" question asks about (answer/definition.py answers it).

Read from the question's words alone, so the intent step can use it too: "What is an Essential
package?" asks what a thing is, not for a summary of the document, whatever the intent model reads
in "what is … package".
"""

from __future__ import annotations

import re

from askdoc.answer.conversation import own_question

_ASKED = re.compile(
    r"^\W*(?:what(?:\s+exactly)?(?:'s|’s|\s+(?:is|are))\s+(?:exactly\s+)?(?:an?\s+|the\s+)?(?P<what>[^?]+?)"
    r"|what\s+(?:does|do)\s+(?:an?\s+|the\s+)?(?P<mean>[^?]+?)\s+(?:mean|stand for))\s*(?:\?|$)",
    re.I,
)
# A phrase after the term that places it, not part of it ("what's a list in bash").
_PLACE = re.compile(r"\s+in\s+(?:this|the|\w+)(?:\s+\w+)?$", re.I)
# Terms that ask for a value or an opinion about something, not what a thing is ("the name of …",
# "the main point", "the difference between …", "it about"); such questions have their own composers.
_NOT_A_TERM = re.compile(
    r"\b(?:name|names|date|number|reason|purpose|difference|role|point|goal|size|value|price|cost|title|topic|"
    r"main|best|source|status|author|it|this|that|these|those|he|she|they|about|between|like|not|most|least|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|\d+|another|other|example|"
    r"of|for|as|into|to|with|by|from|on|at|used|known)\b"
    # A possessive or a closing preposition asks about an attribute or a relation ("a turbine's Carnot
    # efficiency", "What is France a region of?"): SQuAD's "What is …" questions that are no definitions.
    r"|'s\b|’s\b|\b(?:in|called)$",
    re.I,
)
_MAX_TERM_WORDS = 4
_INDEFINITE = re.compile(r"^\W*what(?:\s+exactly)?(?:'s|’s|\s+(?:is|are))\s+(?:exactly\s+)?an?\s", re.I)


def asked_term(question: str) -> str | None:
    """The term a "What is X?" / "What does X mean?" question asks about, or None for any other question.

    Read from the question's own last sentence: a follow-up resolved with earlier questions ("What is HTTPX? How
    do I install it?") asks what its last one asks."""
    match = _ASKED.match(own_question(question))
    if match is None:
        return None
    term = _PLACE.sub("", (match.group("what") or match.group("mean")).strip(" \"'“”‘’"))
    if not term or len(term.split()) > _MAX_TERM_WORDS or _NOT_A_TERM.search(term):
        return None
    return term


def asks_for_term(question: str) -> bool:
    """Whether ``question`` asks what "a"/"an" something is: never a question about the document as a whole."""
    return _INDEFINITE.match(own_question(question)) is not None and asked_term(question) is not None
