"""The first-page header of an RFC or Internet-Draft: who wrote it, in its right-hand column.

RFC 7322 (the RFC style guide), section 4.1: the header's left column names the stream and status
("Network Working Group", "Internet-Draft", "Request for Comments: 7322"), the right column the
authors (initials and surname, "M. Nottingham", "J. Smith, Ed."), their organisations, and the date.
Reflowing joins the two columns into one line, so the columns are read here from the raw text.
"""

from __future__ import annotations

import re

# The left column's first lines say which series the document belongs to (RFC 7322, section 4.1).
_SERIES = re.compile(
    r"^(Network Working Group|Internet[- ]Draft|Request for Comments|Internet Engineering Task Force|"
    r"Internet Architecture Board|Internet Research Task Force|Independent Submission)\b"
)
# Two or more spaces split the columns; the left one may be empty on lines that only carry an organisation.
_COLUMNS = re.compile(r"^(\S.*?)?\s{2,}(\S.*?)\s*$")
_AUTHOR = re.compile(r"^(?:[A-Z]\.[ -]?)+(?:[A-Z][\w'’-]+)(?:[ -][A-Z][\w'’-]+)*(?:, Ed\.)?$")


def header_authors(raw: str) -> list[str]:
    """The authors the header's right column names, in order; [] when the text does not open with such a header."""
    header = raw.replace("\r\n", "\n").lstrip("\n").split("\n\n", 1)[0].split("\n")
    if not _SERIES.match(header[0]):
        return []
    columns = (_COLUMNS.match(line.rstrip()) for line in header)
    return [right.removesuffix(", Ed.") for match in columns if match and _AUTHOR.match(right := match.group(2))]
