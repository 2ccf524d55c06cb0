"""Sentence vectors on demand: a chunk's sentences are encoded the first time an answer reads them.

Indexing embeds the chunk texts only (passage_vectors.py); the composer, the hybrid retriever's
best-sentence signal, open lists and summaries read the sentence rows of a few chunks each. Those
chunks' sentences are encoded then, each sentence on its own as before (same text, same encoder:
the same vectors up to batch padding), by the encoder the questions use, and kept: in memory for
the process and, for an encoder with an ``identity`` (the ONNX one), in the vector cache
(vector_cache.py), so the next process reads them. A cached entry of the wrong shape or with
numbers that are not finite is encoded again.

They are not written to the index folder: that would mean rewriting its manifest (and its
checksums) from a command that only reads, and the cache already serves every later process about
as fast. Measured on the bash manual (1175 passages, 3729 sentences) at load 8 on 2 cores: the rows
of 98 passages read from the cache in 40 ms, where the old sentences.npy (5.7 MB) took 9-74 ms to
hash and load; bench/index_speed.py, a repeated one-shot `askdoc ask` on it: 1.66 s against 2.12 s
with sentences.npy.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from askdoc.embedding.embedder import Encoder
from askdoc.index.vector_cache import FILE_NAME, VectorCache, chunk_key
from askdoc.locations import onnx_dir
from askdoc.types import Chunk

# How a chunk's sentence rows are made; part of every cache key, so changing it never reuses old rows.
KIND = "each sentence of a chunk encoded on its own, v1"

EncoderSource = Callable[[], Encoder]
# Chunks encoded per step of ``warm``: about 80 sentences, a few tenths of a second on 2 cores,
# the longest a question asked meanwhile waits for the lock.
_WARM_STEP = 16


class SentenceVectors:
    """The sentence rows of an index's chunks, in chunk order, encoded per chunk when first read.

    ``texts[i]`` are chunk ``i``'s sentences and ``sources[i]`` what its cache key is made of
    (its indexed text and its sentences' offsets within it). Indexing it like an array
    (an int, a slice, a list or array of ints) encodes the chunks owning those rows first.
    """

    def __init__(
        self,
        texts: Sequence[Sequence[str]],
        sources: Sequence[tuple[str, tuple[tuple[int, int], ...]]],
        dimension: int,
        encoder: EncoderSource | None = None,
    ) -> None:
        self._texts = [list(group) for group in texts]
        self._sources = list(sources)
        counts = [len(group) for group in self._texts]
        self._starts = np.concatenate([[0], np.cumsum(counts, dtype=np.int64)])
        self._owner = np.repeat(np.arange(len(counts)), counts)
        self._matrix = np.zeros((int(self._starts[-1]), dimension), dtype=np.float32)
        self._ready = np.zeros(len(counts), dtype=bool)
        self._source = encoder
        self._encoder: Encoder | None = None
        self._lock = threading.Lock()
        self.encoded = 0

    @classmethod
    def computed(cls, matrix: np.ndarray, counts: Sequence[int]) -> SentenceVectors:
        """Rows known already (``counts[i]`` of them for chunk ``i``): nothing is ever encoded."""
        vectors = cls([[""] * n for n in counts], [("", ())] * len(counts), matrix.shape[1])
        vectors._matrix[:] = matrix
        vectors._ready[:] = True
        return vectors

    @classmethod
    def joined(cls, parts: Sequence[SentenceVectors]) -> SentenceVectors:
        """One document's rows after another's (a collection), with the rows each has encoded so far."""
        first = parts[0]
        vectors = cls(
            [group for part in parts for group in part._texts],
            [source for part in parts for source in part._sources],
            first.dimension,
            first._source,
        )
        vectors._encoder = next((part._encoder for part in parts if part._encoder is not None), None)
        vectors._matrix[:] = np.vstack([part._matrix for part in parts])
        vectors._ready[:] = np.concatenate([part._ready for part in parts])
        return vectors

    @property
    def dimension(self) -> int:
        return self._matrix.shape[1]

    @property
    def shape(self) -> tuple[int, int]:
        return self._matrix.shape

    def __len__(self) -> int:
        return len(self._matrix)

    def use(self, encoder: Encoder) -> None:
        """Encode with ``encoder`` (the one questions are encoded with) from now on."""
        self._encoder = encoder

    def __getitem__(self, rows: int | slice | Sequence[int] | np.ndarray) -> np.ndarray:
        """The rows asked for, their chunks encoded first if they were not yet."""
        self.ensure(np.unique(self._owner[rows]))
        return self._matrix[rows]

    def all(self) -> np.ndarray:
        """Every row (every chunk encoded): for benches that compare against the whole document."""
        self.ensure(range(len(self._ready)))
        return self._matrix

    def unread(self) -> int:
        """How many chunks' sentences are not encoded yet."""
        return int((~self._ready).sum())

    def warm(self, stop: Callable[[], bool]) -> None:
        """Encode every chunk's sentences, ``_WARM_STEP`` chunks at a time, until done or ``stop()``.

        The chat runs this in the background once a document is open, so that later questions
        find their sentences encoded; a question waits for one step at most.
        """
        for start in range(0, len(self._ready), _WARM_STEP):
            if stop():
                return
            self.ensure(range(start, min(start + _WARM_STEP, len(self._ready))))

    def ensure(self, chunk_ids: Sequence[int] | np.ndarray) -> None:
        """Encode the sentences of those of ``chunk_ids`` not encoded yet: from the cache, else with the encoder."""
        with self._lock:
            wanted = [int(i) for i in np.atleast_1d(np.asarray(chunk_ids, dtype=np.int64)) if not self._ready[i]]
            if not wanted:
                return
            encoder = self._encoder_now()
            identity = getattr(encoder, "identity", None)
            cache = VectorCache(onnx_dir().parent / FILE_NAME, self.dimension) if identity is not None else None
            keys = {i: chunk_key(identity, KIND, *self._sources[i]) for i in wanted} if identity is not None else {}
            found = cache.get(list(keys.values())) if cache is not None else {}
            missing = []
            for i in wanted:
                rows = found.get(keys.get(i, ""))
                if rows is not None and rows.shape == (len(self._texts[i]), self.dimension) and np.isfinite(rows).all():
                    self._fill(i, rows)
                else:
                    missing.append(i)
            if missing:
                vectors = encoder.encode([text for i in missing for text in self._texts[i]])
                self.encoded += len(vectors)
                fresh, cursor = {}, 0
                for i in missing:
                    rows = vectors[cursor : cursor + len(self._texts[i])]
                    cursor += len(rows)
                    self._fill(i, rows)
                    if i in keys:
                        fresh[keys[i]] = rows
                if cache is not None:
                    cache.put(fresh)

    def _fill(self, chunk_id: int, rows: np.ndarray) -> None:
        self._matrix[self._starts[chunk_id] : self._starts[chunk_id + 1]] = rows
        self._ready[chunk_id] = True

    def _encoder_now(self) -> Encoder:
        if self._encoder is None:
            if self._source is None:
                raise RuntimeError("no encoder for the sentence vectors")
            self._encoder = self._source()
        return self._encoder


def sentence_texts(chunk: Chunk) -> list[str]:
    """A chunk's sentences, as texts."""
    return [chunk.text[s.start - chunk.start : s.end - chunk.start] for s in chunk.sentences]


def lazy_sentence_vectors(chunks: Sequence[Chunk], indexed: Sequence[str], dimension: int, model_dir: Path) -> SentenceVectors:
    """The sentence rows of ``chunks`` (``indexed``: their indexed texts), encoded when first read.

    Until an engine hands over its question encoder (``use``), a read opens one for the model in ``model_dir``.
    """
    # Sentence bounds relative to the chunk: an edit earlier in the document shifts offsets, not texts.
    sources = [
        (text, tuple((s.start - chunk.start, s.end - chunk.start) for s in chunk.sentences))
        for chunk, text in zip(chunks, indexed, strict=True)
    ]

    def open_encoder() -> Encoder:
        from askdoc.embedding.query_encoder import open_query_encoder

        return open_query_encoder(model_dir)

    return SentenceVectors([sentence_texts(chunk) for chunk in chunks], sources, dimension, open_encoder)
