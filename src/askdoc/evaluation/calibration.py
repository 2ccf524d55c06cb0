"""Expected calibration error: how far a stated confidence is from how often the answer is right."""

from __future__ import annotations

from itertools import pairwise

import numpy as np


def expected_calibration_error(
    confidence: np.ndarray, right: np.ndarray, bins: int = 10, weight: np.ndarray | None = None
) -> float:
    """ECE over ``bins`` equal-width bins of ``confidence``, each answer counted with its ``weight``: the
    weighted mean, over the bins, of the gap between mean confidence and the share ``right``."""
    weight = np.ones(len(confidence)) if weight is None else weight
    edges = np.linspace(0, 1, bins + 1)
    total = 0.0
    for low, high in pairwise(edges):
        inside = (confidence >= low) & (confidence < high if high < 1 else confidence <= high)
        if inside.any():
            w = weight[inside]
            gap = np.average(confidence[inside], weights=w) - np.average(right[inside], weights=w)
            total += w.sum() / weight.sum() * abs(gap)
    return total
