"""Reading real documents as a reader does (issue 11): reflow, headings, roles, metadata."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from askdoc.documents.loader import load_document
from askdoc.locations import bundled_article

REAL = Path(__file__).parent / "fixtures" / "real"
WRAPPED = ["ls.1.txt", "tar.1.txt", "bash.1.txt", "draft-nottingham-capport-problem-00.txt", "debian-copyright-format-1.0.txt"]


def paragraph_texts(document, role: str = "content") -> list[str]:
    return [document.text[p.start : p.end] for p in document.paragraphs if p.role == role]


@pytest.mark.parametrize("name", WRAPPED)
def test_no_paragraph_of_wrapped_text_stops_where_its_source_line_went_on(name: str) -> None:
    """A source line that ends mid-sentence, followed by a line in lower case, is never a paragraph's end."""
    document = load_document(REAL / name)
    source = (REAL / name).read_text(encoding="utf-8")
    for paragraph in paragraph_texts(document):
        last_line = paragraph.split("\n")[-1]
        if len(last_line) < 40 or last_line.endswith((".", ":", ";", ")", ",")):
            continue
        tail = " ".join(last_line.split()[-4:])
        pattern = re.escape(tail).replace("\\ ", r"\s+") + r"[ \t]*(\n[ \t]*([a-z]\w*))?"
        places = list(re.finditer(pattern, source))
        went_on = [place.group(2) for place in places if place.group(2)]
        ambiguous = not places or len(went_on) < len(places)
        assert ambiguous or any(word in paragraph for word in went_on), f"{name}: {paragraph[-80:]!r}"


def test_man_page_options_are_items_and_sections_are_headings() -> None:
    document = load_document(REAL / "ls.1.txt")
    sections = {p.section for p in document.paragraphs}
    assert {"NAME", "SYNOPSIS", "DESCRIPTION", "AUTHOR", "SEE ALSO"} <= sections
    assert not any(section.startswith("-") for section in sections)
    texts = paragraph_texts(document)
    assert "-S\nsort by file size, largest first" in texts
    assert "-a, --all\ndo not ignore entries starting with ." in texts
    assert any(t.startswith("Sort entries alphabetically") or "Sort entries alphabetically if none" in t for t in texts)
    assert "specified." in next(t for t in texts if "Sort entries alphabetically" in t)  # "speci‐" + "fied." made whole
    assert document.title == "ls - list directory contents"


def test_rfc_page_breaks_are_furniture_and_paragraphs_run_across_them() -> None:
    document = load_document(REAL / "draft-nottingham-capport-problem-00.txt")
    furniture = paragraph_texts(document, "furniture")
    assert any(t.endswith("[Page 2]") for t in furniture)
    assert any("1. Introduction . . ." in t for t in furniture)  # the table of contents
    sections = [p.section for p in document.paragraphs]
    assert "2.1. Why Captive Portals Are Used" in sections and "1.1. Notational Conventions" in sections
    assert document.title == "Before You Log In, Here's A Brief Message From Our Sponsors!"
    assert not any("[Page" in t for t in paragraph_texts(document))


def test_article_furniture_and_metadata() -> None:
    document = load_document(bundled_article())
    furniture = " ".join(paragraph_texts(document, "furniture"))
    for phrase in ("Disclaimer:", "The original source of this article", "fair use", "Become a Member", "Articles by:"):
        assert phrase in furniture
    content = " ".join(paragraph_texts(document))
    assert "Disclaimer" not in content and "Copyright" not in content
    assert "Kadhimi" in content
    metadata = document.metadata
    assert [author.value for author in metadata.authors] == ["Steven Sahiounie"]
    assert metadata.date.value == "April 19, 2020" and metadata.publisher.value == "Global Research"
    assert metadata.title.value.startswith("A Line in the Sand")
    for field in (metadata.title, metadata.date, metadata.publisher, *metadata.authors):
        assert document.text[field.start : field.end] == field.value


def test_pdf_paragraphs_carry_the_printed_page_number() -> None:
    document = load_document(REAL / "libtasn1.pdf")
    invoking = next(p for p in document.paragraphs if p.section.startswith("3.1 Invoking asn1Parser"))
    assert (invoking.page, invoking.page_label) == (8, "5")
    assert any("Copyright" in document.text[p.start : p.end] for p in document.paragraphs if p.role == "furniture")


def test_names_signed_with_an_address_at_the_head_are_the_authors(tmp_path: Path) -> None:
    faq = load_document(REAL / "w3m-FAQ.html")
    assert [(a.value, faq.text[a.start : a.end]) for a in faq.metadata.authors] == [
        ("Akinori Ito", "Akinori Ito"),
        ("Tom Berger", "Tom Berger"),
    ]
    story = tmp_path / "story.txt"
    story.write_text(
        "History of the pager\n\n1999/6/11 translated into English Akinori Ito aito@example.org\n\n"
        "The pager was written in 1995 and grew into a browser over the following years, one table at a time.\n\n"
        "Report bugs to Jane Roe jane@example.org if you find any.\n",
        encoding="utf-8",
    )
    assert [a.value for a in load_document(story).metadata.authors] == ["Akinori Ito"]
