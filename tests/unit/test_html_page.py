"""An HTML page's title, site, byline, date and licence lines are read into its text (formats/html_page.py)."""

from __future__ import annotations

from pathlib import Path

from askdoc.documents.loader import load_document
from askdoc.documents.metadata_lines import BYLINE, DATE

REAL = Path(__file__).parents[1] / "fixtures" / "real"


def _located(document, field) -> str:
    return document.text[field.start : field.end]


def test_a_news_page_states_its_title_byline_date_and_licence() -> None:
    page = load_document(REAL / "globalvoices-brazil-digital-crimes-bill.html")
    metadata = page.metadata
    assert page.title == "Brazil: Amplified conversations to fight the Digital Crimes Bill"
    assert _located(page, metadata.title) == page.title
    assert [_located(page, author) for author in metadata.authors] == ["Diego Casaes"]
    assert _located(page, metadata.date) == "June 11th, 2009"
    head = [page.text[p.start : p.end] for p in page.paragraphs[:3]]
    assert head == ["Global Voices Online", "Thursday, June 11th, 2009 @ 10:57 UTC", "by Diego Casaes"]
    assert [p.role for p in page.paragraphs[:3]] == ["metadata", "metadata", "metadata"]
    assert _located(page, metadata.publisher) == "Global Voices Online"
    last = page.paragraphs[-1]
    assert page.text[last.start : last.end] == "This site is licensed under a Creative Commons Attribution 3.0 License"
    assert last.role == "furniture"
    assert metadata.licence.value == "Creative Commons Attribution 3.0 License"
    assert metadata.licence.start > last.start and metadata.licence.end == last.end


def test_documentation_pages_gain_no_invented_lines() -> None:
    zipapp = load_document(REAL / "python-zipapp.html")
    assert zipapp.text.startswith("zipapp — Manage executable Python zip archives\n\nNew in version 3.5.")
    assert zipapp.metadata.authors == ()
    maintain = load_document(REAL / "gnu-maintain.html")
    assert _located(maintain, maintain.metadata.date) == "February 26, 2022"


def test_bylines_and_dates_as_pages_write_them() -> None:
    assert BYLINE.match("Posted by Diego Casaes").group(1) == "Diego Casaes"
    assert [DATE.search(s).group(0) for s in ("Thursday, June 11th, 2009 @ 10:57 UTC", "on 3rd March 2021")] == [
        "June 11th, 2009",
        "3rd March 2021",
    ]


def test_names_the_page_marks_as_its_authors_are_its_authors(tmp_path: Path) -> None:
    body = " ".join(f"Sentence {n} says how the system allocates its users and groups, one by one." for n in range(12))
    page = tmp_path / "users.html"
    page.write_text(
        "<html><head><title>Users and Groups</title></head><body><div class='titlepage'>"
        "<h1 class='TITLE'>Users and Groups</h1><h3 class='AUTHOR'><a name='a'></a>Joey Hess</h3>"
        "<h3 class='AUTHOR'>Colin Watson</h3></div><div class='content'>"
        f"<p>{body}</p><p>{body}</p></div></body></html>",
        encoding="utf-8",
    )
    document = load_document(page)
    assert [_located(document, author) for author in document.metadata.authors] == ["Joey Hess", "Colin Watson"]


def test_the_articles_own_footer_names_its_author() -> None:
    page = load_document(REAL / "v8-emscripten-standalone-wasm.html")
    assert [_located(page, author) for author in page.metadata.authors] == ["Alon Zakai"]
    byline = next(p for p in page.paragraphs if page.text[p.start : p.end] == "Posted by Alon Zakai.")
    assert byline.role == "metadata"
