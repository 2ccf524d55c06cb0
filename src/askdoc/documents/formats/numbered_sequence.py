"""A short numbered line that goes on from the numbered heading before it ("6.9. Files" after "6.8. Copyright") is a
heading too, though the text under it is too short for mark_headings to tell (fewer than 20 words:
"Whitespace-separated list: list of patterns indicating files …") or it is followed at once by its first
subheading ("7. License specification" over "7.1. Short name"), or it ends in a parenthesis ("5.2. Files
stanza (repeatable)"), which a heading in plain text otherwise may not.

It goes on when its numbering is the next at some depth: a sibling ("6.8." → "6.9."), the first child
("5." → "5.1."), or the next of an enclosing one ("7.1.1." → "7.2.", "6.9." → "7."). The chain starts at a
heading mark_headings found, so a table of contents before the first heading, or a numbered list under a
heading ("1. Introduction" then the items "1. …", "2. …"), does not start one: "1." is no next of "1.".
"""

from __future__ import annotations

import re

from askdoc.documents.formats.blocks import Block, looks_like_heading

_NUMBERING = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*)\.?\s")


def mark_numbered_headings(blocks: list[Block]) -> None:
    """Mark the short content lines whose numbering goes on from the last numbered heading as headings."""
    last: tuple[int, ...] | None = None
    for block in blocks:
        numbering = _numbering(block.text)
        if block.heading:
            last = numbering or last
        elif (
            numbering is not None
            and last is not None
            and block.role == "content"
            and looks_like_heading(block.text.removesuffix(")"))
            and numbering in _next(last)
        ):
            block.heading = True
            last = numbering


def _numbering(text: str) -> tuple[int, ...] | None:
    match = _NUMBERING.match(text)
    return tuple(int(part) for part in match.group(1).split(".")) if match else None


def _next(numbering: tuple[int, ...]) -> set[tuple[int, ...]]:
    """The numberings that may follow ``numbering``: its first child, its next sibling, an enclosing one's next."""
    following = {(*numbering, 1)}
    for depth in range(1, len(numbering) + 1):
        following.add((*numbering[: depth - 1], numbering[depth - 1] + 1))
    return following
