"""Maximal marginal relevance: rows in order of closeness to a target, each less the likeness to those taken."""

from __future__ import annotations

import numpy as np

# The weight of closeness against likeness to the rows already taken; bench/summaries.py --real
# covers .80 of the key points with it (the summary's centroid method).
MMR_LAMBDA = 0.7


def mmr_order(vectors: np.ndarray, target: np.ndarray, most: int | None = None) -> list[int]:
    """The first ``most`` (default: all) rows of unit ``vectors`` by maximal marginal relevance around ``target``."""
    relevance = vectors @ (target / (np.linalg.norm(target) or 1.0))
    redundancy = np.zeros(len(vectors))
    order: list[int] = []
    for _ in range(len(vectors) if most is None else min(most, len(vectors))):
        scores = MMR_LAMBDA * relevance - (1 - MMR_LAMBDA) * redundancy
        scores[order] = -np.inf
        order.append(int(np.argmax(scores)))
        likeness = vectors @ vectors[order[-1]]
        redundancy = likeness if len(order) == 1 else np.maximum(redundancy, likeness)
    return order
