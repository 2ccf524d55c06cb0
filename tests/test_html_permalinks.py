"""Permalink anchors are removed before an HTML page is read, so that no API entry is dropped with its anchor
(documents/formats/html_permalinks.py)."""

from __future__ import annotations

from pathlib import Path

from askdoc.documents.formats.html_permalinks import without_permalinks
from askdoc.documents.loader import load_document

REAL = Path(__file__).parent / "fixtures" / "real"


def test_a_sphinx_entry_with_a_short_signature_is_read() -> None:
    text = load_document(REAL / "python-zipapp.html").text
    assert "zipapp.get_interpreter(archive)\nReturn the interpreter specified in the #! line" in text
    assert "If there is no #! line, return None." in text
    assert "¶" not in text


def test_only_the_anchor_goes() -> None:
    page = '<h2>Python API<a class="headerlink" href="#python-api" title="Permalink">¶</a></h2><a href="x">None</a>'
    assert without_permalinks(page) == '<h2>Python API</h2><a href="x">None</a>'
