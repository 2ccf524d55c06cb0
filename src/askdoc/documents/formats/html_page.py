"""What an HTML page says about its article around the main text: its title, byline, date and licence.

trafilatura keeps the main text and drops the lines around it, so a reader's "Who wrote this?",
"When was it published?" and "Can I republish it?" had nothing in the text to answer from
(and a site whose one ``<h1>`` is its name got that name as the title). Read as a reader sees
the page, in the way trafilatura's metadata reading looks for them:

- the title is the longest heading (h1-h3) that the ``<title>`` names, whole or as one of its
  parts ("Site » Article title", "Article title | Site"); else trafilatura's;
- the byline and date are the short lines between that heading and the main text that name an
  author ("by …", "Posted by …") or a date ("Thursday, June 11th, 2009 @ 10:57 UTC");
- the site is the part of the ``<title>`` at either end that the title heading does not hold
  ("Global Voices Online" of "Global Voices Online » Brazil: …"): the publisher;
- the licence is the text around a ``rel="license"`` link ("This site is licensed under a
  Creative Commons Attribution 3.0 License").

These lines go into the clean text (title, site and byline lines at the top, the licence line at
the end as furniture), so a metadata answer cites the line a value came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from askdoc.documents.metadata_lines import BYLINE, DATE

# <title> parts are separated by one of these between spaces ("Global Voices Online » Brazil: …").
_TITLE_SEPARATOR = re.compile(r"\s+[|»«·•–—~/:-]\s+|\s+::\s+")
_HEADINGS = ("h1", "h2", "h3")
# A byline or date line is short (GV: "by Diego Casaes", "Thursday, June 11th, 2009 @ 10:57 UTC");
# the elements between a title and its text are few (GV: 4 after the title heading, Sphinx: 2).
_LINE_MAX_WORDS = 15
_MAX_ELEMENTS = 40
_MAX_LINES = 3
_LINE_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "span", "time", "address", "li", "small", "dd", "dt"})
_BLOCK_TAGS = frozenset(
    {"div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "section", "article", "header"}
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "form", "select", "option", "button", "nav"})
_LICENCE_MAX_WORDS = 40
# A site's name is short (GV: "Global Voices Online", Sphinx: "Python 3.11.2 documentation").
_SITE_MAX_WORDS = 6
_BREAK = "\u2028"
# A class or itemprop that marks the page's author (not "comment-author": a commenter), and a name's length.
_AUTHOR_MARKS = frozenset({"author", "authors", "post-author", "entry-author", "article-author"})
_NAME_MAX_WORDS = 5


@dataclass(frozen=True)
class PageLines:
    """The page's title (None: keep trafilatura's), its byline and date lines, its licence line and its site name."""

    title: str | None
    head: tuple[str, ...]
    licence: str | None
    site: str | None = None
    authors: tuple[str, ...] = ()


def page_lines(html: str, extracted_title: str | None, main_text: str) -> PageLines:
    """The lines a reader sees around the article of ``html`` that ``main_text`` (the extracted text) lacks."""
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return PageLines(None, (), None)
    heading, title = _title_heading(tree, extracted_title)
    head = _head_lines(heading, main_text) if heading is not None else ()
    if heading is not None and not any(BYLINE.match(line) for line in head):
        head += _footer_byline(heading)
    authors = _marked_authors(heading) if heading is not None else ()
    head += tuple(author for author in authors if author not in head)
    return PageLines(title, head, _licence(tree, main_text), _site(tree, title), authors)


def _words(element) -> str:
    return " ".join(element.text_content().split())


def _title_heading(tree, extracted: str | None):
    """The heading that the <title> names (the longest such), and its text; (None, None) when there is none."""
    element = tree.find(".//title")
    page_title = _words(element) if element is not None else ""
    if not page_title:
        return None, None
    named = {page_title, *(part.strip() for part in _TITLE_SEPARATOR.split(page_title))}
    headings = [h for h in tree.iter(*_HEADINGS) if _words(h) in named or (extracted and _words(h) == extracted)]
    if not headings:
        return None, None
    best = max(headings, key=lambda h: len(_words(h)))
    return best, _words(best)


def _site(tree, heading: str | None) -> str | None:
    """The site's name: the first or last part of the <title> that the title heading does not hold."""
    element = tree.find(".//title")
    parts = [part.strip() for part in _TITLE_SEPARATOR.split(_words(element))] if element is not None else []
    if heading is None or len(parts) < 2:
        return None
    named = [part for part in (parts[0], parts[-1]) if part and part not in heading and len(part.split()) <= _SITE_MAX_WORDS]
    return named[0] if named else None


def _head_lines(heading, main_text: str) -> tuple[str, ...]:
    """Byline and date lines in the elements after ``heading``, up to the main text."""
    lines: list[str] = []
    taken: list = []
    for count, element in enumerate(heading.xpath("following::*")):
        if count >= _MAX_ELEMENTS or len(lines) >= _MAX_LINES:
            break
        if not isinstance(element.tag, str) or element.tag in _SKIP_TAGS or element.tag not in _LINE_TAGS:
            continue
        if any(ancestor in taken for ancestor in element.iterancestors()):
            continue
        if any(child.tag in _BLOCK_TAGS for child in element.iterdescendants() if isinstance(child.tag, str)):
            continue
        text = _words(element)
        if not text:
            continue
        if text in main_text and len(text.split()) > 3:
            break  # the main text has begun
        if len(text.split()) <= _LINE_MAX_WORDS and (BYLINE.match(text) or DATE.search(text)) and text not in lines:
            lines.append(text)
            taken.append(element)
    return tuple(lines)


def _footer_byline(heading) -> tuple[str, ...]:
    """The byline of the article's own ``<footer>`` ("Posted by Alon Zakai.", the V8 blog), which trafilatura drops
    with the footer: only in the ``<article>`` that holds the title heading, so a comment's "Posted by" is not read."""
    article = next((a for a in heading.iterancestors() if a.tag == "article"), None)
    if article is None:
        return ()
    for footer in article.iter("footer"):
        for element in footer.iter(*_LINE_TAGS):
            text = _words(element)
            if text and len(text.split()) <= _LINE_MAX_WORDS and BYLINE.match(text):
                return (text,)
    return ()


def _marked_authors(heading) -> tuple[str, ...]:
    """The names the page marks as its authors after its title heading: DocBook's ``class="author"``, schema.org's
    ``itemprop="author"`` (base-passwd's users-and-groups.html: "Joey Hess", "Colin Watson", "David Mandelberg")."""
    names: list[str] = []
    for count, element in enumerate(heading.xpath("following::*")):
        if count >= _MAX_ELEMENTS:
            break
        marks = {*(element.get("class") or "").lower().split(), *(element.get("itemprop") or "").lower().split()}
        if not isinstance(element.tag, str) or not marks & _AUTHOR_MARKS:
            continue
        text = _words(element)
        if text and len(text.split()) <= _NAME_MAX_WORDS and text not in names:
            names.append(text)
    return tuple(names)


def _licence(tree, main_text: str) -> str | None:
    """The sentence around the page's ``rel="license"`` link, unless the main text already has it."""
    for link in tree.iter("a"):
        if "license" not in (link.get("rel") or "").lower().split() or not _words(link):
            continue
        block = next((a for a in link.iterancestors() if a.tag in _BLOCK_TAGS), link)
        text = _link_sentence(block, _words(link))
        if len(text.split()) > _LICENCE_MAX_WORDS:
            text = _words(link)
        return None if text in main_text else text
    return None


def _link_sentence(block, link_text: str) -> str:
    """The lines of ``block`` (broken at ``<br>``) from the start of the link's sentence through the link:
    "This site is licensed under a" / "Creative Commons Attribution 3.0 License" without the next line."""
    for br in block.iter("br"):
        br.tail = _BREAK + (br.tail or "")
    lines = [" ".join(line.split()) for line in block.text_content().split(_BREAK)]
    lines = [line for line in lines if line]
    at = next((i for i, line in enumerate(lines) if link_text in line), len(lines) - 1)
    start = at
    while start > 0 and not lines[start - 1].endswith((".", "!", "?")):
        start -= 1
    return " ".join(lines[start : at + 1])
