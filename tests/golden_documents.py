"""Readable golden files of how a document reads: its sections and where each paragraph starts and ends.

``outline`` writes one line per paragraph (number, character offsets, page, first and last
words) under its section, so a failing comparison shows which paragraph changed and how.
Set ASKDOC_UPDATE_GOLDEN=1 to rewrite the files from the current code, then read the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

from askdoc.types import Document

GOLDEN = Path(__file__).parent / "golden"
_FIRST_WORDS = 8
_LAST_WORDS = 4


def outline(document: Document) -> list[str]:
    """The document as lines: title and size, then each section and its paragraphs."""
    lines = [f"title: {document.title}", f"clean text: {len(document.text)} characters, {len(document.paragraphs)} paragraphs"]
    section = None
    for paragraph in document.paragraphs:
        if paragraph.section != section:
            section = paragraph.section
            lines.append(f"## {section}")
        words = document.text[paragraph.start : paragraph.end].split()
        shown = " ".join(words[:_FIRST_WORDS])
        if len(words) > _FIRST_WORDS + _LAST_WORDS:
            shown += " … " + " ".join(words[-_LAST_WORDS:])
        elif len(words) > _FIRST_WORDS:
            shown = " ".join(words)
        page = f" p. {paragraph.page}" if paragraph.page is not None else ""
        lines.append(f"¶{paragraph.number} [{paragraph.start}:{paragraph.end}]{page} {shown}")
    return lines


def golden_lines(name: str, lines: list[str]) -> list[str]:
    """The golden file's lines; with ASKDOC_UPDATE_GOLDEN=1 the file is first rewritten with ``lines``."""
    path = GOLDEN / f"{name}.txt"
    if os.environ.get("ASKDOC_UPDATE_GOLDEN") == "1":
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path.read_text(encoding="utf-8").splitlines()
