"""The sentences around a quoted one, across passage boundaries: the one before it, the ones after it.

A quoted sentence often leans on its neighbours: "He added that …" names its speaker in the
sentence before, "… stresses:" quotes in the paragraph after. Neighbours are taken within the
same document and from content passages only (furniture is never quoted as an answer).
Chunks of a long paragraph share a sentence at their seam; it is counted once.
"""

from __future__ import annotations

from dataclasses import dataclass

from askdoc.index.document_index import DocumentIndex
from askdoc.types import Chunk, Span


@dataclass(frozen=True)
class Located:
    """A sentence of the document and the chunk it is in."""

    chunk: Chunk
    span: Span


def paragraph_break(text: str, earlier: Span, later: Span) -> bool:
    """Whether a blank line, a paragraph break, stands between ``earlier`` and the ``later`` span after it."""
    return "\n\n" in text[earlier.end : later.start]


def neighbours(index: DocumentIndex, chunk: Chunk, span: Span, before: int, after: int) -> tuple[list[Located], list[Located]]:
    """Up to ``before`` sentences before ``span`` (nearest first) and ``after`` sentences after it (nearest first)."""
    return _walk(index, chunk, span, -1, before), _walk(index, chunk, span, 1, after)


def _walk(index: DocumentIndex, chunk: Chunk, span: Span, step: int, count: int) -> list[Located]:
    """Sentences from ``span`` in direction ``step``; a sentence two chunks share (chunks of a long paragraph
    overlap) is taken once."""
    found: list[Located] = []
    spans = list(chunk.sentences)
    at = spans.index(span) if span in spans else -1
    if at < 0:
        return found
    chunk_id, edge = chunk.chunk_id, span
    while len(found) < count:
        at += step
        if not 0 <= at < len(spans):
            chunk_id += step
            if not 0 <= chunk_id < len(index.chunks):
                break
            following = index.chunks[chunk_id]
            if following.document != chunk.document or following.role != "content" or not following.sentences:
                break
            chunk, spans = following, list(following.sentences)
            at = 0 if step > 0 else len(spans) - 1
        sentence = spans[at]
        if (sentence.end <= edge.start) if step < 0 else (sentence.start >= edge.end):
            found.append(Located(chunk, sentence))
            edge = sentence
    return found
