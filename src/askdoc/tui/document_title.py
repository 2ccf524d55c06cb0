"""The document's title from its first few kilobytes, so the window can show it before any index loads."""

from __future__ import annotations

from pathlib import Path

from askdoc.documents.loader import parse_text
from askdoc.errors import AskdocError

_HEAD_BYTES = 4096


def peek_title(path: Path) -> str:
    """The title the loader would find (a leading heading line), else the file name."""
    try:
        with open(path, "rb") as file:
            head = file.read(_HEAD_BYTES)
    except OSError:
        return path.name
    if b"\x00" in head:
        return path.name
    try:
        return parse_text(head.decode("utf-8-sig", errors="ignore"), str(path), sha256="").title
    except AskdocError:
        return path.name
