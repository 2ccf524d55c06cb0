"""A hand-written page whose headings stand straight in <body>, put into an <article> so its sections are kept.

trafilatura looks for the main text in a container (<article>, <main>, a content <div>); a page without one
(w3m's STORY.html: <h1>, then <h2>Introduction</h2>, text, <h2>The birth of w3m</h2> … all children of <body>) is
read by its fallback, which keeps paragraphs, lists and tables but drops every heading, so the whole essay read as
one section. When <body> holds a heading as a child of its own and the page has no <article> or <main>, the body's
content is moved into one <article>: trafilatura then reads it as the main text, headings included.
"""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_PARSER = lxml_html.HTMLParser(encoding="utf-8")


def with_bare_body_as_article(page: str) -> str:
    """``page`` with its body's content inside an <article> when its headings stand in <body> itself; else unchanged."""
    try:  # as bytes: lxml refuses a str that declares its encoding (XHTML's <?xml … encoding="utf-8"?>)
        root = lxml_html.document_fromstring(page.encode("utf-8"), parser=_PARSER)
    except (ValueError, etree.ParserError):
        return page
    body = root.find("body")
    if body is None or root.find(".//article") is not None or root.find(".//main") is not None:
        return page
    if not any(isinstance(child.tag, str) and child.tag.lower() in _HEADINGS for child in body):
        return page
    article = etree.Element("article")
    article.text, body.text = body.text, None
    for child in list(body):
        article.append(child)
    body.append(article)
    return etree.tostring(root, encoding="unicode", method="html")
