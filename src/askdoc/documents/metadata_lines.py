"""Lines that state who wrote a text, when and where: bylines, datelines, "originally published"."""

from __future__ import annotations

import re

from askdoc.text.months import MONTHS_PATTERN

_NAME = r"[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|van|von|de|la|da|bin|al))*"
BYLINE = re.compile(rf"^(?:by|written by|posted by|author:?)\s+({_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)\.?\s*$", re.IGNORECASE)
# A name given with the writer's address, as old texts and READMEs sign ("Akinori Ito aito@fw.ipsj.or.jp",
# "Jane Doe <jane@example.org>"): the capitalised words right before an e-mail address.
SIGNED = re.compile(r"(?<![\w.'’-])([A-Z][a-z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+)\s*[<(]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ORDINAL = "(?:st|nd|rd|th)?"  # "June 11th, 2009"
_MONTHS_SHORT = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
DATE = re.compile(
    rf"\b(?:(?:{MONTHS_PATTERN}|{_MONTHS_SHORT})\.?\s+\d{{1,2}}{_ORDINAL},?\s+\d{{4}}|\d{{1,2}}{_ORDINAL}\s+(?:{MONTHS_PATTERN})\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\b"
)
# A line that is only a month and year dates the text too (Paul Graham's essays: "October 2006" under the title),
# but only as a whole line: in prose "In March 2003 …" tells of an event, not of when the text was written.
_MONTH_YEAR = rf"(?:{MONTHS_PATTERN}|{_MONTHS_SHORT})\.?\s+\d{{4}}"
DATELINE = re.compile(rf"^(?:([^,\n]{{2,60}}),\s+)?({DATE.pattern}|{_MONTH_YEAR})\s*$")
PUBLISHED = re.compile(
    r"\b(?:originally published (?:on|in|by|at)|the original source of this (?:article|post|story) is|"
    r"first (?:published|appeared) (?:on|in|by|at)|republished (?:with permission )?(?:from|courtesy of))\s+(.+?)\s*\.?$",
    re.IGNORECASE | re.MULTILINE,
)


def is_metadata_line(text: str) -> bool:
    """A byline ("By Jane Doe") or a dateline ("Global Research, April 19, 2020"), alone in its block."""
    text = text.strip()
    return "\n" not in text and bool(BYLINE.match(text) or DATELINE.match(text))
