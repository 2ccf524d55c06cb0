"""HTML: the main text by trafilatura (navigation, footers and other boilerplate dropped), headings kept.

Inline code, links and emphasis stay inside their sentence; the page title opens the text;
trafilatura's title, author, date and site name are the metadata hints; the page's own title heading,
byline, date and licence lines are read back into the text (html_page.py).
bench/html_extraction.py measured the choice on the corpus pages.

trafilatura works on the string it is given and fetches nothing. A page too small for its
main-text detection is read whole instead, as plain text. Text an older page writes outside any
paragraph is put into one first (html_loose_text.py), since trafilatura drops it; permalink anchors are removed
first (html_permalinks.py), since trafilatura drops a short term that holds one. A page whose headings stand in
<body> itself is read as one <article> (html_bare_body.py), since trafilatura's fallback drops headings.
"""

from __future__ import annotations

import logging

from askdoc.documents.formats.blocks import Block, assemble
from askdoc.documents.formats.html_bare_body import with_bare_body_as_article
from askdoc.documents.formats.html_loose_text import with_loose_text_wrapped
from askdoc.documents.formats.html_page import page_lines
from askdoc.documents.formats.html_permalinks import without_permalinks
from askdoc.documents.formats.text import parse_text
from askdoc.documents.roles import assign_roles
from askdoc.types import Document

_PARAGRAPH_TAGS = frozenset({"p", "item", "quote", "code"})
_NAME_MAX_WORDS = 6
# Inside a paragraph, <code> is inline: its words and the words after it stay in the sentence.
_BLOCK_TAGS = frozenset({"p", "item", "quote", "list", "table"})
_CONTAINER_TAGS = frozenset({"list", "table", "div", "main", "doc"})
# Permalink signs that documentation generators put after a heading or a term (Sphinx "¶").
_ANCHORS = "¶#🔗 "


def parse_html(text: str, path: str, sha256: str) -> Document:
    import trafilatura
    from lxml import etree

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    extracted = trafilatura.extract(
        with_bare_body_as_article(with_loose_text_wrapped(without_permalinks(text))),
        output_format="xml",
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        favor_recall=True,
    )
    blocks: list[Block] = []
    title = None
    hints: dict[str, str] = {}
    if extracted:
        root = etree.fromstring(extracted.encode("utf-8"))
        for line_break in root.iter("lb"):
            line_break.tail = " " + (line_break.tail or "")
        title = root.get("title")
        main = root.find("main")
        terms: list[Block] = []
        _collect(main if main is not None else root, blocks, terms)
        blocks = _terms_joined(blocks, terms)
        hints = {key: value.rstrip(_ANCHORS) for key in ("title", "author", "date", "sitename") if (value := root.get(key))}
    if not any(not block.heading for block in blocks):
        return parse_text(trafilatura.html2txt(text) or "", path, sha256)
    title = title.rstrip(_ANCHORS) if title else title
    page = page_lines(text, title, " ".join(block.text for block in blocks))
    if page.title:
        title = hints["title"] = page.title
    if page.site:
        hints["sitename"] = page.site
    if page.authors and "author" not in hints:
        hints["author"] = "; ".join(page.authors)
    if title and not (blocks[0].heading and blocks[0].text == title):
        blocks.insert(0, Block(title, heading=True))
    blocks[1:1] = [Block(line, role="metadata") for line in ((page.site,) if page.site else ()) + page.head]
    if page.licence:
        blocks.append(Block(page.licence, role="furniture"))
    assign_roles(blocks)
    return assemble(blocks, path, sha256, title, _publisher(hints), kind="html")


def _publisher(hints: dict[str, str]) -> dict[str, str]:
    """trafilatura's sitename is the publisher, when it reads as a name (not a stray sentence)."""
    named = {key: value for key, value in hints.items() if key != "sitename" or _is_name(value)}
    return {("publisher" if key == "sitename" else key): value for key, value in named.items()}


def _is_name(text: str) -> bool:
    """A few words, not a sentence nor a navigation line ("Up: Legal Matters [Contents][Index]", gnu-maintain)."""
    return len(text.split()) <= _NAME_MAX_WORDS and not text.rstrip().endswith(("?", ".", "!")) and not set(text) & set("[]:")


def _collect(element, blocks: list[Block], terms: list[Block]) -> None:
    """Walk trafilatura's XML in document order: head is a heading, p/item/quote/code a paragraph, row a line,
    a definition list's term (``item rend="dt-…"``) a term for the description after it."""
    for child in element:
        if child.tag == "head":
            blocks.append(Block(_words(child).rstrip(_ANCHORS), heading=True, level=_level(child.get("rend"))))
        elif child.tag == "item" and (child.get("rend") or "").startswith("dt"):
            terms.append(Block(_words(child).rstrip(_ANCHORS)))
            blocks.append(terms[-1])
        elif child.tag == "row":
            blocks.append(Block(" | ".join(cell for cell in map(_words, child) if cell)))
        elif child.tag in _PARAGRAPH_TAGS and not any(grandchild.tag in _BLOCK_TAGS for grandchild in child):
            blocks.append(Block(_words(child)))
        elif child.tag in _PARAGRAPH_TAGS or child.tag in _CONTAINER_TAGS:
            if child.text and child.text.strip():
                blocks.append(Block(" ".join(child.text.split())))
            _collect(child, blocks, terms)


def _terms_joined(blocks: list[Block], terms: list[Block]) -> list[Block]:
    """A definition list's term (``<dt>``, one of ``terms``) opens the paragraph of its description, on a
    line of its own (text/definitions.py then keeps the two in one sentence); a term alone stays as it is."""
    is_term = {id(term) for term in terms}
    joined: list[Block] = []
    for block in blocks:
        after_term = bool(joined) and id(joined[-1]) in is_term
        if after_term and not block.heading and id(block) not in is_term:
            joined[-1] = Block(f"{joined[-1].text}\n{block.text}")
        else:
            joined.append(block)
    return joined


def _words(element) -> str:
    """The element's text with runs of whitespace (and line breaks) made single spaces."""
    return " ".join("".join(element.itertext()).split())


def _level(rend: str | None) -> int | None:
    """The level trafilatura keeps of a heading (``rend="h2"``), or None."""
    return int(rend[1]) if rend and len(rend) == 2 and rend[0] == "h" and rend[1].isdigit() else None
