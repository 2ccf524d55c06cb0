"""Sentence vectors on demand: indexing embeds chunks only; a chunk's sentences are encoded when first read, then kept."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from askdoc.answer.engine import Engine
from askdoc.embedding.onnx_encoder import OnnxEncoder
from askdoc.embedding.query_encoder import export_dir
from askdoc.index.build import IndexRequest, ensure_index
from askdoc.index.sentence_vectors import KIND, SentenceVectors, sentence_texts
from askdoc.index.store import IndexSettings, indexed_text
from askdoc.index.vector_cache import FILE_NAME, VectorCache, chunk_key
from askdoc.locations import bundled_article, onnx_dir


class CountingEncoder(OnnxEncoder):
    """The real ONNX encoder, counting the texts it is asked to encode."""

    texts = 0

    def encode(self, texts):
        self.texts += len(texts)
        return super().encode(texts)


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, article_index_dir: Path) -> Path:
    """A vector cache of the test's own, sharing the session's ONNX export (made by article_index_dir)."""
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "onnx").symlink_to(onnx_dir())
    monkeypatch.setenv("ASKDOC_CACHE_DIR", str(cache))
    return cache / FILE_NAME


def _request(tmp_path: Path, model_dir: Path, encoder: OnnxEncoder) -> IndexRequest:
    return IndexRequest(
        (bundled_article(),), tmp_path / "index", IndexSettings(model_dir), make_encoder=lambda _path: encoder,
        make_query_encoder=lambda _path: encoder,
    )


@pytest.mark.slow
def test_indexing_embeds_chunks_and_an_answer_only_the_sentences_it_reads(
    own_cache: Path, model_dir: Path, tmp_path: Path
) -> None:
    onnx = CountingEncoder(export_dir(model_dir))
    index, _ = ensure_index(_request(tmp_path, model_dir, onnx))
    assert onnx.texts == len(index.chunks)
    assert not (index.folder / "sentences.npy").exists()
    index.sentence_vectors.use(onnx)
    rows = index.sentence_rows[2]
    vectors = index.sentence_vectors[rows.start : rows.stop]
    assert onnx.texts == len(index.chunks) + len(index.chunks[2].sentences)
    # The same vectors as each sentence encoded alone (up to batch padding).
    alone = np.stack([onnx.encode([text])[0] for text in sentence_texts(index.chunks[2])])
    assert np.allclose(vectors, alone, atol=1e-5)
    # Read again: kept in memory, nothing encoded.
    before = onnx.texts
    assert np.array_equal(index.sentence_vectors[rows.start], vectors[0])
    assert onnx.texts == before


@pytest.mark.slow
def test_a_later_process_reads_sentence_vectors_from_the_cache_without_opening_the_encoder(
    own_cache: Path, model_dir: Path, tmp_path: Path
) -> None:
    onnx = OnnxEncoder(export_dir(model_dir))
    first = Engine.open(_request(tmp_path, model_dir, onnx))
    answer = first.ask("Who was named Prime Minister-designate?")
    assert answer.citations and not answer.abstained
    fresh = CountingEncoder(export_dir(model_dir))
    later = Engine.open(_request(tmp_path, model_dir, fresh))
    read = [p.chunk.chunk_id for p in answer.retrieved[:3]]
    later.index.sentence_vectors.ensure(read)
    assert not fresh.is_open and fresh.texts == 0
    for chunk_id in read:
        rows = first.index.sentence_rows[chunk_id]
        stored = first.index.sentence_vectors[rows.start : rows.stop]
        assert np.array_equal(later.index.sentence_vectors[rows.start : rows.stop], stored)


@pytest.mark.slow
@pytest.mark.parametrize("damage", ["not finite", "a row short"])
def test_a_damaged_cache_entry_is_encoded_again(damage: str, own_cache: Path, model_dir: Path, tmp_path: Path) -> None:
    onnx = CountingEncoder(export_dir(model_dir))
    index, _ = ensure_index(_request(tmp_path, model_dir, onnx))
    chunk = index.chunks[1]
    spans = tuple((s.start - chunk.start, s.end - chunk.start) for s in chunk.sentences)
    key = chunk_key(onnx.identity, KIND, indexed_text(chunk), spans)
    cache = VectorCache(own_cache, onnx.dimension)
    rows = len(chunk.sentences) - (damage == "a row short")
    cache.put({key: np.full((rows, onnx.dimension), np.nan if damage == "not finite" else 0.1, dtype=np.float32)})
    index.sentence_vectors.use(onnx)
    rows = index.sentence_rows[1]
    vectors = index.sentence_vectors[rows.start : rows.stop]
    assert np.isfinite(vectors).all()
    assert np.allclose(vectors, onnx.encode(sentence_texts(chunk)), atol=1e-5)
    assert np.array_equal(cache.get([key])[key], vectors)


def test_computed_and_joined_rows_need_no_encoder() -> None:
    first = SentenceVectors.computed(np.eye(3, dtype=np.float32), [2, 1])
    second = SentenceVectors.computed(2 * np.eye(3, dtype=np.float32)[:2], [2])
    joined = SentenceVectors.joined([first, second])
    assert joined.shape == (5, 3)
    assert np.array_equal(joined[[1, 4]], np.array([[0, 1, 0], [0, 2, 0]], dtype=np.float32))
    assert np.array_equal(joined[2:3], np.array([[0, 0, 1]], dtype=np.float32))


@pytest.mark.slow
def test_warming_encodes_every_chunk_in_steps_until_told_to_stop(own_cache: Path, model_dir: Path, tmp_path: Path) -> None:
    onnx = CountingEncoder(export_dir(model_dir))
    index, _ = ensure_index(_request(tmp_path, model_dir, onnx))
    index.sentence_vectors.use(onnx)
    answers = iter((False, True))  # go on for one step, then stop
    index.sentence_vectors.warm(lambda: next(answers))
    assert index.sentence_vectors.unread() == len(index.chunks) - 16
    index.sentence_vectors.warm(lambda: False)
    assert index.sentence_vectors.unread() == 0
    assert onnx.texts == len(index.chunks) + len(index.sentence_vectors)
