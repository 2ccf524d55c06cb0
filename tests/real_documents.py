"""The real fixture documents, each read once a session: several test modules check how the same PDF reads.

A Document is frozen, so sharing one between tests shares nothing a test can change.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from askdoc.documents.loader import load_document
from askdoc.types import Document

REAL = Path(__file__).parent / "fixtures" / "real"


@cache
def real_document(name: str) -> Document:
    """The fixture document ``name`` of tests/fixtures/real, read on first use."""
    return load_document(REAL / name)
