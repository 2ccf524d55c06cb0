"""Lines that state who wrote a text, when and where: bylines, datelines, "originally published"."""

from __future__ import annotations

import re

from askdoc.text.months import MONTHS_PATTERN

# A name given with the writer's address, as old texts and READMEs sign ("Akinori Ito aito@fw.ipsj.or.jp",
# "Jane Doe <jane@example.org>"): the capitalised words right before an e-mail address.
SIGNED = re.compile(r"(?<![\w.'’-])([A-Z][a-z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+)\s*[<(]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ORDINAL = "(?:st|nd|rd|th)?"  # "June 11th, 2009"
_MONTHS_SHORT = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
DATE = re.compile(
    rf"\b(?:(?:{MONTHS_PATTERN}|{_MONTHS_SHORT})\.?\s+\d{{1,2}}{_ORDINAL},?\s+\d{{4}}|\d{{1,2}}{_ORDINAL}\s+(?:{MONTHS_PATTERN})\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\b"
)
_NAME = r"[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|van|von|de|la|da|bin|al))*"
# A blog's byline may open with the day it was posted ("Tuesday 15 October 2019 by Bradley M. Kuhn", "Posted on
# June 3, 2021 at 09:11 by Jane Doe"; the ebb.org post of tests/fixtures/real).
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
_TIME = r"(?:\s+at\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?"
_DATED = rf"(?:(?:posted|published)(?:\s+on)?\s+)?(?:{_WEEKDAY})?(?:{DATE.pattern}){_TIME},?\s+"
BYLINE = re.compile(
    rf"^(?:{_DATED})?(?:by|written by|posted by|author:?)\s+({_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)\.?\s*$", re.IGNORECASE
)
DATED_BYLINE = re.compile(rf"^{_DATED}by\s+{_NAME}", re.IGNORECASE)
# A date line under a title names what the date is ("Revised 01/06/94", "Last updated: 3 May 2021"): with such a
# word, a date written in figures is a date too (the Debian Manifesto's "Revised 01/06/94").
REVISED = re.compile(
    rf"^(?:revised|updated|last (?:updated|modified|revised)|published|posted|written|date)(?:\s+on)?:?\s+"
    rf"((?:{_WEEKDAY})?(?:{DATE.pattern})|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})\.?\s*$",
    re.IGNORECASE,
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

# Where a text is from, as a site sets it under the title ("From Wikipedia, the free encyclopedia", "From Wikibooks,
# open books for an open world"): the site's name, then a description of it, not a sentence.
FROM_SITE = re.compile(r"^From ((?:the )?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s+[^.!?\n]{2,60}$")
# A footer dating the text's last change ("This page was last modified on 28 October 2016, at 06:56.", "Last edited
# on 3 May 2021"): the date of the text as it stands.
MODIFIED = re.compile(
    rf"^(?:this (?:page|article|document|post|text|entry) was )?last (?:modified|edited|updated|revised)(?: on)?:?\s+"
    rf"({DATE.pattern})",
    re.IGNORECASE,
)


def is_provenance_line(text: str) -> bool:
    """A line that says where the text is from or when it last changed ("From Wikipedia, the free encyclopedia",
    "This page was last modified on 28 October 2016, at 06:56."): about the text, not part of what it says."""
    text = " ".join(text.split())
    return bool(FROM_SITE.match(text) or MODIFIED.match(text))


def is_metadata_line(text: str) -> bool:
    """A byline ("By Jane Doe"), a dateline ("Global Research, April 19, 2020") or a dated revision line ("Revised
    01/06/94"), alone in its block or on lines of their own (the Debian Manifesto's "Written by Ian A. Murdock" over
    "Revised 01/06/94")."""
    text = text.strip()
    if "\n" not in text:
        return bool(BYLINE.match(text) or DATELINE.match(text) or REVISED.match(text))
    return all(BYLINE.match(line) or DATELINE.match(line) or REVISED.match(line) for line in map(str.strip, text.split("\n")))


def is_dated_byline(text: str) -> bool:
    """A byline that gives the day too ("Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn."): a
    metadata line wherever it stands (a blog repeats it under the post)."""
    text = text.strip()
    return "\n" not in text and bool(DATED_BYLINE.match(text))
