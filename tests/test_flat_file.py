"""A flat inner-product FAISS file read with numpy (askdoc.index.flat_file) answers as faiss reading it does."""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np
import pytest

from askdoc.index.dense import build_dense_index, read_dense_index
from askdoc.index.flat_file import FlatVectors, read_flat_file


def unit_vectors(n: int, d: int = 16, seed: int = 0) -> np.ndarray:
    vectors = np.random.default_rng(seed).normal(size=(n, d)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def written(tmp_path: Path, vectors: np.ndarray) -> Path:
    path = tmp_path / "dense.faiss"
    faiss.write_index(build_dense_index(vectors), str(path))
    return path


def test_rows_and_every_id_come_from_the_file_without_faiss(tmp_path: Path) -> None:
    vectors = unit_vectors(40)
    path = written(tmp_path, vectors)
    flat, stored = read_dense_index(path), faiss.read_index(str(path))
    assert isinstance(flat, FlatVectors) and (flat.ntotal, flat.d) == (40, 16)
    np.testing.assert_array_equal(flat.reconstruct_n(0, flat.ntotal), vectors)
    queries = unit_vectors(3, seed=1)
    for k in (40, 50):  # the retriever asks for min(passages, 50)
        scores, ids = flat.search(queries, k)
        faiss_scores, faiss_ids = stored.search(queries, k)
        assert [set(row[row >= 0]) for row in ids] == [set(row[row >= 0]) for row in faiss_ids] == [set(range(40))] * 3
        np.testing.assert_array_equal(ids[:, :5], faiss_ids[:, :5])
        np.testing.assert_allclose(scores[:, :40], faiss_scores[:, :40], atol=1e-6)  # float rounding only
    assert flat._faiss_index is None


def test_a_shallower_search_is_faiss_own(tmp_path: Path) -> None:
    vectors = unit_vectors(60)
    path = written(tmp_path, vectors)
    queries = unit_vectors(4, seed=2)
    flat_result, faiss_result = read_dense_index(path).search(queries, 50), faiss.read_index(str(path)).search(queries, 50)
    np.testing.assert_array_equal(flat_result[1], faiss_result[1])
    np.testing.assert_array_equal(flat_result[0], faiss_result[0])


def test_an_empty_index_reads(tmp_path: Path) -> None:
    flat = read_flat_file(written(tmp_path, np.zeros((0, 8), dtype=np.float32)))
    assert flat is not None and (flat.ntotal, flat.d) == (0, 8)


def test_other_kinds_are_left_to_faiss(tmp_path: Path) -> None:
    l2 = faiss.IndexFlatL2(16)
    l2.add(unit_vectors(5))
    faiss.write_index(l2, str(tmp_path / "l2.faiss"))
    assert read_flat_file(tmp_path / "l2.faiss") is None
    with pytest.raises(ValueError, match="not a flat or HNSW index by inner product"):
        read_dense_index(tmp_path / "l2.faiss")


@pytest.mark.parametrize(
    ("harm", "reason"),
    [
        (lambda data: data[:-4], "not the length its header gives"),
        (lambda data: data[:30], "shorter than a flat index header"),
        (lambda data: data[:4] + (0).to_bytes(4, "little") + data[8:], "not a consistent flat index"),
    ],
)
def test_a_damaged_flat_file_is_refused(tmp_path: Path, harm, reason: str) -> None:
    path = written(tmp_path, unit_vectors(5))
    path.write_bytes(harm(path.read_bytes()))
    with pytest.raises(ValueError, match=reason):
        read_flat_file(path)
