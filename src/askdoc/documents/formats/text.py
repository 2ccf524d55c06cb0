"""Plain text: blank lines separate paragraphs, short lines above body text are headings.

Inline Markdown is cleaned too (``[text](#)``, ``\\$``, emphasis), since text files copied
from the web carry it; a ``#`` line is a heading.
"""

from __future__ import annotations

import re

from askdoc.documents.formats.blocks import Block, assemble, join_broken, mark_headings
from askdoc.documents.markup import clean_inline
from askdoc.types import Document

_BLANK_LINES = re.compile(r"\n[ \t]*\n")
_ATX_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")


def parse_text(text: str, path: str, sha256: str) -> Document:
    """Turn raw text into a Document; the clean text joins blocks with one blank line."""
    blocks = join_broken(_blocks(text))
    mark_headings(blocks)
    return assemble(blocks, path, sha256)


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
            blocks.append(Block(heading.group(1), heading=True))
        else:
            blocks.append(Block("\n".join(lines)))
    return blocks
