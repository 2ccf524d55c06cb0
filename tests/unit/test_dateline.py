"""A line that is only a month and a year, under a title, dates the text (documents/metadata_lines.py)."""

from __future__ import annotations

from pathlib import Path

from askdoc.documents.loader import load_document


def _essay(tmp_path: Path, date_line: str) -> Path:
    path = tmp_path / "essay.md"
    path.write_text(
        f"# How to Start\n\n{date_line}\n\n(This essay is derived from a talk.)\n\n"
        "In March 2003 the first students applied. Most of them were seniors.\n",
        encoding="utf-8",
    )
    return path


def test_a_month_and_year_alone_on_a_line_is_the_date(tmp_path: Path) -> None:
    document = load_document(_essay(tmp_path, "October 2006"))
    date = document.metadata.date
    assert date is not None and document.text[date.start : date.end] == "October 2006"
    line = next(p for p in document.paragraphs if document.text[p.start : p.end] == "October 2006")
    assert line.role == "metadata"


def test_a_month_and_year_in_prose_is_not_the_date(tmp_path: Path) -> None:
    document = load_document(_essay(tmp_path, "Posted to the list."))
    assert document.metadata.date is None
