"""Text an older HTML page writes outside any paragraph is read (documents/formats/html_loose_text.py)."""

from __future__ import annotations

from pathlib import Path

from askdoc.documents.formats.html_loose_text import with_loose_text_wrapped
from askdoc.documents.loader import load_document

REAL = Path(__file__).parents[1] / "fixtures" / "real"

# The shape of w3m's STORY.html (1999): the introduction is bare text in <body>, between a heading and a list.
STORY = """<html><head><title>History of w3m</title></head><body>
<h1>History of w3m</h1>
<h2>Introduction</h2>
W3m is a text-based pager and WWW browser.
It is similar application to the famous text-based
browser <a href="http://www.lynx.browser.org/">Lynx</a>.
However, w3m has several advantages against Lynx. For example,
<UL>
<LI>W3m can render tables.
<LI>W3m can render frame (by converting frame into table).
</UL>
etc. It is also a great advantage that Lynx has a lot of documentation.
<P>I don't intend w3m to be a substitute of any other browsers, including Netscape and Lynx.
</body></html>"""


def test_a_run_of_bare_text_with_its_links_becomes_a_paragraph() -> None:
    wrapped = with_loose_text_wrapped(STORY)
    assert "<p>\nW3m is a text-based pager and WWW browser." in wrapped
    assert '<a href="http://www.lynx.browser.org/">Lynx</a>.\nHowever' in wrapped
    assert "<p>\netc. It is also a great advantage" in wrapped
    assert wrapped.count("<li>") == 2  # lists stay lists


def test_the_page_s_first_sentence_is_read(tmp_path: Path) -> None:
    page = tmp_path / "STORY.html"
    page.write_text(STORY, encoding="utf-8")
    text = load_document(page).text
    assert "W3m is a text-based pager and WWW browser. It is similar application to the famous text-based browser Lynx." in text
    assert "etc. It is also a great advantage that Lynx has a lot of documentation." in text


def test_a_quotation_s_bare_text_is_read() -> None:
    """The Brazil page quotes Mega Não's manifesto as text directly in a <blockquote>."""
    text = load_document(REAL / "globalvoices-brazil-digital-crimes-bill.html").text
    assert "Mega Não's aim is to be a meta manifesto" in text


def test_a_page_without_loose_text_is_given_back_unchanged() -> None:
    page = "<html><body><h1>T</h1><p>One paragraph.</p><ul><li>item</li></ul></body></html>"
    assert with_loose_text_wrapped(page) is page
    assert "<p>x</p>" in with_loose_text_wrapped("<?xml version='1.0' encoding='utf-8'?><html><body>x</body></html>")
    assert with_loose_text_wrapped("") == ""
