"""Embedding a document's passages and their sentences, a batch of passages at a time, with progress."""

from __future__ import annotations

import numpy as np

from askdoc.embedding.embedder import Encoder
from askdoc.types import BuildProgress, Chunk

# Passages embedded per step: large enough that the model's own batching stays full
# (32 texts a batch, a passage brings about 5 sentences), small enough for a smooth bar.
_PASSAGES_PER_STEP = 64


def indexed_text(chunk: Chunk) -> str:
    """What is embedded and counted by BM25 for a chunk: its section title helps retrieval, then its text."""
    return f"{chunk.section}\n{chunk.text}" if chunk.section else chunk.text


def embed_chunks(
    encoder: Encoder, text: str, chunks: list[Chunk], progress: BuildProgress | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """The vectors of the chunks and of all their sentences, in order; ``progress`` advances by passages."""
    chunk_parts: list[np.ndarray] = []
    sentence_parts: list[np.ndarray] = []
    for first in range(0, len(chunks), _PASSAGES_PER_STEP):
        step = chunks[first : first + _PASSAGES_PER_STEP]
        chunk_parts.append(encoder.encode([indexed_text(chunk) for chunk in step]))
        sentences = [text[s.start : s.end] for chunk in step for s in chunk.sentences]
        if sentences:
            sentence_parts.append(encoder.encode(sentences))
        if progress is not None:
            progress.advance(len(step))
    if not chunk_parts:
        empty = encoder.encode([])
        return empty, empty
    return np.vstack(chunk_parts), np.vstack(sentence_parts) if sentence_parts else encoder.encode([])
