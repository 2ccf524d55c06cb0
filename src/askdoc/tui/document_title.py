"""The document's title and metadata from its first few kilobytes, so the window can show them before any index loads."""

from __future__ import annotations

from pathlib import Path

from askdoc.documents.formats.text import parse_text
from askdoc.errors import AskdocError
from askdoc.types import DocumentMetadata

_HEAD_BYTES = 4096
_PLAIN_TEXT = ("", ".txt", ".text")


def peek_title(path: Path) -> str:
    """The title the loader would find (a leading heading line), else the file name."""
    return peek_document(path)[0]


def peek_document(path: Path) -> tuple[str, DocumentMetadata]:
    """The title and metadata (author, date, publisher) the text loader finds in the file's head.

    Other formats get their title from the text loader too (as before) but no metadata; binary files their name.
    """
    try:
        with open(path, "rb") as file:
            head = file.read(_HEAD_BYTES)
    except OSError:
        return path.name, DocumentMetadata()
    if b"\x00" in head or head.startswith(b"%PDF"):
        return path.name, DocumentMetadata()
    try:
        document = parse_text(head.decode("utf-8-sig", errors="ignore"), str(path), sha256="")
    except AskdocError:
        return path.name, DocumentMetadata()
    return document.title, document.metadata if path.suffix.lower() in _PLAIN_TEXT else DocumentMetadata()
