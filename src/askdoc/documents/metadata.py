"""What a document says about itself: title, authors, date, publisher, original source.

From the format where it has them (HTML <title>/meta through trafilatura, PDF document
info, Markdown front matter), and from the text: the first heading, a man page's NAME
line, bylines ("By X"), datelines ("Global Research, April 19, 2020"), "originally
published on", copyright and licence lines (documents/licence.py). Each value keeps the span of clean text it came from.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from askdoc.documents.date_forms import written_date
from askdoc.documents.field_block import block_author, block_licence
from askdoc.documents.licence import COPYRIGHT_MARK, YEARS, copyright_holder, licence, terms_paragraphs
from askdoc.documents.metadata_lines import BYLINE, DATE, DATELINE, FROM_SITE, MODIFIED, PUBLISHED, REVISED, SIGNED
from askdoc.types import DocumentMetadata, MetadataField, Paragraph

# Bylines, datelines and dates are looked for in a document's first paragraphs only.
_HEAD_PARAGRAPHS = 6
# A name signed with an address names the author only at the very head (w3m's STORY.html signs in its first
# paragraph); further on such lines are contacts ("Report bugs to …").
_SIGNED_PARAGRAPHS = 2
_SIGNED_MAX_WORDS = 3
# A title opens the document: its heading starts in the first 500 characters or 5 % of the text.
_TITLE_WITHIN_CHARS = 500
_TITLE_WITHIN_SHARE = 0.05
_GENERIC_HEADINGS = frozenset({"name", "abstract", "introduction", "contents", "table of contents", "synopsis", "overview"})
# A copyright holder named as a body, not a person, publishes the document (fhs-3.0: "Copyright © 2015 The Linux
# Foundation"; libtasn1, bash.1: "Free Software Foundation, Inc."); eval/real fhs "Which group published this standard?".
_ORGANISATION = re.compile(
    r"\b(Foundation|Inc|Ltd|LLC|GmbH|Corporation|Corp|Company|Trust|Project|Workgroup|Working Group|Consortium|"
    r"Institute|University|Society|Association|Council|Committee|Press|Team)\b"
)
# An Authors section lists each author as a paragraph opening with the name (bash(1): "Brian Fox, Free Software
# Foundation bfox@gnu.org"; RFC 7322's "Author's Address" likewise).
_AUTHORS_SECTION = re.compile(r"^\W*(authors?|author'?s'? address(es)?)\W*$", re.I)
_LEADING_NAME = re.compile(r"([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})(?=\s*(?:,|$|\n|<|\(|\S+@))")
# The writer's address after a byline's name ("Author: Vinay Sajip <vinay_sajip at red-dove dot com>", Python's
# logging HOWTO; "by Jane Doe (jane@example.org)"): not part of the name.
_ADDRESS_AFTER = re.compile(r"\s*[<(][^<>()]*(?:@|\bat\b)[^<>()]*[>)]\s*$")
_NAME_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")
_YEARS = re.compile(YEARS)
_COPYRIGHT = re.compile(
    rf"{COPYRIGHT_MARK}\s*(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?,?\s*)?(?:by\s+)?([^\n.]+?)\s*$", re.IGNORECASE | re.MULTILINE
)


def find_metadata(
    text: str, paragraphs: tuple[Paragraph, ...], headings: list[tuple[str, int]], hints: Mapping[str, str], kind: str
) -> DocumentMetadata:
    """The document's metadata; ``headings`` are (text, offset) in order, ``hints`` the format's own fields (from ``kind``)."""
    head = [*paragraphs[:_HEAD_PARAGRAPHS], *(p for p in paragraphs if p.section.lower() in ("author", "authors"))]
    authors = (
        _byline(text, head)
        or _hinted_list(text, hints.get("author"), kind)
        or _section_authors(text, paragraphs)
        or _signed(text, _signing_spans(paragraphs, headings))
        or block_author(text, paragraphs)
    )
    date, publisher = _dateline(text, head)
    hinted_date = _hinted_date(text, hints.get("date"), kind, head)
    site = _line_value(text, paragraphs[:_HEAD_PARAGRAPHS], FROM_SITE)
    terms = terms_paragraphs(paragraphs)
    holder = copyright_holder(text, terms) or copyright_holder(text, _head_headings(headings, terms))
    return DocumentMetadata(
        title=_hinted(text, hints.get("title"), kind) or _title(text, paragraphs, headings),
        authors=authors,
        date=date or _located(hinted_date) or _revised(text, head) or _line_value(text, paragraphs, MODIFIED)
        or _first_date(text, head) or hinted_date,
        publisher=publisher or _hinted(text, hints.get("publisher"), kind) or _copyright_holder(text, paragraphs)
        or _organisation(holder) or site,
        source=_published(text, paragraphs) or site,
        copyright=holder,
        licence=licence(text, terms) or block_licence(text, paragraphs),
    )


def _hinted(text: str, value: str | None, kind: str) -> MetadataField | None:
    if not value or not value.strip():
        return None
    value = " ".join(value.split())
    at = text.find(value)
    return MetadataField(value, at, at + len(value), kind) if at >= 0 else MetadataField(value, None, None, kind)


def _hinted_date(text: str, value: str | None, kind: str, head: list[Paragraph]) -> MetadataField | None:
    """The format's date, located where the head writes it in its own way ("1999/2/18" for "1999-02-18")."""
    field = _hinted(text, value, kind)
    if field is None or field.start is not None or not head:
        return field
    found = written_date(text, field.value, head[0].start, max(p.end for p in head))
    return MetadataField(text[found[0] : found[1]], found[0], found[1], kind) if found else field


def _line_value(text: str, paragraphs: tuple[Paragraph, ...], line: re.Pattern[str]) -> MetadataField | None:
    """The first group of the first paragraph that is a ``line`` of its kind: the site an encyclopedia's page names
    under its title ("From Wikipedia, the free encyclopedia", metadata_lines.FROM_SITE), a footer's "This page was last
    modified on …" date (metadata_lines.MODIFIED)."""
    for paragraph in paragraphs:
        match = line.match(text[paragraph.start : paragraph.end])
        if match:
            return MetadataField(match.group(1), paragraph.start + match.start(1), paragraph.start + match.end(1))
    return None


def _located(field: MetadataField | None) -> MetadataField | None:
    """``field`` when the text states it (a date the reader sees beats one known only from the file's markup)."""
    return field if field is not None and field.start is not None else None


def _hinted_list(text: str, value: str | None, kind: str) -> tuple[MetadataField, ...]:
    names = [name for name in re.split(r"\s*;\s*|\s+and\s+", value or "") if name.strip()]
    return tuple(field for name in names if (field := _hinted(text, name, kind)) is not None)


def _title(text: str, paragraphs: tuple[Paragraph, ...], headings: list[tuple[str, int]]) -> MetadataField | None:
    """The first heading, unless it is a generic section name; a man page's NAME line."""
    if not headings:
        return None
    first = headings[0][0]
    named = [paragraph for paragraph in paragraphs[:_HEAD_PARAGRAPHS] if paragraph.section == first]
    if first.lower() == "name" and named:
        paragraph = named[0]
        return MetadataField(text[paragraph.start : paragraph.end], paragraph.start, paragraph.end)
    for heading, offset in headings[:3]:
        if offset > max(_TITLE_WITHIN_CHARS, _TITLE_WITHIN_SHARE * len(text)):
            break
        if heading.lower().rstrip(":") not in _GENERIC_HEADINGS:
            return MetadataField(heading, offset, offset + len(heading))
    return None


def _byline(text: str, head: list[Paragraph]) -> tuple[MetadataField, ...]:
    """The names of the first byline among the head's paragraphs, a paragraph or one of its lines ("Written by Ian
    A. Murdock" over "Revised 01/06/94")."""
    for paragraph in head:
        block = text[paragraph.start : paragraph.end]
        for start, end in [(0, len(block)), *((line.start(), line.end()) for line in re.finditer(r"[^\n]+", block))]:
            match = BYLINE.match(_ADDRESS_AFTER.sub("", block[start:end].strip()))
            if match:
                start, end = paragraph.start + start, paragraph.start + end
                return tuple(_named(text, piece, start, end) for piece in _NAME_SPLIT.split(match.group(1).rstrip(".")))
    return ()


def _named(text: str, name: str, start: int, end: int) -> MetadataField:
    offset = text.find(name, start, end)
    return MetadataField(name, offset, offset + len(name))


def _revised(text: str, head: list[Paragraph]) -> MetadataField | None:
    """The date of a line that names it as the text's date ("Revised 01/06/94", metadata_lines.REVISED)."""
    for paragraph in head:
        for line in re.finditer(r"[^\n]+", text[paragraph.start : paragraph.end]):
            match = REVISED.match(line.group(0).strip())
            if match:
                return _named(text, match.group(1), paragraph.start + line.start(), paragraph.start + line.end())
    return None


def _signing_spans(paragraphs: tuple[Paragraph, ...], headings: list[tuple[str, int]]) -> list[tuple[int, int]]:
    """The document's opening paragraphs and the headings among them (a short signed line reads as a heading)."""
    opening = [(p.start, p.end) for p in paragraphs[:_SIGNED_PARAGRAPHS] if p.role != "furniture"]
    limit = paragraphs[min(_SIGNED_PARAGRAPHS, len(paragraphs)) - 1].end if paragraphs else 0
    return sorted([*opening, *((offset, offset + len(heading)) for heading, offset in headings if offset < limit)])


def _signed(text: str, spans: list[tuple[int, int]]) -> tuple[MetadataField, ...]:
    """The names given with an e-mail address in the document's opening ``spans`` (metadata_lines.SIGNED)."""
    found = []
    for start, end in spans:
        for match in SIGNED.finditer(text, start, end):
            if name := _after_prose(text, start, match.start(1), match.end(1)):
                found.append(name)
    return tuple(found)


def _after_prose(text: str, opening: int, start: int, end: int) -> MetadataField | None:
    """The name without the capitalised words that still belong to the prose before it: a name follows its
    paragraph's ``opening``, a date or "by", not a lower-case word ("translated into English Akinori Ito"). More
    than three words are several names run together (libtasn1.pdf's title page), which no rule here can part."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for first in range(len(words) - 1):
        before = text[opening : start + words[first].start()].split()
        if not before or not before[-1].islower() or before[-1] == "by":
            at = start + words[first].start()
            return MetadataField(text[at:end], at, end) if len(words) - first <= _SIGNED_MAX_WORDS else None
    return None


def _section_authors(text: str, paragraphs: tuple[Paragraph, ...]) -> tuple[MetadataField, ...]:
    found = []
    for paragraph in paragraphs:
        if _AUTHORS_SECTION.match(paragraph.section) and (match := _LEADING_NAME.match(text, paragraph.start, paragraph.end)):
            found.append(MetadataField(match.group(1), match.start(1), match.end(1)))
    return tuple(found)


def _dateline(text: str, head: list[Paragraph]) -> tuple[MetadataField | None, MetadataField | None]:
    for paragraph in head:
        match = DATELINE.match(text[paragraph.start : paragraph.end])
        if match:
            at = paragraph.start
            date = MetadataField(match.group(2), at + match.start(2), at + match.end(2))
            place = MetadataField(match.group(1), at + match.start(1), at + match.end(1)) if match.group(1) else None
            return date, place
    return None, None


def _first_date(text: str, head: list[Paragraph]) -> MetadataField | None:
    for paragraph in head:
        match = DATE.search(text, paragraph.start, paragraph.end)
        if match:
            return MetadataField(match.group(0), match.start(), match.end())
    return None


def _published(text: str, paragraphs: tuple[Paragraph, ...]) -> MetadataField | None:
    for paragraph in paragraphs:
        match = PUBLISHED.search(text, paragraph.start, paragraph.end)
        if match:
            value = match.group(1).rstrip(".")
            return MetadataField(value, match.start(1), match.start(1) + len(value))
    return None


def _copyright_holder(text: str, paragraphs: tuple[Paragraph, ...]) -> MetadataField | None:
    """The last name in a furniture copyright line ("Copyright © Jane Doe, Global Research, 2020")."""
    for paragraph in paragraphs:
        if paragraph.role != "furniture":
            continue
        match = _COPYRIGHT.search(text, paragraph.start, paragraph.end)
        if match:
            first = re.split(r"(?i)copyright|©", match.group(1))[0]
            parts = [part.strip() for part in first.split(",") if part.strip() and not _YEARS.fullmatch(part.strip())]
            # "Jane Doe, Global Research": the holder, then the publisher; a holder alone publishes only as a body
            # (users-and-groups.html: "Copyright © 2001, 2002 Joey Hess" names no publisher)
            if len(parts) > 1 or (parts and _ORGANISATION.search(parts[0])):
                holder = parts[-1]
                at = text.find(holder, match.start(1), match.end(1) + 1)
                return MetadataField(holder, at, at + len(holder))
    return None


def _head_headings(headings: list[tuple[str, int]], terms: list[Paragraph]) -> list[Paragraph]:
    """The headings among the head's paragraphs, as paragraphs: a title page's "Published January 2021 Copyright ©
    1996-2021 Software in the Public Interest" (debian-faq) is read as a heading."""
    head_end = max((p.end for p in terms[:_HEAD_PARAGRAPHS]), default=0)
    return [Paragraph(0, offset, offset + len(heading), heading) for heading, offset in headings if offset < head_end]


def _organisation(holder: MetadataField | None) -> MetadataField | None:
    return holder if holder is not None and _ORGANISATION.search(holder.value) and " and " not in holder.value else None
