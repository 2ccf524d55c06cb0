"""Entity lists: the distinct people, organisations, countries, dates, numbers or section headings of the
whole document, in document order, each cited to the sentence (or section) it came from.

The scan reads every content sentence of the index (furniture and metadata lines left out,
documents/roles.py), not only the retrieved passages: "Which people are named?" is about the
document. The answer is one "- item [n]" line per item, at most ``MAX_ITEMS`` of them, then
"and N more." when the list is cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from askdoc.answer.composer import Composition
from askdoc.answer.contract import MAX_WORDS
from askdoc.answer.document_sentences import content_sentences
from askdoc.answer.entity_scan import YEAR, Found, countries, country_of, scan, vocabulary
from askdoc.answer.item_citations import Piece, cite_pieces
from askdoc.answer.list_request import ListRequest
from askdoc.index.document_index import DocumentIndex
from askdoc.types import Chunk, Span

MAX_ITEMS = 8
# The probability that a listed item is right: bench/lists.py, item precision .74 over the gold lists of
# eval/lists/real_items.json (4 documents of tests/fixtures/real, 14 questions).
CONFIDENCE = 0.74
_NEAR = 40  # characters either side of an item read for its qualifier: about six words


@dataclass(frozen=True)
class ListItem:
    """One item of a list answer: its text and where it was found (its chunk, the sentence or none)."""

    text: str
    chunk: Chunk
    span: Span | None


def list_items(index: DocumentIndex, request: ListRequest, question: str = "") -> list[ListItem]:
    """The distinct items of the requested type, in document order, without the excluded ones."""
    if request.item_type is None:
        return []
    if request.item_type == "heading":
        return _headings(index)
    sentences = content_sentences(index)
    words = vocabulary(index.text[s.span.start : s.span.end] for s in sentences)
    excluded = _excluded(request)
    years = set(YEAR.findall(question)) if request.item_type == "date" else set()
    places = {c for word in request.phrase.split() if (c := country_of(word))} if request.item_type == "person" else set()
    items: dict[str, ListItem] = {}
    for sentence in sentences:
        text = index.text[sentence.span.start : sentence.span.end]
        for found in scan(request.item_type, text, words):
            if found.key in excluded or found.text.lower() in excluded:
                continue
            if years and (stated := set(YEAR.findall(found.text))) and not stated & years:
                continue
            if places and not places & _countries_near(text, found):
                continue
            known = items.get(found.key)
            if known is None:
                items[found.key] = ListItem(found.text, sentence.chunk, sentence.span)
            elif len(found.text) > len(known.text) and request.item_type == "person":
                items[found.key] = ListItem(found.text, known.chunk, known.span)
    return list(items.values())


def compose_list(index: DocumentIndex, request: ListRequest, question: str) -> Composition | None:
    """The cited list of the items asked for; None when the document holds none of them."""
    items = list_items(index, request, question)
    if not items:
        return None
    shown = _within_words(items[:MAX_ITEMS])
    tail = f"and {len(items) - len(shown)} more." if len(items) > len(shown) else ""
    return cite_pieces(index, [Piece(item.text, item.chunk, item.span) for item in shown], CONFIDENCE, tail)


def _countries_near(sentence: str, found: Found) -> set[str]:
    """The countries named (or whose people are named) just before or after an item: "US Ambassador Matthew
    Tueller", "Paul Bremer, the American …"."""
    window = sentence[max(0, found.start - _NEAR) : found.start] + " " + sentence[found.end : found.end + _NEAR]
    return {country for word in re.findall(r"[A-Z][\w.]*", window) if (country := country_of(word.rstrip(".")))}


def _within_words(items: list[ListItem]) -> list[ListItem]:
    """The first items whose lines fit the contract's word limit (with room for "and N more.")."""
    kept, words = [], 3
    for item in items:
        words += 1 + len(item.text.split())
        if words > MAX_WORDS:
            break
        kept.append(item)
    return kept


def _headings(index: DocumentIndex) -> list[ListItem]:
    """The document's section headings in order (its title left out), each cited to the section's first content passage."""
    items: dict[str, ListItem] = {}
    for chunk in index.chunks:
        if chunk.role == "content" and chunk.section and chunk.section != index.title and chunk.section not in items:
            items[chunk.section] = ListItem(chunk.section, chunk, None)
    return list(items.values())


def _excluded(request: ListRequest) -> set[str]:
    """The excluded items with every other way of writing them ("the US": also "United States", "America")."""
    names = {alias.lower(): name.lower() for alias, name in countries().items()}
    canonical = {names.get(item, item) for item in request.excluded}
    return set(request.excluded) | canonical | {alias for alias, name in names.items() if name in canonical}
