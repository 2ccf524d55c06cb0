"""The fusion bench/fusion.py chose, as drop-in ``retrieve``/``fuse`` for src/askdoc/retriever.py.

bench/fusion.py measures it through these very functions (its "proposed retrieve() (real)" row
and the eval-set check), so the figures in its report are those of this code. Once
retriever.py adopts it, this module goes and the bench compares against retriever.py alone.
"""

from __future__ import annotations

import numpy as np

from askdoc.index_store import DocumentIndex
from askdoc.retrieval_modes import Mode
from askdoc.retriever import Retrieval
from askdoc.types import Passage

DENSE_WEIGHT = 0.1
SENTENCE_WEIGHT = 0.5
LEXICAL_WEIGHT = 0.4


def retrieve(index: DocumentIndex, question: str, query_vector: np.ndarray, k: int, mode: Mode = "hybrid") -> Retrieval:
    """The ``k`` best passages for the question under ``mode``, best first.

    dense ranks by the chunk's cosine (FAISS inner product), lexical by BM25, and hybrid by
    ``fuse`` of those two and the cosine of the chunk's best sentence, over every chunk.
    """
    if not index.chunks:
        return Retrieval((), query_vector)
    if mode == "lexical":
        scores = index.lexical.scores(question)
    elif mode == "dense":
        scores = _chunk_cosines(index, query_vector)
    else:
        scores = fuse(
            _chunk_cosines(index, query_vector), _best_sentence_cosines(index, query_vector), index.lexical.scores(question)
        )
    order = np.argsort(-scores, kind="stable")[:k]
    return Retrieval(tuple(Passage(index.chunks[i], float(scores[i])) for i in order), query_vector)


def fuse(dense: np.ndarray, sentence: np.ndarray, lexical: np.ndarray) -> np.ndarray:
    """Z-score each per-chunk signal over all the chunks, then take the weighted sum.

    Weights chosen on half the SQuAD articles and checked on the other half (bench/fusion.py):
    the best sentence carries most of the dense evidence, BM25 the exact words, and the
    chunk cosine a little context.
    """
    return DENSE_WEIGHT * _z_score(dense) + SENTENCE_WEIGHT * _z_score(sentence) + LEXICAL_WEIGHT * _z_score(lexical)


def _z_score(values: np.ndarray) -> np.ndarray:
    spread = float(values.std())
    return (values - values.mean()) / spread if spread > 0 else np.zeros(len(values))


def _chunk_cosines(index: DocumentIndex, query_vector: np.ndarray) -> np.ndarray:
    """Every chunk's inner product with the question, in chunk order."""
    n = len(index.chunks)
    found, ids = index.dense.search(query_vector.reshape(1, -1).astype(np.float32), n)
    cosines = np.zeros(n, dtype=np.float32)
    cosines[ids[0]] = found[0]
    return cosines


def _best_sentence_cosines(index: DocumentIndex, query_vector: np.ndarray) -> np.ndarray:
    """Each chunk's highest sentence cosine with the question (every chunk has a sentence)."""
    return np.maximum.reduceat(index.sentence_vectors @ query_vector, [rows.start for rows in index.sentence_rows])
