"""The vectors of a document's chunks and of their sentences, for the dense index and the composer.

Each chunk's indexed text is encoded, and each of its sentences on its own. Sentence rows
mean-pooled from the chunk's own token states (one pass instead of two) were measured and
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

# How a chunk's rows are made; part of every cache key, so changing it never reuses old rows.
KIND = "chunk, then each sentence encoded on its own, v1"
# Passages embedded per step, their texts and sentences in one call, so the encoder's length
# buckets draw on one pool: the fuller the pool, the less padding. The 36 KB text of
# bench/index_speed.py pads its 15.2k tokens to 20.7k in steps of 64 with chunks and sentences
# apart, to 17.4k in one pool of 256 (bash.1.txt: 156k tokens to 207k and 170k); 6.3 -> 5.4
# CPU s with identical vectors. 256 passages still move the progress bar of a long document.
_PASSAGES_PER_STEP = 256


def indexed_text(chunk: Chunk) -> str:
    """What is embedded and counted by BM25 for a chunk: its section title helps retrieval, then its text."""
    return f"{chunk.section}\n{chunk.text}" if chunk.section else chunk.text


def embed_passages(
    encoder: Encoder, indexed: Sequence[str], chunks: Sequence[Chunk], progress: BuildProgress | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Chunk rows (of the ``indexed`` texts, one per chunk) and sentence rows, in chunk order; ``progress`` counts passages."""
    sentences = [[chunk.text[s.start - chunk.start : s.end - chunk.start] for s in chunk.sentences] for chunk in chunks]
    identity = getattr(encoder, "identity", None)
    if identity is None or not chunks:
        rows = _rows(encoder, list(indexed), sentences, progress)
        if not rows:
            return encoder.encode([]), encoder.encode([])
        return np.stack([r[0] for r in rows]), np.concatenate([r[1:] for r in rows])
    # Beside the ONNX exports, in the cache directory (ASKDOC_CACHE_DIR, else the user cache).
    cache = VectorCache(onnx_dir().parent / FILE_NAME, encoder.dimension)
    # Sentence bounds relative to the chunk: an edit earlier in the document shifts offsets, not texts.
    bounds = [[(s.start - chunk.start, s.end - chunk.start) for s in chunk.sentences] for chunk in chunks]
    keys = [chunk_key(identity, KIND, text, spans) for text, spans in zip(indexed, bounds, strict=True)]
    found = cache.get(keys)
    missing = [i for i, key in enumerate(keys) if key not in found or len(found[key]) != 1 + len(sentences[i])]
    if progress is not None:
        progress.advance(len(chunks) - len(missing))
    fresh = _rows(encoder, [indexed[i] for i in missing], [sentences[i] for i in missing], progress)
    cache.put({keys[i]: rows for i, rows in zip(missing, fresh, strict=True)})
    found.update((keys[i], rows) for i, rows in zip(missing, fresh, strict=True))
    rows = [found[key] for key in keys]
    return np.stack([r[0] for r in rows]), np.concatenate([r[1:] for r in rows])


def _rows(
    encoder: Encoder, indexed: Sequence[str], sentences: list[list[str]], progress: BuildProgress | None
) -> list[np.ndarray]:
    """Per chunk, its row followed by its sentences' rows, embedded a step of passages at a time."""
    rows: list[np.ndarray] = []
    for first in range(0, len(indexed), _PASSAGES_PER_STEP):
        step = slice(first, first + _PASSAGES_PER_STEP)
        groups = sentences[step]
        vectors = encoder.encode([*indexed[step], *(s for group in groups for s in group)])
        bounds = np.cumsum([len(groups), *(len(group) for group in groups)])
        rows.extend(np.vstack([vectors[i : i + 1], vectors[bounds[i] : bounds[i + 1]]]) for i in range(len(groups)))
        if progress is not None:
            progress.advance(len(groups))
    return rows
