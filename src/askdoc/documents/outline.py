"""The headings a paragraph sits under, above its own: "3.11. /media : Mount point for removable media" over "3.11.1. Purpose".

A heading's level is the one its format gives (Markdown's ``#`` count, HTML's ``h1``-``h6``, a PDF's type size),
else the depth of its numbering ("3.11.1." is 3, "Appendix A." 1). A heading with neither (a plain "Rationale",
an example's "Files" line, a short line in body type) is placed by its neighbours, as a reader sees the page: it
sits inside the innermost open heading, or beside the heading just before it when that one had no level either,
and the next heading with a level closes it. The document's title (its first heading, when it opens the text)
is left out: every paragraph is under it, so it tells no passage from another.
"""

from __future__ import annotations

import re

_NUMBERED = re.compile(r"^(?:(?:Appendix|Annex|Chapter|Part|Section)\s+)?(?:[A-Z]|\d{1,3})(?:\.\d{1,3})*\.?(?=\s|$)")
_WORD = re.compile(r"^(?:Appendix|Annex|Chapter|Part|Section)\s+")


def heading_level(text: str, given: int | None) -> int | None:
    """The level of a heading: ``given`` by its format, else its numbering's depth, else None."""
    if given is not None:
        return given
    numbered = _NUMBERED.match(text)
    if numbered is None:
        return None
    numbering = _WORD.sub("", numbered.group())
    if numbering[0].isalpha() and "." not in numbering and numbering == numbered.group():
        return None
    return len([part for part in numbering.split(".") if part])


class Outline:
    """The open headings, outermost first, as the headings of a document are read in order."""

    def __init__(self, title: str | None) -> None:
        self._title = title
        self._open: list[tuple[int | None, str]] = []

    def enter(self, text: str, given: int | None) -> None:
        """Read one heading: one with a level closes the open headings at its level or deeper and those without a
        level; one without closes only the heading just before it when that one had none either."""
        if text == self._title and not self._open:
            return
        level = heading_level(text, given)
        if self._open and self._open[-1][0] is None:
            self._open.pop()
        while level is not None and self._open and (self._open[-1][0] or 0) >= level:
            self._open.pop()
        self._open.append((level, text))

    def above(self) -> tuple[str, ...]:
        """The open headings above the innermost one (the paragraph's own section)."""
        return tuple(text for _level, text in self._open[:-1])
