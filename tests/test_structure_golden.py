"""Each corpus document's structure as read (title, metadata, sections with first words, furniture),
compared with a readable golden file in tests/fixtures/real/structure/ (issue 11).

ASKDOC_UPDATE_GOLDEN=1 rewrites the golden files; read the diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from askdoc.types import Document
from real_documents import real_document

REAL = Path(__file__).parent / "fixtures" / "real"
GOLDEN = REAL / "structure"
DOCUMENTS = sorted(p.name for p in REAL.iterdir() if p.suffix in (".txt", ".md", ".html", ".pdf") and p.name != "README.md")
_FIRST_WORDS = 8


def structure(document: Document) -> str:
    """The document as a reader outlines it: title, metadata, sections with their first words, furniture."""
    metadata = document.metadata
    lines = [f"title: {document.title}"]
    for name in ("date", "publisher", "source"):
        value = getattr(metadata, name)
        lines.append(f"{name}: {value.value if value else '-'}")
    lines.append("authors: " + (", ".join(author.value for author in metadata.authors) or "-"))
    lines.append("sections:")
    section = None
    for paragraph in document.paragraphs:
        if paragraph.section != section and paragraph.role == "content":
            section = paragraph.section
            words = " ".join(document.text[paragraph.start : paragraph.end].split()[:_FIRST_WORDS])
            lines.append(f"  {section or '(before the first heading)'} | {words}")
    lines.append("furniture:")
    for paragraph in document.paragraphs:
        if paragraph.role == "furniture":
            lines.append("  " + " ".join(document.text[paragraph.start : paragraph.end].split()[:_FIRST_WORDS]))
    return "\n".join(lines) + "\n"


def golden_headings(golden: str) -> list[str]:
    inside = golden.split("sections:\n", 1)[1].split("furniture:\n", 1)[0]
    return [line.strip().split(" | ", 1)[0] for line in inside.splitlines() if "(before the first heading)" not in line]


@pytest.mark.parametrize("name", DOCUMENTS)
def test_structure_matches_its_golden_file(name: str) -> None:
    found = structure(real_document(name))
    golden = GOLDEN / f"{name}.txt"
    if os.environ.get("ASKDOC_UPDATE_GOLDEN") == "1":
        golden.write_text(found, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    sections = {paragraph_section.split(" | ", 1)[0] for paragraph_section in golden_headings(found)}
    assert [heading for heading in golden_headings(expected) if heading not in sections] == []
    assert found == expected
