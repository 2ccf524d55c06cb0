"""The headings a paragraph sits under, above its own: "3.11. /media : Mount point for removable media" over "3.11.1. Purpose".

A heading's level is the one its format gives (Markdown's ``#`` count, HTML's ``h1``-``h6``), else the depth
of its numbering ("3.11.1." is 3), else unknown. A heading of unknown level starts a new outline: without a
level nothing says what it sits under. The document's title (its first heading, when it opens the text) is
left out: every paragraph is under it, so it tells no passage from another.
"""

from __future__ import annotations

import re

_NUMBERED = re.compile(r"^(?:[A-Z]|\d{1,3})(?:\.\d{1,3})*\.?(?=\s)")


def heading_level(text: str, given: int | None) -> int | None:
    """The level of a heading: ``given`` by its format, else its numbering's depth, else None."""
    if given is not None:
        return given
    numbered = _NUMBERED.match(text)
    if numbered is None or (numbered.group()[0].isalpha() and "." not in numbered.group()):
        return None
    return len([part for part in numbered.group().split(".") if part])


class Outline:
    """The open headings, outermost first, as the headings of a document are read in order."""

    def __init__(self, title: str | None) -> None:
        self._title = title
        self._open: list[tuple[int | None, str]] = []

    def enter(self, text: str, given: int | None) -> None:
        """Read one heading: it closes the open headings at its level or deeper."""
        if text == self._title and not self._open:
            return
        level = heading_level(text, given)
        while self._open and (level is None or self._open[-1][0] is None or self._open[-1][0] >= level):
            self._open.pop()
        self._open.append((level, text))

    def above(self) -> tuple[str, ...]:
        """The open headings above the innermost one (the paragraph's own section)."""
        return tuple(text for _level, text in self._open[:-1])
