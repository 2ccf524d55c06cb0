"""On a PDF's first page, a heading that the running heads of the other pages repeat is its title
(formats/pdf.py, _without_running_lines), as in shared-mime-info-spec.pdf ("Shared MIME-info Database")."""

from __future__ import annotations

from pathlib import Path

from askdoc.documents.loader import load_document
from pdf_writer import pdf_bytes

TITLE = "Shared MIME-info Database"
BODY = "Many programs and desktops use the MIME system to represent the types of files, section {}."


def test_the_first_pages_heading_repeated_as_running_head_is_the_title(tmp_path: Path) -> None:
    first = [("h", TITLE), ("p", "X Desktop Group (http://www.freedesktop.org)"), ("h", "1. Introduction"), ("p", BODY.format(1))]
    later = [[("p", TITLE), ("h", f"{n}. Section {n}"), ("p", BODY.format(n))] for n in range(2, 6)]
    path = tmp_path / "spec.pdf"
    path.write_bytes(pdf_bytes([first, *later]))
    document = load_document(path)
    assert document.title == TITLE
    assert document.text.startswith(TITLE)
    assert document.text.count(TITLE) == 1  # the running heads of pages 2-5 stay furniture
