"""Text that an older HTML page writes straight into <body> or a <div>, outside any paragraph, put into one.

trafilatura reads paragraphs, list items, headings and table cells; a run of text between two blocks
that no <p> holds (w3m's STORY.html: "W3m is a text-based pager and WWW browser. … For example," above a
<UL>) is dropped, and with it the sentence a reader meets first. Each such run, with the inline elements
inside it (<a>, <b>, <code> …), becomes a <p> of its own before trafilatura reads the page.
"""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

# Elements that stay inside a run of text; any other element ends the run.
_INLINE = frozenset(
    {"a", "abbr", "b", "big", "br", "cite", "code", "em", "font", "i", "img", "kbd", "q", "s", "samp", "small", "span",
     "strike", "strong", "sub", "sup", "tt", "u", "var"}
)
# The containers whose loose text is wrapped; lists, tables and paragraphs are trafilatura's own blocks.
_PARSER = lxml_html.HTMLParser(encoding="utf-8")
_CONTAINERS = frozenset(["body", "div", "center", "blockquote", "section", "article", "main"])


def with_loose_text_wrapped(page: str) -> str:
    """``page`` with every run of loose text in a container wrapped in a <p>; unchanged when it has none or does not
    parse."""
    try:  # as bytes: lxml refuses a str that declares its encoding (XHTML's <?xml … encoding="utf-8"?>)
        root = lxml_html.document_fromstring(page.encode("utf-8"), parser=_PARSER)
    except (ValueError, etree.ParserError):
        return page
    body = root.find("body")
    if body is None or not _wrap(body):
        return page
    return etree.tostring(root, encoding="unicode", method="html")


def _wrap(container: etree._Element) -> bool:
    """Wrap the loose runs of ``container`` and of the containers inside it; whether any was found."""
    found = False
    pieces: list[str | etree._Element] = [container.text or ""]
    for child in list(container):
        pieces.extend([child, child.tail or ""])
        child.tail = None
        container.remove(child)
    container.text = None
    paragraph: etree._Element | None = None
    for piece in pieces:
        if isinstance(piece, str) or (isinstance(piece.tag, str) and piece.tag.lower() in _INLINE):
            if isinstance(piece, str) and not piece.strip() and paragraph is None:
                continue
            if paragraph is None:
                paragraph = etree.SubElement(container, "p")
            found |= _append(paragraph, piece)
        else:
            paragraph = None
            container.append(piece)
            if isinstance(piece.tag, str) and piece.tag.lower() in _CONTAINERS:
                found |= _wrap(piece)
    return found


def _append(paragraph: etree._Element, piece: str | etree._Element) -> bool:
    """Add text or an inline element to the end of ``paragraph``; whether it holds words."""
    if not isinstance(piece, str):
        paragraph.append(piece)
        return bool("".join(piece.itertext()).strip())
    if len(paragraph):
        paragraph[-1].tail = (paragraph[-1].tail or "") + piece
    else:
        paragraph.text = (paragraph.text or "") + piece
    return bool(piece.strip())
