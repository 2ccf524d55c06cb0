"""The dense index is flat below the size threshold and HNSW above it, and HNSW survives disk."""

from dataclasses import replace
from pathlib import Path

import faiss
import numpy as np
import pytest

from askdoc.answer.engine import Engine
from askdoc.index.dense import HNSW_EF_SEARCH, HNSW_THRESHOLD, build_dense_index, index_kind, read_dense_index
from conftest import article_request


def unit_vectors(n: int, dimension: int = 384, seed: int = 0) -> np.ndarray:
    vectors = np.random.default_rng(seed).normal(size=(n, dimension)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_kind_changes_at_the_threshold() -> None:
    assert index_kind(HNSW_THRESHOLD - 1) == "flat"
    assert index_kind(HNSW_THRESHOLD) == "hnsw"
    vectors = unit_vectors(300)
    below = build_dense_index(vectors, threshold=301)
    above = build_dense_index(vectors, threshold=300)
    assert type(below) is faiss.IndexFlatIP
    assert type(above) is faiss.IndexHNSWFlat
    assert above.metric_type == faiss.METRIC_INNER_PRODUCT
    assert above.ntotal == below.ntotal == 300


def test_hnsw_read_back_finds_what_exact_search_finds(tmp_path: Path) -> None:
    vectors = unit_vectors(500)
    written = build_dense_index(vectors, threshold=0)
    written.hnsw.efSearch = 8  # whatever the file says, reading sets this version's search depth
    faiss.write_index(written, str(tmp_path / "dense.faiss"))
    index = read_dense_index(tmp_path / "dense.faiss")
    assert isinstance(index, faiss.IndexHNSWFlat)
    assert index.hnsw.efSearch == HNSW_EF_SEARCH
    np.testing.assert_array_equal(index.reconstruct_n(0, index.ntotal), vectors)
    exact = build_dense_index(vectors, threshold=len(vectors) + 1)
    queries = vectors + unit_vectors(500, seed=1) * 0.05
    _, approximate_ids = index.search(queries, 1)
    _, exact_ids = exact.search(queries, 1)
    assert np.array_equal(approximate_ids[:, 0], exact_ids[:, 0])
    assert np.array_equal(exact_ids[:, 0], np.arange(500))


@pytest.mark.slow
def test_an_index_built_above_the_threshold_loads_and_answers(tmp_path: Path, model_dir: Path, encoder, engine: Engine) -> None:
    request = article_request(tmp_path / "index", model_dir, encoder)
    request.settings = replace(request.settings, hnsw_threshold=10)
    hnsw_engine = Engine.open(request)
    assert isinstance(hnsw_engine.index.dense, faiss.IndexHNSWFlat)
    assert hnsw_engine.index.manifest.dense_index == "hnsw"
    assert engine.index.manifest.dense_index == "flat"
    question = "Who was named Prime Minister-designate?"
    answer = hnsw_engine.ask(question)
    assert "Mustafa Kadhimi" in answer.text
    exact = engine.ask(question)
    assert [p.chunk.chunk_id for p in answer.retrieved] == [p.chunk.chunk_id for p in exact.retrieved]
