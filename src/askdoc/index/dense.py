"""The FAISS index of the chunk vectors: exact while that is fast enough, HNSW above a size.

Both kinds use inner product on L2-normalised rows (cosine) and keep the vectors themselves,
so ``reconstruct_n`` gives the retriever the exact vectors it rescores candidates with.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import numpy as np

from askdoc.index.flat_file import read_flat_file
from askdoc.runtime import faiss_for_search

Kind = Literal["flat", "hnsw"]

# Chunks from which the index is HNSW. bench/scale.py (SQuAD corpus, 200 questions, warm, 2 cores
# at load ~2-3), flat against HNSW on the same run: search p50 1.8/0.58 ms at 10k chunks, 6.3/0.57
# at 20k, 10.9/0.63 at 50k, 10.1/0.79 at 100k; warm answer p50 25.9/24.2, 31.1/25.6, 36.8/24.9,
# 21.6/11.0 ms. HNSW recall@10 against exact search: 0.995 at 10k, 0.998 at 20k and 50k, 0.964
# at 100k. Below 20k chunks flat keeps the answer under the 30 ms target and is exact; from 20k
# (31 MB of vectors, the size of the 32 MB L3 cache here) flat alone pushes it over. Building
# the graph (6 s at 20k, 38 s at 100k) is under 1% of embedding those chunks (11 chunks/s).
HNSW_THRESHOLD = 20_000
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 200
# Depth of the graph search. FAISS searches at least as deep as the results asked for (the
# retriever asks for 50). On 100k chunks, efSearch 64/128/256 gave recall@10 0.90/0.95/0.97
# for 0.12/0.16/0.28 ms a query (efConstruction 200); 256 buys the recall for a fraction of a ms.
HNSW_EF_SEARCH = 256


def index_kind(n_vectors: int, threshold: int | None = None) -> Kind:
    """Which index ``n_vectors`` chunks get: flat below ``threshold`` (default HNSW_THRESHOLD)."""
    return "hnsw" if n_vectors >= (HNSW_THRESHOLD if threshold is None else threshold) else "flat"


def build_dense_index(vectors: np.ndarray, threshold: int | None = None):
    """A FAISS inner-product index holding ``vectors`` (rows L2-normalised float32)."""
    import faiss

    dimension = vectors.shape[1]
    if index_kind(len(vectors), threshold) == "flat":
        index = faiss.IndexFlatIP(dimension)
    else:
        index = faiss.IndexHNSWFlat(dimension, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        index.hnsw.efSearch = HNSW_EF_SEARCH
    index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def read_dense_index(path: Path):
    """Read an index written by ``faiss.write_index``, set up to answer one question at a time.

    The search depth is set from the code, not taken from the file, so tuning it needs no
    rebuild; the number of search threads is askdoc.runtime's. ValueError for an index of
    another kind or metric (a forged file): its scores would rank passages the wrong way.
    """
    if (flat := read_flat_file(path)) is not None:  # exact search by inner product, without importing faiss
        return flat
    faiss = faiss_for_search()
    index = faiss.read_index(str(path))
    if not isinstance(index, faiss.IndexFlat | faiss.IndexHNSWFlat) or index.metric_type != faiss.METRIC_INNER_PRODUCT:
        raise ValueError(f"{path.name} is not a flat or HNSW index by inner product")
    if isinstance(index, faiss.IndexHNSW):
        index.hnsw.efSearch = HNSW_EF_SEARCH
    return index
