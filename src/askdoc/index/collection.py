"""One index over several documents, put together in memory from each document's own index.

Each document keeps its own folder (so changing one re-embeds only it, and `askdoc rm`
drops one); a collection joins their clean texts, shifts and renumbers their chunks,
stacks their vectors into one dense index (flat or HNSW by size, as for one document) and
scores BM25 over all passages at once. Its manifest lists every document and is not written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

from askdoc.documents.formats.blocks import SEPARATOR
from askdoc.index.dense import HNSW_THRESHOLD, build_dense_index, index_kind
from askdoc.index.document_index import DocumentIndex
from askdoc.index.lexical import LexicalIndex
from askdoc.index.manifest import Counts, IndexManifest
from askdoc.index.sentence_vectors import SentenceVectors
from askdoc.index.store import indexed_text
from askdoc.types import Chunk, Span

_TITLE_NAMES = 3


def merge_indexes(indexes: Sequence[DocumentIndex], folder: Path, hnsw_threshold: int = HNSW_THRESHOLD) -> DocumentIndex:
    """The collection of ``indexes``; a citation from it names its document and keeps its offsets.

    Its dense index is HNSW from ``hnsw_threshold`` passages, like a single document's.
    """
    names = distinct_names(indexes)
    chunks: list[Chunk] = []
    rows: list[range] = []
    offset = sentence_offset = 0
    for index, name in zip(indexes, names, strict=True):
        for chunk in index.chunks:
            chunks.append(_shifted(chunk, len(chunks), offset, name))
        rows.extend(range(row.start + sentence_offset, row.stop + sentence_offset) for row in index.sentence_rows)
        sentence_offset += len(index.sentence_vectors)
        offset += len(index.text) + len(SEPARATOR)
    chunk_vectors = np.vstack([index.chunk_vectors for index in indexes])
    first = indexes[0].manifest
    manifest = IndexManifest(
        documents=tuple(document for index in indexes for document in index.manifest.documents),
        model=first.model,
        chunking=first.chunking,
        counts=Counts(
            paragraphs=sum(index.manifest.counts.paragraphs for index in indexes),
            chunks=len(chunks),
            sentences=sentence_offset,
        ),
        dense_index=index_kind(len(chunks), hnsw_threshold),
    )
    return DocumentIndex(
        folder=folder,
        manifest=manifest,
        text=SEPARATOR.join(index.text for index in indexes),
        chunks=tuple(chunks),
        dense=build_dense_index(chunk_vectors, hnsw_threshold),
        chunk_vectors=chunk_vectors,
        sentence_vectors=SentenceVectors.joined([index.sentence_vectors for index in indexes]),
        sentence_rows=tuple(rows),
        lexical=LexicalIndex.build([indexed_text(chunk) for chunk in chunks]),
        title=_title(names),
        documents=tuple(names),
    )


def distinct_names(indexes: Sequence[DocumentIndex]) -> list[str]:
    """Each document's file name, or its full path where two share a name."""
    names = [index.documents[0] for index in indexes]
    repeated = {name for name, count in Counter(names).items() if count > 1}
    return [
        (index.manifest.document.path or name) if name in repeated else name
        for index, name in zip(indexes, names, strict=True)
    ]


def _shifted(chunk: Chunk, chunk_id: int, offset: int, name: str) -> Chunk:
    return replace(
        chunk,
        chunk_id=chunk_id,
        start=chunk.start + offset,
        end=chunk.end + offset,
        sentences=tuple(Span(span.start + offset, span.end + offset) for span in chunk.sentences),
        document=name,
        document_start=offset,
    )


def _title(names: list[str]) -> str:
    shown = ", ".join(names[:_TITLE_NAMES])
    return shown if len(names) <= _TITLE_NAMES else f"{shown} and {len(names) - _TITLE_NAMES} more"
