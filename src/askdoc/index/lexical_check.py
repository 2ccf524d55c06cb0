"""The BM25 arrays read from disk must fit together before a query indexes into them.

A checksum only proves the file is the one the manifest names; a forged pair (file and
manifest edited together) could still send a query outside an array, or give every passage a
NaN or negative score and so a wrong answer. Each rule here names what it guards.
"""

from __future__ import annotations

import numpy as np


def check_lexical_arrays(vocabulary: object, indptr: np.ndarray, docs: np.ndarray, weights: np.ndarray, n_docs: object) -> None:
    """Raise ValueError unless the arrays are a BM25 index of ``n_docs`` passages over ``vocabulary``."""
    if not _count(n_docs):
        raise ValueError("the passage count is not a whole number of at least 0")
    if not isinstance(vocabulary, dict) or not all(_count(term_id) for term_id in vocabulary.values()):
        raise ValueError("the vocabulary does not map terms to term numbers")
    for name, array, kind in (("indptr", indptr, np.integer), ("docs", docs, np.integer), ("weights", weights, np.floating)):
        if array.ndim != 1 or not np.issubdtype(array.dtype, kind):
            raise ValueError(f"{name} is not a one-dimensional array of {kind.__name__} numbers")
    terms = len(indptr) - 1
    if vocabulary and max(vocabulary.values()) >= terms:
        raise ValueError("a term number is outside the postings")
    if terms < 0 or indptr[0] != 0 or indptr[-1] != len(docs) or np.any(np.diff(indptr) < 0):
        raise ValueError("the postings' offsets do not run from 0 to the number of postings in order")
    if len(weights) != len(docs):
        raise ValueError("the postings have not one weight each")
    if len(docs) and (docs.min() < 0 or docs.max() >= n_docs):
        raise ValueError("a posting names a passage that does not exist")
    if not np.all(np.isfinite(weights)) or np.any(weights < 0):
        raise ValueError("a weight is negative or not a finite number")


def _count(value: object) -> bool:
    """Whether ``value`` is a JSON whole number of at least 0 (not a bool, a float or a string)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0
