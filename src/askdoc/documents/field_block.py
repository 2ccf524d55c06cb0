"""A block of "Key: value" lines that describes a program or a text: its author and its licence.

Old READMEs and package descriptions open with such a block, often below the text's own first
paragraphs ("Program: GNU bc / Author: Philip A. Nelson / E-mail: … / Copying: GNU GPL version 2 /
Version: …", bc's README, under its "Original comp.sources.reviewed README" line). A block is a paragraph
of at least ``MIN_FIELDS`` lines, most of them "Key: value"; its author and licence fields are what the
document says of itself, wherever the block stands. A lone "Author:" line is a byline
(metadata_lines.BYLINE), read at the head only.
"""

from __future__ import annotations

import re

from askdoc.types import MetadataField, Paragraph

MIN_FIELDS = 3
_FIELD = re.compile(r"^\s*([A-Z][\w -]{0,24}?)\s*:\s+(\S.*?)\s*$")
_AUTHOR_KEYS = frozenset({"author", "authors", "written by", "maintainer", "maintainers"})
_LICENCE_KEYS = frozenset({"license", "licence", "copying", "licensing"})


def block_field(text: str, paragraphs: tuple[Paragraph, ...], keys: frozenset[str]) -> MetadataField | None:
    """The value of the first field named by one of ``keys`` (lower case) in a field block of ``paragraphs``."""
    for paragraph in paragraphs:
        lines = list(re.finditer(r"[^\n]+", text[paragraph.start : paragraph.end]))
        fields = [(line, match) for line in lines if (match := _FIELD.match(line.group(0)))]
        if len(fields) < MIN_FIELDS or 2 * len(fields) <= len(lines):
            continue
        for line, match in fields:
            if match.group(1).lower() in keys:
                start = paragraph.start + line.start() + match.start(2)
                return MetadataField(match.group(2), start, start + len(match.group(2)))
    return None


def block_author(text: str, paragraphs: tuple[Paragraph, ...]) -> tuple[MetadataField, ...]:
    """The author a field block names, as a one-name tuple (none without such a block)."""
    found = block_field(text, paragraphs, _AUTHOR_KEYS)
    return (found,) if found else ()


def block_licence(text: str, paragraphs: tuple[Paragraph, ...]) -> MetadataField | None:
    """The licence a field block names ("Copying: GNU GPL version 2")."""
    return block_field(text, paragraphs, _LICENCE_KEYS)
