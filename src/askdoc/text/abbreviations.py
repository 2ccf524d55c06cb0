"""Abbreviations a text defines for itself: "Richard M. Stallman (RMS)", "the Free Software Foundation (FSF)".

An article names someone or something in full once, gives the letters in brackets, and uses the letters from
then on; a reader asks with the full name or the surname ("Does he think Stallman was right to step down?").
"""

from __future__ import annotations

import re

_DEFINED = re.compile(r"((?:[A-Z][\w'’-]*\.?\s+(?:(?:of|the|and|for|de|von|van)\s+)*){1,7})\(([A-Z]{2,6})\)")
_SMALL = frozenset({"of", "the", "and", "for", "de", "von", "van"})


def defined_abbreviations(text: str) -> dict[str, str]:
    """Each abbreviation the text defines in brackets after a name whose initials it spells, with that name."""
    found: dict[str, str] = {}
    for match in _DEFINED.finditer(text):
        letters = match.group(2)
        words = [w for w in match.group(1).split() if w.lower() not in _SMALL]
        name = _spelled(words, letters)
        if name and letters not in found:
            found[letters] = name
    return found


def _spelled(words: list[str], letters: str) -> str | None:
    """The last words of ``words`` whose initials are ``letters`` (a middle initial counts: "Richard M. Stallman")."""
    tail = words[-len(letters):] if len(words) >= len(letters) else []
    if tail and "".join(w[0] for w in tail).upper() == letters:
        return re.sub(r"['’]s?$", "", " ".join(tail))
    return None
