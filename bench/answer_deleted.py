"""Reader-style unanswerable questions made from answerable SQuAD ones: the article without its answer.

Readers' unanswerable questions are mostly "the document does not give this value": a number, name
or date it never states, about something it does discuss. An answerable SQuAD question becomes one
when every sentence of its article that holds a gold answer (any occurrence, any of its answers) is
deleted: the question stays on topic, and nothing left answers it.

``without_answers`` derives that document's index from the article's real one: the deleted sentences
leave their chunks (a chunk left with none leaves the index), the chunks they left are embedded again
(section and remaining text, as askdoc indexes a chunk), BM25 and the dense index are rebuilt, and the
deleted characters are blanked in the clean text so that offsets stay those of the article.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

import numpy as np

from askdoc.index.dense import build_dense_index
from askdoc.index.document_index import DocumentIndex
from askdoc.index.lexical import LexicalIndex
from askdoc.index.passage_vectors import indexed_text
from askdoc.index.sentence_vectors import SentenceVectors
from askdoc.text.normalize import contains
from askdoc.types import Chunk, Span

# Re-embeds a chunk's indexed text; the caller may cache (the same chunk loses the same sentences for
# several questions).
ChunkEncoder = Callable[[Sequence[str]], np.ndarray]


def answer_sentences(index: DocumentIndex, answers: Sequence[str]) -> set[Span]:
    """Every sentence of the index that holds one of ``answers`` on whole words."""
    return {
        span
        for chunk in index.chunks
        for span in chunk.sentences
        if any(contains(index.text[span.start : span.end], answer) for answer in answers)
    }


@dataclass(frozen=True)
class Deletion:
    """The article's chunks once the answer sentences are gone: ``rows`` are each kept chunk's sentence rows
    in the article's index, ``old_ids`` its chunk id there, ``changed`` the kept chunks that lost sentences."""

    text: str
    chunks: tuple[Chunk, ...]
    rows: tuple[np.ndarray, ...]
    old_ids: tuple[int, ...]
    changed: tuple[int, ...]

    def texts_to_embed(self) -> list[str]:
        """What askdoc would embed for each chunk that lost sentences."""
        return [indexed_text(self.chunks[i]) for i in self.changed]


def deletion(index: DocumentIndex, answers: Sequence[str]) -> Deletion | None:
    """The article without every sentence that holds an answer; None if nothing is deleted or nothing is left."""
    deleted = answer_sentences(index, answers)
    if not deleted:
        return None
    text = list(index.text)
    for span in deleted:
        text[span.start : span.end] = " " * (span.end - span.start)
    clean = "".join(text)
    chunks: list[Chunk] = []
    rows: list[np.ndarray] = []
    old_ids: list[int] = []
    changed: list[int] = []
    for chunk in index.chunks:
        pairs = zip(chunk.sentences, index.sentence_rows[chunk.chunk_id], strict=True)
        kept = [(span, row) for span, row in pairs if span not in deleted]
        if not kept:
            continue
        if len(kept) < len(chunk.sentences):
            changed.append(len(chunks))
        body = " ".join(clean[span.start : span.end] for span, _ in kept) if len(kept) < len(chunk.sentences) else chunk.text
        chunks.append(replace(chunk, chunk_id=len(chunks), text=body, sentences=tuple(span for span, _ in kept)))
        rows.append(np.array([row for _, row in kept]))
        old_ids.append(chunk.chunk_id)
    return Deletion(clean, tuple(chunks), tuple(rows), tuple(old_ids), tuple(changed)) if chunks else None


def without_answers(index: DocumentIndex, answers: Sequence[str], encode: ChunkEncoder) -> DocumentIndex | None:
    """The index of the article with every sentence holding an answer deleted; None if nothing is deleted
    or nothing is left."""
    cut = deletion(index, answers)
    if cut is None:
        return None
    chunk_vectors = index.chunk_vectors[list(cut.old_ids)].copy()
    if cut.changed:
        chunk_vectors[list(cut.changed)] = encode(cut.texts_to_embed())
    starts = np.cumsum([0] + [len(r) for r in cut.rows])
    return replace(
        index,
        text=cut.text,
        chunks=cut.chunks,
        dense=build_dense_index(chunk_vectors),
        chunk_vectors=chunk_vectors,
        sentence_vectors=SentenceVectors.computed(index.sentence_vectors[np.concatenate(cut.rows)], [len(r) for r in cut.rows]),
        sentence_rows=tuple(range(int(a), int(b)) for a, b in pairwise(starts)),
        lexical=LexicalIndex.build([indexed_text(c) for c in cut.chunks]),
    )
