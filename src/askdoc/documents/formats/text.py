"""Plain text: hard-wrapped text is reflowed (reflow.py); else blank lines separate paragraphs.

Short lines above body text are headings, and so are short numbered lines that go on from the numbered
heading before them (numbered_sequence.py).

An RFC's or Internet-Draft's header names its authors (rfc_header.py).

Inline Markdown is cleaned too (``[text](#)``, ``\\$``, emphasis), since text files copied
from the web carry it; a ``#`` line is a heading.
"""

from __future__ import annotations

import re

from askdoc.documents.formats.blocks import Block, assemble, join_broken, mark_headings
from askdoc.documents.formats.numbered_sequence import mark_numbered_headings
from askdoc.documents.formats.rfc_header import header_authors
from askdoc.documents.markup import clean_inline
from askdoc.documents.reflow import reflow, to_lines, wrap_width
from askdoc.documents.roles import assign_roles
from askdoc.types import Document

_BLANK_LINES = re.compile(r"\n[ \t]*\n")
_LINK_TEXT = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_ATX_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def parse_text(text: str, path: str, sha256: str) -> Document:
    """Turn raw text into a Document; the clean text joins blocks with one blank line."""
    lines = to_lines(text)
    width = wrap_width([len(line.text) for line in lines if line.text])
    blocks = join_broken(reflow(lines, width) if width is not None else _blocks(text))
    assign_roles(blocks)
    mark_headings(blocks)
    mark_numbered_headings(blocks)
    authors = header_authors(text)
    return assemble(blocks, path, sha256, hints={"author": "; ".join(authors)} if authors else None)


def _blocks(text: str) -> list[Block]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = []
    for chunk in _BLANK_LINES.split(text):
        lines = [clean_inline(line).strip() for line in chunk.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        heading = _ATX_HEADING.match(lines[0]) if len(lines) == 1 else None
        if heading:
            blocks.append(Block(heading.group(2), heading=True, level=len(heading.group(1))))
        else:
            link_chars = sum(len(match.group(1)) for match in _LINK_TEXT.finditer(chunk))
            words = sum(len(line) for line in lines)
            blocks.append(Block("\n".join(lines), links=link_chars / words if words else 0.0))
    return blocks
