"""The authors an RFC's or Internet-Draft's first-page header names (documents/formats/rfc_header.py)."""

from __future__ import annotations

from pathlib import Path

from askdoc.documents.formats.rfc_header import header_authors
from askdoc.documents.loader import load_document

REAL = Path(__file__).parents[1] / "fixtures" / "real"

# The header of RFC 7322 (its own section 4.1 lays it out), with a third author whose lines run past the left column.
RFC_7322 = """Internet Engineering Task Force (IETF)                       H. Flanagan
Request for Comments: 7322                                    RFC Editor
Updates: 7841                                                  S. Ginoza
Category: Informational                                       RFC Editor
ISSN: 2070-1721                                           September 2014
                                                           J. Smith, Ed.
                                                                  Akamai

                            RFC Style Guide
"""


def test_the_right_column_names_the_authors_and_not_their_organisations() -> None:
    assert header_authors(RFC_7322) == ["H. Flanagan", "S. Ginoza", "J. Smith"]


def test_a_text_without_the_series_line_has_no_header() -> None:
    assert header_authors("Release notes                                  J. Smith\n\nText.\n") == []
    assert header_authors("\n\nRFC Style Guide\n\nH. Flanagan\n") == []


def test_the_draft_s_author_is_its_metadata_cited_on_the_header_line() -> None:
    document = load_document(REAL / "draft-nottingham-capport-problem-00.txt")
    (author,) = document.metadata.authors
    assert author.value == "M. Nottingham"
    assert document.text[author.start : author.end] == "M. Nottingham"
    assert document.text[: author.start].startswith("Network Working Group")
