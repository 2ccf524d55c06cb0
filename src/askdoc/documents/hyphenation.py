"""Undo line-end hyphenation when two lines are joined, keeping the hyphens that belong to words."""

from __future__ import annotations

import re

# Typesetters (groff, TeX) mark the breaks they make with U+2010 or a soft hyphen; text
# wrappers (fmt, xml2rfc, textwrap) break only at hyphens already there, written as "-".
_TYPESET_HYPHENS = ("\u2010", "\u00ad")
_HYPHENS = ("-", *_TYPESET_HYPHENS)
_LAST_PART = re.compile(r"([^\W\d_]+)[-\u2010\u00ad]$")
_FIRST_WORD = re.compile(r"^([^\W\d_]+)")


def join_hyphenated(text: str, following: str, words: frozenset[str]) -> str:
    """``text`` and ``following`` joined as one line: a word split by a line-end hyphen is made whole.

    The hyphen goes when the whole word occurs elsewhere in the document (``words``, lower
    case); it stays when the hyphenated form does; otherwise a typesetter's hyphen goes and
    a plain "-" stays (joined without a space: ``Internet-`` + ``Drafts``).
    """
    # The hyphen test comes first: searching the text joined so far at every line made long items quadratic.
    if not text.endswith(_HYPHENS):
        return f"{text} {following}"
    head = _LAST_PART.search(text)
    tail = _FIRST_WORD.match(following)
    if head is None or tail is None:
        return f"{text} {following}"
    closed = (head.group(1) + tail.group(1)).lower()
    hyphenated = f"{head.group(1)}{text[-1]}{tail.group(1)}".lower()
    if closed in words:
        keep = False
    elif hyphenated in words:
        keep = True
    else:
        keep = text[-1] not in _TYPESET_HYPHENS
    return text + following if keep else text[:-1] + following
