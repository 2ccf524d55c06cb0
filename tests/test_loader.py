from pathlib import Path

from askdoc.documents.formats.text import parse_text
from askdoc.documents.loader import load_document
from askdoc.documents.markup import clean_inline
from askdoc.locations import bundled_article


def test_inline_markup_is_cleaned() -> None:
    assert clean_inline("named [Mustafa Kadhimi](#) as") == "named Mustafa Kadhimi as"
    assert clean_inline(r"nearly [\\$2 trillion in costs](#)") == "nearly $2 trillion in costs"
    assert clean_inline(r"costs \$5") == "costs $5"
    assert clean_inline("a Syrian-American *award-winning* journalist") == "a Syrian-American award-winning journalist"
    assert clean_inline("Articles by: **[Steven Sahiounie](#)**") == "Articles by: Steven Sahiounie"
    assert clean_inline("*") == "*"


def test_article_paragraphs_slice_back_from_clean_text() -> None:
    document = load_document(bundled_article())
    assert document.title == "A Line in the Sand Is Drawn: The US Military Must Leave Iraq"
    assert "[" not in document.text and "](#)" not in document.text and "\\" not in document.text
    for paragraph in document.paragraphs:
        body = document.text[paragraph.start : paragraph.end]
        assert body == body.strip() and body


def test_broken_paragraphs_are_joined() -> None:
    document = load_document(bundled_article())
    bodies = [document.text[p.start : p.end] for p in document.paragraphs]
    assert any("occupied the country for eight years, withdrawing troops in 2011" in body for body in bodies)
    assert any("Globalization grants permission to cross-post" in body for body in bodies)
    assert not any(body.startswith(("eight years", "permission")) for body in bodies)


def test_headings_become_sections() -> None:
    document = load_document(bundled_article())

    def section_of(opening: str) -> str:
        return next(p.section for p in document.paragraphs if document.text.startswith(opening, p.start))

    assert section_of("On April 19, the President of Iraq named") == "Iraq has a new Prime Minister"
    assert section_of("Two days after the Trump ordered") == "Iraqi Parliament orders US troops out"
    sections = {p.section for p in document.paragraphs}
    assert "Iraq has a new Prime Minister" in sections and "*" not in sections
    assert not any(document.text[p.start : p.end] == "Iraq has a new Prime Minister" for p in document.paragraphs)


def test_markdown_headings_and_crlf(tmp_path: Path) -> None:
    source = tmp_path / "notes.md"
    source.write_bytes(b"# Notes\r\n\r\nIntro line here.\r\n\r\n## Budget\r\n\r\nThe budget is **40** dollars.\r\n")
    document = load_document(source)
    assert document.title == "Notes"
    assert [(document.text[p.start : p.end], p.section) for p in document.paragraphs] == [
        ("Intro line here.", "Notes"),
        ("The budget is 40 dollars.", "Budget"),
    ]


def test_text_without_headings_uses_file_name() -> None:
    document = parse_text("first paragraph, lower case.\n\nSecond one.", path="memo.txt", sha256="x")
    assert document.title == "memo"
    assert [p.section for p in document.paragraphs] == ["", ""]
