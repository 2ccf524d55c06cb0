"""A byline's trailing address is not part of the name (documents/metadata.py); the lines are the heads of Python's
logging and regular expression HOWTOs (PSF licence)."""

from __future__ import annotations

from pathlib import Path

import pytest

from askdoc.documents.loader import load_document


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("Author: Vinay Sajip <vinay_sajip at red-dove dot com>", "Vinay Sajip"),
        ("Author: A.M. Kuchling <amk@amk.ca>", "A.M. Kuchling"),
    ],
)
def test_the_address_after_a_bylines_name_is_left_out(tmp_path: Path, byline: str, name: str) -> None:
    path = tmp_path / "howto.txt"
    path.write_text(f"Logging HOWTO\n\n{byline}\n\nLogging is a means of tracking events that happen when software runs.\n")
    authors = load_document(path).metadata.authors
    assert [a.value for a in authors] == [name]
