"""HTML: the main text by trafilatura (navigation, footers and other boilerplate dropped), headings kept.

trafilatura works on the string it is given and fetches nothing. A page too small for its
main-text detection is read whole instead, as plain text.
"""

from __future__ import annotations

import logging

from askdoc.documents.formats.blocks import Block, assemble
from askdoc.documents.formats.text import parse_text
from askdoc.types import Document

_PARAGRAPH_TAGS = frozenset({"p", "item", "quote", "code"})
_CONTAINER_TAGS = frozenset({"list", "table", "div", "main", "doc"})


def parse_html(text: str, path: str, sha256: str) -> Document:
    import trafilatura
    from lxml import etree

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    extracted = trafilatura.extract(
        text,
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
    if extracted:
        root = etree.fromstring(extracted.encode("utf-8"))
        for line_break in root.iter("lb"):
            line_break.tail = " " + (line_break.tail or "")
        title = root.get("title")
        main = root.find("main")
        _collect(main if main is not None else root, blocks)
    if not any(not block.heading for block in blocks):
        return parse_text(trafilatura.html2txt(text) or "", path, sha256)
    return assemble(blocks, path, sha256, title)


def _collect(element, blocks: list[Block]) -> None:
    """Walk trafilatura's XML in document order: head is a heading, p/item/quote/code a paragraph, row a line."""
    for child in element:
        if child.tag == "head":
            blocks.append(Block(_words(child), heading=True))
        elif child.tag == "row":
            blocks.append(Block(" | ".join(cell for cell in map(_words, child) if cell)))
        elif child.tag in _PARAGRAPH_TAGS and not any(grandchild.tag in _PARAGRAPH_TAGS for grandchild in child):
            blocks.append(Block(_words(child)))
        elif child.tag in _PARAGRAPH_TAGS or child.tag in _CONTAINER_TAGS:
            if child.text and child.text.strip():
                blocks.append(Block(" ".join(child.text.split())))
            _collect(child, blocks)


def _words(element) -> str:
    """The element's text with runs of whitespace (and line breaks) made single spaces."""
    return " ".join("".join(element.itertext()).split())
