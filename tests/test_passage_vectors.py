"""The vector cache: a rebuild after an edit embeds only the chunks that changed."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from askdoc.embedding.onnx_encoder import OnnxEncoder
from askdoc.embedding.query_encoder import export_dir
from askdoc.index.build import IndexRequest, ensure_index
from askdoc.index.store import IndexSettings, indexed_text
from askdoc.index.vector_cache import VectorCache
from askdoc.locations import bundled_article, onnx_dir


class CountingEncoder(OnnxEncoder):
    """The real ONNX encoder, counting the texts it is asked to encode."""

    texts = 0

    def encode(self, texts):
        self.texts += len(texts)
        return super().encode(texts)


@pytest.fixture(scope="module")
def onnx(article_index_dir: Path, model_dir: Path) -> CountingEncoder:
    return CountingEncoder(export_dir(model_dir))


def _empty_vector_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache directory of the test's own, sharing the ONNX export but no vectors."""
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "onnx").symlink_to(onnx_dir())
    monkeypatch.setenv("ASKDOC_CACHE_DIR", str(cache))


@pytest.mark.slow
def test_editing_one_paragraph_re_embeds_only_its_chunk(
    onnx: CountingEncoder, model_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _empty_vector_cache(tmp_path, monkeypatch)
    document = tmp_path / "article.txt"
    paragraphs = bundled_article().read_text(encoding="utf-8").split("\n\n")
    document.write_text("\n\n".join(paragraphs), encoding="utf-8")
    request = IndexRequest((document,), tmp_path / "index", IndexSettings(model_dir), make_encoder=lambda _path: onnx)
    first, _ = ensure_index(request)
    before = onnx.texts
    # A body paragraph: editing a heading rightly re-embeds every chunk of its section (the title is embedded).
    middle = next(n for n in range(len(paragraphs) // 2, len(paragraphs)) if len(paragraphs[n].split()) > 30)
    paragraphs[middle] = paragraphs[middle].replace(" ", " edited ", 1)
    document.write_text("\n\n".join(paragraphs), encoding="utf-8")
    second, _ = ensure_index(request)
    assert " edited " in second.text
    edited = [c for c in second.chunks if " edited " in c.text]
    assert len(edited) == 1
    # One chunk is embedded again, nothing else (its sentences wait until an answer reads them).
    assert onnx.texts - before == 1
    assert len(second.chunks) == len(first.chunks)
    assert np.allclose(second.chunk_vectors, onnx.encode([indexed_text(c) for c in second.chunks]), atol=1e-5)
    sentences = [c.text[s.start - c.start : s.end - c.start] for c in second.chunks for s in c.sentences]
    second.sentence_vectors.use(onnx)
    assert np.allclose(second.sentence_vectors.all(), onnx.encode(sentences), atol=1e-5)


def test_vector_cache_keeps_the_most_recent_rows_under_its_bound(tmp_path: Path) -> None:
    cache = VectorCache(tmp_path / "vectors.sqlite3", dimension=4, max_bytes=4096)
    for n in range(40):
        cache.put({f"chunk {n}": np.full((8, 4), n, dtype=np.float32)})
    kept = cache.get([f"chunk {n}" for n in range(40)])
    assert "chunk 39" in kept and "chunk 0" not in kept
    assert sum(rows.nbytes for rows in kept.values()) <= 4096
    assert np.array_equal(kept["chunk 39"], np.full((8, 4), 39, dtype=np.float32))


def test_damaged_vector_cache_is_started_again(tmp_path: Path) -> None:
    path = tmp_path / "vectors.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    cache = VectorCache(path, dimension=4)
    assert cache.get(["a"]) == {}
    cache.put({"a": np.ones((2, 4), dtype=np.float32)})
    cache.put({"a": np.ones((2, 4), dtype=np.float32)})
    assert np.array_equal(cache.get(["a"])["a"], np.ones((2, 4), dtype=np.float32))


@pytest.mark.slow
def test_a_rebuild_whose_chunks_are_all_cached_never_opens_the_encoder(
    onnx: CountingEncoder, model_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _empty_vector_cache(tmp_path, monkeypatch)
    document = tmp_path / "article.txt"
    text = bundled_article().read_text(encoding="utf-8")
    document.write_text(text, encoding="utf-8")
    settings = IndexSettings(model_dir)
    first, _ = ensure_index(IndexRequest((document,), tmp_path / "index", settings, make_encoder=lambda _path: onnx))
    # New bytes, so the index is rebuilt, but the same chunks, so every vector is in the cache.
    document.write_text(text + "\n\n", encoding="utf-8")
    fresh = OnnxEncoder(export_dir(model_dir))
    second, _ = ensure_index(IndexRequest((document,), tmp_path / "index", settings, make_encoder=lambda _path: fresh))
    assert second.manifest.document.sha256 != first.manifest.document.sha256
    assert [c.text for c in second.chunks] == [c.text for c in first.chunks]
    assert np.array_equal(second.chunk_vectors, first.chunk_vectors)
    assert not fresh.is_open
    assert np.allclose(fresh.encode([indexed_text(second.chunks[0])]), second.chunk_vectors[:1], atol=1e-5)
    assert fresh.is_open
