"""A list question that names a section of the document is answered by the items that section labels.

"What are the release types?" over Node.js's README, whose "Release types" section is a list of labelled
entries ("Current: Under active development. …", "LTS: Releases that receive Long Term Support …",
"Nightly: …"): a reader expects the labels, each with what the entry says first. The sentences the answer
composer would gather instead are those closest to the question's words, scattered over the section and
the ones around it. Only a section whose heading says just what the question asks for (the same terms),
one section in the index, with at least two labelled entries, is read so; any other list question is
left to the list composers (list_answer.py).
"""

from __future__ import annotations

import re

from askdoc.answer.composer import Composition
from askdoc.answer.contract import MAX_WORDS
from askdoc.answer.entity_list import CONFIDENCE
from askdoc.answer.item_citations import Piece, cite_pieces
from askdoc.answer.list_request import ListRequest
from askdoc.index.document_index import DocumentIndex
from askdoc.text.terms import analyze
from askdoc.types import Chunk, Span

# An entry opening with its label: a few words, then a colon or a dash ("LTS: Releases …", "Current - Under …").
_LABEL = re.compile(r"^\W{0,3}[A-Z0-9][\w.+/()-]*(?: [\w.+/()-]+){0,3}\s*(?::|—|–| - )\s+\S")
MIN_ITEMS = 2
MAX_ITEMS = 8


def section_items(index: DocumentIndex, request: ListRequest) -> Composition | None:
    """The labelled entries of the one section whose heading has the terms of the asked noun phrase, each with its
    first sentence, cited; None when no single such section holds two entries or more."""
    asked = set(analyze(request.phrase))
    if not asked:
        return None
    headings = {c.section for c in index.chunks if c.role == "content" and c.section}
    sections = {heading for heading in headings if set(analyze(heading)) == asked}
    if len(sections) != 1:
        return None
    section = sections.pop()
    entries = [
        (chunk, span)
        for chunk in index.chunks
        if chunk.section == section and chunk.role == "content"
        for span in chunk.sentences
        if _opens_paragraph(index.text, chunk, span) and _LABEL.match(index.text[span.start : span.end])
    ]
    if len(entries) < MIN_ITEMS:
        return None
    pieces, words = [], 0
    for chunk, span in entries[:MAX_ITEMS]:
        text = index.text[span.start : span.end]
        words += len(text.split())
        if pieces and words > MAX_WORDS:
            break
        pieces.append(Piece(text, chunk, span))
    left = len(entries) - len(pieces)
    return cite_pieces(index, pieces, CONFIDENCE, f"and {left} more." if left else "")


def _opens_paragraph(text: str, chunk: Chunk, span: Span) -> bool:
    """Whether the sentence ``span`` of ``chunk`` opens a paragraph (the chunk's start, or a line's)."""
    return span.start == chunk.start or text[max(chunk.start, span.start - 2) : span.start].strip(" \t").endswith("\n")
