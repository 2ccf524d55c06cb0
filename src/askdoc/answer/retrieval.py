"""Dense (FAISS), lexical (BM25) and fused retrieval over one document's chunks."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from askdoc.answer.furniture import quotable_ids
from askdoc.answer.modes import Mode
from askdoc.index.document_index import DocumentIndex
from askdoc.types import Passage

CANDIDATES = 50
# Chosen on half the SQuAD articles, checked on the other half (bench/fusion.py): recall@1/@3
# .869/.962 against .844/.958 for the plain dense+BM25 min-max sum. The best sentence carries
# most of the dense evidence, BM25 the exact words, the chunk's cosine a little context.
CHUNK_WEIGHT = 0.15
SENTENCE_WEIGHT = 0.5
LEXICAL_WEIGHT = 0.35


@dataclass(frozen=True)
class Retrieval:
    """The passages retrieved for a question, best first."""

    passages: tuple[Passage, ...]


def retrieve(index: DocumentIndex, question: str, query_vector: np.ndarray, k: int, mode: Mode = "hybrid") -> Retrieval:
    """The ``k`` best passages for the question under ``mode``, best first.

    dense ranks by the chunk's cosine, lexical by BM25, hybrid by ``fuse`` of those two and
    the cosine of the chunk's best sentence; all over the top candidates of FAISS and BM25.
    """
    n = len(index.chunks)
    if n == 0:
        return Retrieval(())
    all_lexical = index.lexical.scores(question) if mode != "dense" else None
    candidates = quotable_ids(index, _candidates(index, query_vector, all_lexical, min(n, max(CANDIDATES, k))), question)
    if mode == "dense":
        scores = index.chunk_vectors[candidates] @ query_vector
    elif mode == "lexical":
        scores = all_lexical[candidates]
    else:
        chunk = index.chunk_vectors[candidates] @ query_vector
        scores = fuse(chunk, _best_sentence_cosines(index, query_vector, candidates), all_lexical[candidates])
    order = np.argsort(-scores, kind="stable")[:k]
    return Retrieval(tuple(Passage(index.chunks[candidates[i]], float(scores[i])) for i in order))


def fuse(
    chunk: np.ndarray,
    sentence: np.ndarray,
    lexical: np.ndarray,
    weights: tuple[float, float, float] = (CHUNK_WEIGHT, SENTENCE_WEIGHT, LEXICAL_WEIGHT),
) -> np.ndarray:
    """Min-max normalise each signal over the candidates, then take the ``weights``' sum (in [0, 1])."""
    return weights[0] * _min_max(chunk) + weights[1] * _min_max(sentence) + weights[2] * _min_max(lexical)


def _min_max(values: np.ndarray) -> np.ndarray:
    span = float(values.max() - values.min()) if len(values) else 0.0
    return (values - values.min()) / span if span > 0 else np.zeros_like(values, dtype=np.float64)


def _best_sentence_cosines(index: DocumentIndex, query_vector: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """Each candidate chunk's highest sentence cosine with the question (every chunk has a sentence)."""
    rows = [index.sentence_rows[i] for i in candidates]
    starts = np.cumsum([0] + [len(r) for r in rows[:-1]])
    cosines = index.sentence_vectors[np.concatenate([np.arange(r.start, r.stop) for r in rows])] @ query_vector
    return np.maximum.reduceat(cosines, starts)


def _candidates(index: DocumentIndex, query_vector: np.ndarray, lexical: np.ndarray | None, depth: int) -> np.ndarray:
    """Chunk ids worth scoring: the top of the dense list and, unless dense-only, of the lexical list."""
    _, ids = index.dense.search(query_vector.reshape(1, -1).astype(np.float32), depth)
    found = [int(i) for i in ids[0] if i >= 0]
    if lexical is not None:
        found.extend(int(i) for i in np.argsort(-lexical, kind="stable")[:depth])
    return np.array(sorted(set(found)), dtype=np.int64)
