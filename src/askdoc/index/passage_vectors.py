"""The vectors of a document's chunks, for the dense index.

Each chunk's indexed text is encoded; its sentences are not, at index time: they are encoded
the first time an answer reads them (sentence_vectors.py), which halves the tokens an index
embeds (bench/index_speed.py: the 36 KB text has 7.9k chunk tokens and 7.3k sentence tokens).
Sentence rows mean-pooled from the chunk's own token states (one pass instead of two) were measured and
not adopted: bench/index_speed.py, eval/questions.jsonl, hit@1 .934 -> .901, accuracy .846 ->
.813, false abstention .044 -> .088 (SQuAD half, 4 articles x 40 questions: R@1 .803 -> .789).
An encoder with an ``identity`` (the ONNX one) keeps its rows in the vector cache, so a rebuild
embeds only the chunks whose text changed.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from askdoc.embedding.embedder import Encoder
from askdoc.index.vector_cache import FILE_NAME, VectorCache, chunk_key
from askdoc.locations import onnx_dir
from askdoc.types import BuildProgress, Chunk

# How a chunk's row is made; part of every cache key, so changing it never reuses old rows.
KIND = "chunk's indexed text encoded, v2"
# Passages embedded per step, in one call, so the encoder's length buckets draw on one pool:
# the fuller the pool, the less padding (bench/index_speed.py, 36 KB text, chunks and sentences
# then: 15.2k tokens padded to 20.7k in steps of 64, to 17.4k in one pool of 256; 6.3 -> 5.4 CPU s
# with identical vectors). 256 passages still move the progress bar of a long document.
_PASSAGES_PER_STEP = 256


def indexed_text(chunk: Chunk) -> str:
    """What is embedded and counted by BM25 for a chunk: the headings it sits under and its section title help
    retrieval ("3.11. /media : Mount point for removable media" above "3.11.1. Purpose"), then its text."""
    return "\n".join((*chunk.outline, chunk.section, chunk.text)) if chunk.section else chunk.text


def embed_passages(
    encoder: Encoder, indexed: Sequence[str], chunks: Sequence[Chunk], progress: BuildProgress | None = None
) -> np.ndarray:
    """One row per chunk, of its ``indexed`` text, in chunk order; ``progress`` counts passages."""
    identity = getattr(encoder, "identity", None)
    if identity is None or not chunks:
        return _rows(encoder, list(indexed), progress)
    # Beside the ONNX exports, in the cache directory (ASKDOC_CACHE_DIR, else the user cache).
    cache = VectorCache(onnx_dir().parent / FILE_NAME, encoder.dimension)
    keys = [chunk_key(identity, KIND, text, ()) for text in indexed]
    found = cache.get(keys)
    missing = [i for i, key in enumerate(keys) if key not in found or found[key].shape != (1, encoder.dimension)]
    if progress is not None:
        progress.advance(len(chunks) - len(missing))
    fresh = _rows(encoder, [indexed[i] for i in missing], progress)
    cache.put({keys[i]: fresh[n : n + 1] for n, i in enumerate(missing)})
    found.update((keys[i], fresh[n : n + 1]) for n, i in enumerate(missing))
    return np.concatenate([found[key] for key in keys])


def _rows(encoder: Encoder, indexed: Sequence[str], progress: BuildProgress | None) -> np.ndarray:
    """The texts' rows, embedded a step of passages at a time."""
    rows = [encoder.encode([])]
    for first in range(0, len(indexed), _PASSAGES_PER_STEP):
        rows.append(encoder.encode(indexed[first : first + _PASSAGES_PER_STEP]))
        if progress is not None:
            progress.advance(len(rows[-1]))
    return np.concatenate(rows)
