"""Each format to clean text with sections (and pages), the format told by content, stdin, folders."""

from __future__ import annotations

import io
import socket
from pathlib import Path

import pytest

from askdoc.documents.formats.text import parse_text
from askdoc.documents.loader import expand_documents, load_document, text_format
from askdoc.errors import AskdocError
from askdoc.index.chunker import chunk_document
from askdoc.locations import bundled_article
from golden_documents import golden_lines, outline
from pdf_writer import pdf_bytes

FIXTURES = Path(__file__).parent / "fixtures"


def bodies(document) -> list[tuple[str, str]]:
    return [(document.text[p.start : p.end], p.section) for p in document.paragraphs]


@pytest.mark.parametrize(
    "path",
    [bundled_article(), *(FIXTURES / "mixed" / name for name in ("bread.txt", "bridge.md", "garden.html", "report.pdf"))],
    ids=lambda path: path.name,
)
def test_documents_read_as_their_golden_outline(path: Path) -> None:
    assert outline(load_document(path)) == golden_lines(path.name.replace(".", "-"), outline(load_document(path)))


def test_the_bundled_article_has_no_pages() -> None:
    assert {p.page for p in load_document(bundled_article()).paragraphs} == {None}


def test_markdown_is_parsed_to_plain_paragraphs_under_its_headings(tmp_path: Path) -> None:
    source = tmp_path / "bridge.md"
    source.write_text(
        "---\ntitle: ignored\n---\n# Harbour Bridge\n\nThe **bridge** opened in [1932](http://example.org) at a cost of \\$8\n"
        "million, after *eight* years.\n\n## Facts\n\n- It carries `trains`.\n- Its ![arch](a.png) spans 503 metres.\n\n"
        '```python\nprint("hi")\n```\n\n| Part | Metres |\n|---|---|\n| arch | 503 |\n\n> Quoted *words* here.\n',
        encoding="utf-8",
    )
    document = load_document(source)
    assert document.title == "Harbour Bridge"
    assert bodies(document) == [
        ("The bridge opened in 1932 at a cost of $8 million, after eight years.", "Harbour Bridge"),
        ("It carries trains.", "Facts"),
        ("Its arch spans 503 metres.", "Facts"),
        ('print("hi")', "Facts"),
        ("Part | Metres", "Facts"),
        ("arch | 503", "Facts"),
        ("Quoted words here.", "Facts"),
    ]


def test_html_keeps_the_main_text_and_its_headings() -> None:
    document = load_document(FIXTURES / "mixed" / "garden.html")
    assert document.title == "The Botanical Garden"
    assert [section for _, section in bodies(document)] == ["The Botanical Garden", "The glasshouse", "Visiting"]
    for boilerplate in ("Home", "newsletter", "Copyright", "Privacy", "Cookie"):
        assert boilerplate not in document.text
    assert "four thousand orchid species" in bodies(document)[1][0]


def test_html_is_read_without_the_network(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def refuse(*_args) -> None:
        raise OSError("askdoc must not open connections while reading a document")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    page = tmp_path / "page.html"
    garden = (FIXTURES / "mixed" / "garden.html").read_text(encoding="utf-8")
    remote = '<link rel="stylesheet" href="http://example.org/s.css"><script src="http://example.org/a.js"></script>'
    page.write_text(garden.replace("</head>", remote + "</head>").replace("<h2>", '<img src="http://example.org/x.png"><h2>', 1))
    assert "number 12 tram" in load_document(page).text


def test_small_html_without_a_main_text_is_read_whole(tmp_path: Path) -> None:
    source = tmp_path / "snippet.html"
    source.write_text("<p>The key is under the mat.</p><p>The cat is called Tom.</p>", encoding="utf-8")
    assert [body for body, _ in bodies(load_document(source))] == ["The key is under the mat.", "The cat is called Tom."]


def test_pdf_keeps_pages_headings_and_paragraphs() -> None:
    document = load_document(FIXTURES / "mixed" / "report.pdf")
    assert document.title == "Gull Rock Lighthouse"
    assert [(p.page, p.section) for p in document.paragraphs] == [
        (1, "Gull Rock Lighthouse"),
        (1, "Gull Rock Lighthouse"),
        (2, "The storm log"),
        (2, "The storm log"),
    ]
    assert document.text[document.paragraphs[2].start :].startswith("In 1987 the keeper recorded two hundred and twelve storms")
    assert [chunk.page for chunk in chunk_document(document)] == [1, 1, 2, 2]


def test_pdf_drops_page_numbers_and_running_heads_and_joins_a_paragraph_across_pages(tmp_path: Path) -> None:
    pages = [
        [("p", "Annual Report"), ("p", f"Fact number {n} is that the harbour froze in winter {1900 + n}."), ("p", str(n))]
        for n in range(1, 4)
    ]
    pages[1][1] = ("p", "The ferry stopped running when the ice was thicker than")
    pages[2][1] = ("p", "ten centimetres, which happened in nineteen winters.")
    source = tmp_path / "report.pdf"
    source.write_bytes(pdf_bytes(pages))
    document = load_document(source)
    assert [body for body, _ in bodies(document)] == [
        "Fact number 1 is that the harbour froze in winter 1901.",
        "The ferry stopped running when the ice was thicker than ten centimetres, which happened in nineteen winters.",
    ]
    assert [p.page for p in document.paragraphs] == [1, 2]


def test_committed_fixture_pdf_is_what_the_writer_makes() -> None:
    from fixtures.make_report_pdf import REPORT_PAGES

    assert (FIXTURES / "mixed" / "report.pdf").read_bytes() == pdf_bytes(REPORT_PAGES)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("page.txt", "<!DOCTYPE html><html><body><p>Hi.</p></body></html>", "html"),
        ("notes", "# Title\n\nSome text.", "markdown"),
        ("notes", "<div><p>Tagged text.</p></div>", "html"),
        ("notes", "Plain words only.\n\nMore words.", "text"),
        ("notes.txt", "# Title\n\nSome text.", "text"),
        ("notes.md", "Plain words only.", "markdown"),
    ],
)
def test_format_is_told_by_content_then_extension(name: str, content: str, expected: str) -> None:
    assert text_format(content, Path(name)) == expected


def test_a_pdf_by_any_name_is_read_as_pdf(tmp_path: Path) -> None:
    disguised = tmp_path / "report.txt"
    disguised.write_bytes(pdf_bytes([[("p", "The tide tables are printed every May.")]]))
    assert load_document(disguised).paragraphs[0].page == 1


def test_standard_input_is_a_document(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"# Minutes\n\nThe meeting moved to **Tuesday**.\n")))
    document = load_document("-")
    assert document.path == "standard input" and document.title == "Minutes"
    assert bodies(document) == [("The meeting moved to Tuesday.", "Minutes")]


def test_folders_expand_to_their_readable_documents(tmp_path: Path) -> None:
    (tmp_path / "docs" / "deep").mkdir(parents=True)
    (tmp_path / "docs" / ".hidden").mkdir()
    for name in (
        "docs/a.md",
        "docs/deep/b.pdf",
        "docs/c.html",
        "docs/photo.png",
        "docs/.hidden/d.txt",
        "docs/.e.txt",
        "docs/f.TXT",
    ):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = expand_documents([tmp_path / "docs", tmp_path / "docs" / "a.md"])
    assert [path.relative_to(tmp_path / "docs").as_posix() for path in found] == ["a.md", "c.html", "deep/b.pdf", "f.TXT"]
    (tmp_path / "empty").mkdir()
    with pytest.raises(AskdocError, match=r"empty holds no document askdoc can read \(plain text \(\.txt\), Markdown"):
        expand_documents([tmp_path / "empty"])


def test_a_text_of_only_heading_like_lines_keeps_them_as_its_text() -> None:
    # Hypothesis found "A" / "0" (one wrapped paragraph) over "AAA" read as two headings and refused as having no text.
    document = parse_text("A\n0\n\nAAA\n\n", path="any.txt", sha256="x")
    assert document.text.split() == ["A", "0", "AAA"] and len(document.paragraphs) == 2
