"""Headings and running lines of hard-wrapped text, told by indentation, case, numbering and underlines.

Never a heading: list items and options (``-l``, ``*``), lines that end a sentence, long
lines, code (symbols and digits), and anything indented as deep as the body text unless
it reads as a short title.
"""

from __future__ import annotations

import re
from typing import Protocol

_MAX_WORDS = 12
_MAX_CHARS = 70
_TITLE_MAX_WORDS = 8
_UNDERLINE = re.compile(r"^([-=~^*#+])\1{2,}$")
_NUMBERED = re.compile(r"^(?:\d+\.)+\d*\s+\S|^(?:Appendix|Section|Chapter|Part)\s+[\w.]+\s+\S", re.IGNORECASE)
_MARKER = re.compile(r"^(?:[-–—*•·◦‣▪+]|\(?[a-z][.)]\s)")
_TITLE_WORDS = re.compile(r"^[A-Z][\w'’,()/&-]*(?:\s+[\w'’,()/&-]+)*:?$")
_FIELD_GAP = re.compile(r"\S {3,}(?=\S)")
_PAGE_MARK = re.compile(r"\[Page \d+\]$|^Page \d+(?: of \d+)?$", re.IGNORECASE)
# A running head/foot spans most of the width (man: "LS(1)  User Commands  LS(1)").
_RUNNING_SPAN = 0.75


class _Line(Protocol):
    text: str
    indent: int

    @property
    def body(self) -> str: ...


def running_line(text: str, width: int) -> bool:
    """A page head or foot: flush left, three or more fields spread across the width, or a page mark."""
    stripped = text.strip()
    if not stripped:
        return False
    if _PAGE_MARK.search(stripped):
        return True
    return not text[:1].isspace() and len(_FIELD_GAP.findall(text)) >= 2 and len(text) >= _RUNNING_SPAN * width


def heading_of_group(group: list[_Line], body_indent: int) -> tuple[str | None, int]:
    """The heading that opens a run of lines, and how many lines it takes (0 when there is none)."""
    first = group[0]
    text = " ".join(first.body.split())
    if len(group) > 1 and _UNDERLINE.match(group[1].body) and _short(text) and abs(len(group[1].body) - len(first.body)) <= 3:
        return text, 2
    if not _short(text) or _MARKER.match(text) or text.endswith((".", "!", "?", ";", ",")):
        return None, 0
    alone_or_above_body = len(group) == 1 or group[1].indent > first.indent
    if not alone_or_above_body:
        return None, 0
    if first.indent < body_indent or (_all_caps(text) and first.indent <= body_indent and len(group) == 1):
        return text.rstrip(":") if first.indent < body_indent else text, 1
    if len(group) == 1 and ((_NUMBERED.match(text) and body_indent == 0) or _title_like(text)):
        return text, 1
    return None, 0


def _short(text: str) -> bool:
    return 0 < len(text) <= _MAX_CHARS and len(text.split()) <= _MAX_WORDS and any(char.isalpha() for char in text)


def _all_caps(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return len(letters) >= 3 and all(char.isupper() for char in letters) and not text.endswith(":")


def _title_like(text: str) -> bool:
    """Short, words only, and its longer words capitalised: "Table of Contents", "Abstract"."""
    long_words = [word for word in text.split() if len(word) >= 4]
    capitalised = sum(word[0].isupper() for word in long_words)
    return (
        len(text.split()) <= _TITLE_MAX_WORDS
        and bool(_TITLE_WORDS.match(text))
        and not any(c.isdigit() for c in text)
        and 2 * capitalised > len(long_words)
    )
