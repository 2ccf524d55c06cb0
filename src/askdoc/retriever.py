"""Dense (FAISS), lexical (BM25) and fused retrieval over one document's chunks."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from askdoc.index_store import DocumentIndex
from askdoc.retrieval_modes import Mode
from askdoc.types import Passage

CANDIDATES = 50
DENSE_WEIGHT = 0.5


@dataclass(frozen=True)
class Retrieval:
    """Ranked passages and the query vector (the composer reuses it to score sentences)."""

    passages: tuple[Passage, ...]
    query_vector: np.ndarray


def retrieve(index: DocumentIndex, question: str, query_vector: np.ndarray, k: int, mode: Mode = "hybrid") -> Retrieval:
    """The ``k`` best passages for the question under ``mode``, best first."""
    n = len(index.chunks)
    if n == 0:
        return Retrieval((), query_vector)
    all_lexical = index.lexical.scores(question) if mode != "dense" else None
    candidates = _candidates(index, query_vector, all_lexical, min(n, max(CANDIDATES, k)))
    dense = index.chunk_vectors[candidates] @ query_vector
    lexical = all_lexical[candidates] if all_lexical is not None else np.zeros(len(candidates))
    scores = {"dense": dense, "lexical": lexical, "hybrid": fuse(dense, lexical)}[mode]
    order = np.argsort(-scores, kind="stable")[:k]
    return Retrieval(tuple(Passage(index.chunks[candidates[i]], float(scores[i])) for i in order), query_vector)


def fuse(dense: np.ndarray, lexical: np.ndarray) -> np.ndarray:
    """Min-max normalise each score list over the candidates, then take a weighted sum."""
    return DENSE_WEIGHT * _min_max(dense) + (1.0 - DENSE_WEIGHT) * _min_max(lexical)


def _min_max(values: np.ndarray) -> np.ndarray:
    span = float(values.max() - values.min()) if len(values) else 0.0
    return (values - values.min()) / span if span > 0 else np.zeros_like(values, dtype=np.float64)


def _candidates(index: DocumentIndex, query_vector: np.ndarray, lexical: np.ndarray | None, depth: int) -> np.ndarray:
    """Chunk ids worth scoring: the top of the dense list and, unless dense-only, of the lexical list."""
    _, ids = index.dense.search(query_vector.reshape(1, -1).astype(np.float32), depth)
    found = [int(i) for i in ids[0] if i >= 0]
    if lexical is not None:
        found.extend(int(i) for i in np.argsort(-lexical, kind="stable")[:depth])
    return np.array(sorted(set(found)), dtype=np.int64)
