"""The document's sentences as the index stores them: each once, in order, with its vector row and chunk.

``is_furniture`` tells the sentences that are not the author's content (share prompts,
copyright, disclaimers, image credits, bylines and other boilerplate). Until the index stores
each block's role (the real-documents issue), it recognises them by generic boilerplate
wording and by being too short to be a statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from askdoc.index.store import DocumentIndex
from askdoc.types import Chunk, Span

_BOILERPLATE = re.compile(
    r"copyright|©|all rights reserved|\bshare\b|subscribe|newsletter|disclaimer|click|\bfollow us\b|"
    r"originally published|original source|featured image|image (credit|by|from)|photo (credit|by)|"
    r"become a member|donate|cookies?|privacy policy|terms of (use|service)|for media inquiries|"
    r"https?://|www\.|\S+@\S+\.\w+|fair use|cross-?post|\bcomment on\b",
    re.I,
)
_MIN_WORDS = 6


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


def is_furniture(index: DocumentIndex, sentence: IndexedSentence) -> bool:
    """Whether the sentence is boilerplate around the content rather than content."""
    text = index.text[sentence.span.start : sentence.span.end]
    return len(text.split()) < _MIN_WORDS or bool(_BOILERPLATE.search(text))


def content_sentences(index: DocumentIndex) -> list[IndexedSentence]:
    """The document's sentences that are content, in order."""
    return [s for s in document_sentences(index) if not is_furniture(index, s)]
