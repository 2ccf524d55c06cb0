"""An exact (flat, inner-product) FAISS index file read with numpy alone, faiss loaded only if a search needs it.

Importing faiss costs more than anything else a one-shot `askdoc ask` loads (its SWIG module and
library: 82 ms of the imports, min of 8 runs, `python -X importtime`), yet from a flat index the
answer needs only the vectors and, when the retriever asks for as many results as there are
passages (it asks for min(passages, 50)), every passage id, which needs no search at all. A
shallower search (more than 50 passages) is handed to a faiss IndexFlatIP holding the same
vectors, so every result is the one reading the file with faiss gives.

The file is what ``faiss.write_index`` writes for an IndexFlatIP: the fourcc ``IxFI``, the
dimension (int32), the row count (int64), two unused int64, ``is_trained`` (one byte), the metric
(int32, 0 for inner product), the number of floats (uint64) and the float32 rows. Any other
fourcc (an L2 flat index, HNSW) is left to faiss and its checks (askdoc.index.dense).
"""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np

FOURCC = b"IxFI"
_HEADER = struct.Struct("<4siqqq?iQ")
_METRIC_INNER_PRODUCT = 0


class FlatVectors:
    """The rows of a flat inner-product index, answering the calls askdoc makes of a faiss index."""

    def __init__(self, vectors: np.ndarray) -> None:
        self._vectors = vectors
        self.ntotal = len(vectors)
        self.d = vectors.shape[1]
        self._faiss_index = None

    def reconstruct_n(self, start: int, count: int) -> np.ndarray:
        """Rows ``start`` to ``start + count``, copied."""
        return self._vectors[start : start + count].copy()

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Inner products and ids of the ``k`` best rows for each query, best first, as faiss returns them.

        Asked for every row (the retriever's case for up to 50 passages) the ids are all rows, by
        numpy's scores; past the row count ids are -1 and scores -inf. A shallower search is faiss's.
        """
        if k < self.ntotal:
            return self._faiss().search(queries, k)
        scores = queries @ self._vectors.T
        order = np.argsort(-scores, axis=1, kind="stable")
        ids = np.full((len(queries), k), -1, dtype=np.int64)
        distances = np.full((len(queries), k), -np.inf, dtype=np.float32)
        ids[:, : self.ntotal] = order
        distances[:, : self.ntotal] = np.take_along_axis(scores, order, axis=1)
        return distances, ids

    def _faiss(self):
        """A faiss IndexFlatIP holding the same rows, made at the first search that needs it."""
        if self._faiss_index is None:
            from askdoc.runtime import faiss_for_search

            index = faiss_for_search().IndexFlatIP(self.d)
            index.add(self._vectors)
            self._faiss_index = index
        return self._faiss_index


def read_flat_file(path: Path) -> FlatVectors | None:
    """The rows of the flat inner-product index in ``path``; None for another kind of index; ValueError if damaged."""
    data = Path(path).read_bytes()
    if data[:4] != FOURCC:
        return None
    if len(data) < _HEADER.size:
        raise ValueError(f"{Path(path).name} is shorter than a flat index header")
    _, dimension, rows, _, _, _, metric, floats = _HEADER.unpack_from(data)
    if dimension <= 0 or rows < 0 or metric != _METRIC_INNER_PRODUCT or floats != dimension * rows:
        raise ValueError(f"{Path(path).name} is not a consistent flat index by inner product")
    if len(data) != _HEADER.size + 4 * floats:
        raise ValueError(f"{Path(path).name} is not the length its header gives")
    return FlatVectors(np.frombuffer(data, dtype="<f4", offset=_HEADER.size).reshape(rows, dimension).astype(np.float32))
