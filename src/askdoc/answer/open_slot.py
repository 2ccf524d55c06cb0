"""Whether another value in the asked slot denies the question's value, or leaves it open.

"This package includes PEM files" says nothing of DER files, "runs on OpenBSD, …, macOS and Solaris"
nothing of Windows, "allows you to send HTTP/1.1 requests" nothing of HTTP/2: a verb of inclusion
(include, support, run on, send, handle, accept, offer, provide, contain) takes several values, so
naming one is no denial of another. A range ("Python 3.8+", "3.7 or later"), a date or a year (a thing
happens once), an author ("Written by") or a licence hold one value, and another value there says no.
"""

from __future__ import annotations

from askdoc.answer.verdict_cues import Token, is_lower_bound, value_kind
from askdoc.text.terms import analyze

# The verbs (and their nouns: "Support of version 0 and version 1") whose object is one of many.
_OPEN_VERBS = frozenset(analyze("include support run send handle accept offer provide contain"))
_YEARS = (1000, 2200)


def open_slot(sentence_text: str, said: list[Token], contrasted: list[Token]) -> bool:
    """Whether the sentence names its value with a verb of inclusion, and no contrasted question value is a
    date or a year, nor the sentence's value a range: the question's value is then neither held nor denied."""
    if not contrasted or not any(t.stem in _OPEN_VERBS for t in said):
        return False
    if any(value_kind(t) == "month" or (t.number is not None and t.number.is_integer() and _YEARS[0] <= t.number < _YEARS[1])
           for t in contrasted):
        return False
    return not any(t.number is not None and is_lower_bound(sentence_text, t) for t in said)
