"""A small real index whose vectors are chosen by hand, so a test sets each sentence's cosine exactly.

The document is parsed and chunked by askdoc, BM25 and FAISS are the real ones; only the
vectors are not the model's: sentence ``i`` is the unit vector on axis ``i`` and a chunk's
vector is the normalised sum of its sentences'. A question vector built by ``question_vector``
then has, with each sentence, exactly the cosine the test gives it.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from askdoc.documents.formats.text import parse_text
from askdoc.index.chunker import chunk_document
from askdoc.index.dense import build_dense_index
from askdoc.index.document_index import DocumentIndex
from askdoc.index.lexical import LexicalIndex
from askdoc.index.manifest import Counts, DocumentRecord, IndexManifest, ModelRecord
from askdoc.index.sentence_vectors import SentenceVectors
from askdoc.index.store import indexed_text
from askdoc.types import Chunk, Passage


def handmade_index(text: str) -> DocumentIndex:
    """The index of ``text`` (plain text, blank lines between paragraphs) with one axis per sentence."""
    document = parse_text(text, "handmade.txt", "0" * 64)
    chunks = chunk_document(document)
    rows, cursor = [], 0
    for chunk in chunks:
        rows.append(range(cursor, cursor + len(chunk.sentences)))
        cursor += len(chunk.sentences)
    sentence_vectors = np.eye(cursor, dtype=np.float32)
    chunk_vectors = np.stack([sentence_vectors[r].sum(axis=0) / np.sqrt(len(r)) for r in rows]).astype(np.float32)
    manifest = IndexManifest(
        documents=(DocumentRecord("handmade.txt", None, document.title, document.sha256, len(document.text)),),
        model=ModelRecord(path="handmade", fingerprint="handmade", dimension=cursor),
        chunking={},
        counts=Counts(paragraphs=len(document.paragraphs), chunks=len(chunks), sentences=cursor),
        dense_index="flat",
    )
    return DocumentIndex(
        folder=Path("handmade"),
        manifest=manifest,
        text=document.text,
        chunks=tuple(chunks),
        dense=build_dense_index(chunk_vectors),
        chunk_vectors=chunk_vectors,
        sentence_vectors=SentenceVectors.computed(sentence_vectors, [len(r) for r in rows]),
        sentence_rows=tuple(rows),
        lexical=LexicalIndex.build([indexed_text(chunk) for chunk in chunks]),
        title=document.title,
        documents=("handmade.txt",),
    )


def question_vector(index: DocumentIndex, cosines: dict[str, float]) -> np.ndarray:
    """A question vector whose cosine with each named sentence is the given one (0 with the others)."""
    vector = np.zeros(index.sentence_vectors.shape[1], dtype=np.float32)
    for sentence, cosine in cosines.items():
        vector[sentence_row(index, sentence)] = cosine
    return vector


def sentence_row(index: DocumentIndex, sentence: str) -> int:
    """The row of ``sentence`` (its exact text) in the sentence vectors."""
    for chunk, rows in zip(index.chunks, index.sentence_rows, strict=True):
        for span, row in zip(chunk.sentences, rows, strict=True):
            if index.text[span.start : span.end] == sentence:
                return row
    raise KeyError(sentence)


def chunk_of(index: DocumentIndex, sentence: str) -> Chunk:
    """The chunk that holds ``sentence``."""
    return next(chunk for chunk in index.chunks if sentence in chunk.text)


def passages(*chunks: Chunk) -> tuple[Passage, ...]:
    """The chunks as retrieved passages, in the given order (scores play no part in composing)."""
    return tuple(Passage(chunk, 1.0 - rank / 10) for rank, chunk in enumerate(chunks))
