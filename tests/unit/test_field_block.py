"""A "Key: value" block names its program's author and licence wherever it stands (documents/field_block.py), in
GNU bc's README (unit/bc_readme.py)."""

from __future__ import annotations

from pathlib import Path

from askdoc.documents.loader import load_document
from unit.bc_readme import BC_README


def test_a_field_block_names_the_author_and_the_licence(tmp_path: Path) -> None:
    path = tmp_path / "README"
    path.write_text(BC_README, encoding="utf-8")
    document = load_document(path)
    metadata = document.metadata
    assert [a.value for a in metadata.authors] == ["Philip A. Nelson"]
    assert metadata.licence is not None and metadata.licence.value == "GNU GPL version 2"
    assert document.text[metadata.licence.start : metadata.licence.end] == "GNU GPL version 2"


def test_lines_that_are_mostly_prose_are_no_field_block(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(
        "Build notes for the package.\n\nNote: the tests need a terminal.\nRun them by hand when you change the parser,\n"
        "then compare the output with the reference files kept in the tree.\n",
        encoding="utf-8",
    )
    assert load_document(path).metadata.authors == ()
