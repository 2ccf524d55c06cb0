"""The document's sentences as the index stores them: each once, in order, with its vector row and chunk.

``content_sentences`` keeps the sentences of content passages: the index stores each chunk's
role (documents/roles.py), so headings, metadata lines and furniture (share prompts,
copyright, disclaimers, image credits) are left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from askdoc.index.document_index import DocumentIndex
from askdoc.types import Chunk, Span


@dataclass(frozen=True)
class IndexedSentence:
    """One sentence of the document: its span, its row in the sentence vectors and its chunk."""

    span: Span
    row: int
    chunk: Chunk


def document_sentences(index: DocumentIndex) -> list[IndexedSentence]:
    """Every sentence of the index once (chunks may overlap), in document order."""
    seen: dict[Span, IndexedSentence] = {}
    for chunk in index.chunks:
        rows = index.sentence_rows[chunk.chunk_id]
        for span, row in zip(chunk.sentences, rows, strict=False):
            seen.setdefault(span, IndexedSentence(span, row, chunk))
    return sorted(seen.values(), key=lambda s: s.span.start)


def content_sentences(index: DocumentIndex) -> list[IndexedSentence]:
    """The document's sentences that are content, in order."""
    return [s for s in document_sentences(index) if s.chunk.role == "content"]
