"""Copyright holders and licences read from the lines where real documents state their own terms (documents/licence.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from askdoc.documents.loader import load_document

REAL = Path(__file__).parents[1] / "fixtures" / "real"


def _line(text: str, start: int) -> str:
    """The line of ``text`` that holds offset ``start``."""
    return text[text.rfind("\n", 0, start) + 1 :].split("\n", 1)[0]


@pytest.mark.parametrize(
    ("name", "licence", "line"),
    [
        (
            "globalvoices-brazil-digital-crimes-bill.html",
            "Creative Commons Attribution 3.0 License",
            "This site is licensed under a Creative Commons Attribution 3.0 License",
        ),
        ("httpx-README.md", "BSD", "HTTPX is BSD licensed code. Designed & crafted with care. &mdash; 🦋 &mdash;"),
        (
            "ls.1.txt",
            "GPLv3+",
            "Copyright © 2022 Free Software Foundation, Inc. License GPLv3+: GNU GPL version 3 or later "
            "<https://gnu.org/licenses/gpl.html>.",
        ),
        (
            "gnu-maintain.html",
            "GNU Free Documentation License, Version 1.3 or any later version",
            None,
        ),
    ],
)
def test_the_licence_a_document_states_for_itself(name: str, licence: str, line: str | None) -> None:
    document = load_document(REAL / name)
    field = document.metadata.licence
    assert field is not None and field.value == licence
    assert " ".join(document.text[field.start : field.end].split()) == licence
    if line is not None:
        assert _line(document.text, field.start).strip() == line


def test_a_licence_as_a_topic_is_not_the_document_s_licence() -> None:
    """The copyright-format spec's example stanzas ("License: MPL-1.1", "Copyright 2008 John Smith") are its
    topic; its own terms are the notice at its head."""
    document = load_document(REAL / "debian-copyright-format-1.0.txt")
    assert document.metadata.copyright is None
    assert document.metadata.licence.value.startswith("Copying and distribution of this file")
    assert load_document(REAL / "rich-README.md").metadata.licence is None


@pytest.mark.parametrize(
    ("name", "holder"),
    [
        ("gnu-maintain.html", "Free Software Foundation, Inc"),
        ("bash.1.txt", "Free Software Foundation, Inc"),
        ("libtasn1.pdf", "Free Software Foundation, Inc"),  # the PDF draws © as "c©"
    ],
)
def test_the_copyright_holder_after_the_years(name: str, holder: str) -> None:
    document = load_document(REAL / name)
    field = document.metadata.copyright
    assert field is not None and field.value == holder
    assert " ".join(document.text[field.start : field.end].split()) == holder
    assert "Copyright" in _line(document.text, field.start)


@pytest.mark.parametrize(
    ("name", "publisher"),
    [("fhs-3.0.pdf", "The Linux Foundation"), ("gnu-maintain.html", "Free Software Foundation, Inc")],
)
def test_a_body_holding_the_copyright_publishes_the_document(name: str, publisher: str) -> None:
    """gnu-maintain's navigation line "Previous: Copyright Papers, Up: Legal Matters" names a topic, not a holder."""
    field = load_document(REAL / name).metadata.publisher
    assert field is not None and field.value == publisher


def test_a_person_holding_the_copyright_is_not_the_publisher() -> None:
    """The only copyright line of draft-nottingham-capport-problem-00 names the IETF Trust *and* the authors."""
    assert load_document(REAL / "draft-nottingham-capport-problem-00.txt").metadata.publisher is None


def test_a_copyright_line_read_as_a_title_page_heading_names_the_holder() -> None:
    """debian-faq's title page: "Published January 2021 Copyright © 1996-2021 Software in the Public Interest"."""
    document = load_document(REAL / "debian-faq.pdf")
    field = document.metadata.copyright
    assert field is not None and field.value == "Software in the Public Interest"
    assert document.text[field.start : field.end] == "Software in the Public Interest"


def test_an_authors_section_names_the_authors() -> None:
    """bash(1)'s AUTHORS section: a paragraph an author, opening with the name."""
    document = load_document(REAL / "bash.1.txt")
    assert [field.value for field in document.metadata.authors] == ["Brian Fox", "Chet Ramey"]
    assert all(document.text[field.start : field.end] == field.value for field in document.metadata.authors)
