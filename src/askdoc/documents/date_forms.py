"""A date known from a page's markup (ISO "1999-02-18"), found where the text writes it in its own way.

trafilatura reads w3m's STORY.html's date as "1999-02-18"; the page shows "1999/2/18" under its title. A date
that the reader sees is cited to its line, so the markup's date is looked for in the text's usual forms: year/month/
day, day.month.year, "February 18, 1999", "18 February 1999".
"""

from __future__ import annotations

import re

from askdoc.text.months import MONTH_NAMES

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def written_date(text: str, iso: str, start: int, end: int) -> tuple[int, int] | None:
    """Where ``text[start:end]`` writes the date ``iso`` (its first writing), or None."""
    match = _ISO.match(iso)
    if match is None:
        return None
    year, month, day = match.group(1), int(match.group(2)), int(match.group(3))
    forms = [rf"{year}/0?{month}/0?{day}", rf"0?{day}\.0?{month}\.{year}"]
    if 1 <= month <= len(MONTH_NAMES):
        name = MONTH_NAMES[month - 1]
        forms += [rf"{name}\.?\s+0?{day}(?:st|nd|rd|th)?,?\s+{year}", rf"0?{day}(?:st|nd|rd|th)?\s+{name}\s+{year}"]
    found = re.compile(rf"(?<![\w/.])(?:{'|'.join(forms)})(?![\w/])").search(text, start, end)
    return (found.start(), found.end()) if found else None
