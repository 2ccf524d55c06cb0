"""TextRank: PageRank over the cosine-similarity graph of sentence vectors."""

from __future__ import annotations

import numpy as np

# The damping of the original PageRank and TextRank papers; not tuned here.
DAMPING = 0.85
ITERATIONS = 50


def textrank_scores(vectors: np.ndarray) -> np.ndarray:
    """Each sentence's TextRank score, given the sentences' unit ``vectors`` (negative similarities count as none)."""
    weights = np.clip(vectors @ vectors.T, 0.0, None)
    np.fill_diagonal(weights, 0.0)
    totals = weights.sum(axis=1, keepdims=True)
    transition = np.divide(weights, totals, out=np.full_like(weights, 1.0 / len(weights)), where=totals > 0)
    rank = np.full(len(weights), 1.0 / len(weights))
    for _ in range(ITERATIONS):
        rank = (1 - DAMPING) / len(weights) + DAMPING * transition.T @ rank
    return rank
