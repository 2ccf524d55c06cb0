"""Re-indexing an edited document from the caches writes the index a build from nothing writes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from askdoc.documents.loader import parse_source, read_source
from askdoc.embedding.onnx_encoder import OnnxEncoder
from askdoc.embedding.query_encoder import export_dir
from askdoc.index import count_cache
from askdoc.index.build import IndexRequest, ensure_index
from askdoc.index.chunker import ChunkSettings, chunk_document
from askdoc.index.count_cache import CountCache
from askdoc.index.document_index import DocumentIndex
from askdoc.index.store import IndexSettings
from askdoc.locations import onnx_dir
from askdoc.text.tokens import count_tokens

REAL = Path(__file__).parent / "fixtures" / "real"
MANUAL = REAL / "ls.1.txt"


def _private_cache(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache directory of its own: the session's ONNX export, no vectors, no token counts."""
    folder.mkdir()
    (folder / "onnx").symlink_to(onnx_dir())
    monkeypatch.setenv("ASKDOC_CACHE_DIR", str(folder))


def _edited(text: str) -> str:
    """``text`` with one word added at the end of a paragraph in its middle."""
    paragraphs = text.split("\n\n")
    middle = next(n for n in range(len(paragraphs) // 2, len(paragraphs)) if len(paragraphs[n].split()) > 20)
    paragraphs[middle] = paragraphs[middle].rstrip() + " edited"
    return "\n\n".join(paragraphs)


class _CountedTiktoken:
    """count_tokens, counting the texts it is asked about."""

    def __init__(self) -> None:
        self.texts = 0

    def __call__(self, text: str) -> int:
        self.texts += 1
        return count_tokens(text)


@pytest.mark.slow
def test_reindex_after_an_edit_writes_what_a_build_from_nothing_writes(
    article_index_dir: Path, model_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """article_index_dir: the session's ONNX export exists."""
    encoder = OnnxEncoder(export_dir(model_dir))
    tiktoken = _CountedTiktoken()
    monkeypatch.setattr(count_cache, "count_tokens", tiktoken)
    settings = IndexSettings(model_dir)
    document = tmp_path / "ls.1.txt"
    document.write_text(MANUAL.read_text(encoding="utf-8"), encoding="utf-8")
    _private_cache(tmp_path / "cache", monkeypatch)
    request = IndexRequest((document,), tmp_path / "index", settings, make_encoder=lambda _path: encoder)
    ensure_index(request)
    counted_cold = tiktoken.texts
    document.write_text(_edited(MANUAL.read_text(encoding="utf-8")), encoding="utf-8")
    fast, _ = ensure_index(request)
    counted_again = tiktoken.texts - counted_cold
    assert "edited" in fast.text
    # Only the edited paragraph's texts are counted again (ls.1.txt: ~100 of ~600).
    assert 0 < counted_again < counted_cold / 4

    _private_cache(tmp_path / "nothing", monkeypatch)
    request = IndexRequest((document,), tmp_path / "index-from-nothing", settings, make_encoder=lambda _path: encoder)
    full, _ = ensure_index(request)
    _assert_same_index(fast, full)


def _assert_same_index(fast: DocumentIndex, full: DocumentIndex) -> None:
    for name in ("text.txt", "chunks.jsonl", "lexical.json"):
        assert (fast.folder / name).read_bytes() == (full.folder / name).read_bytes(), name
    with np.load(fast.folder / "lexical.npz") as one, np.load(full.folder / "lexical.npz") as other:
        for array in ("indptr", "docs", "weights"):
            assert np.array_equal(one[array], other[array]), array
    assert fast.chunks == full.chunks
    assert np.allclose(fast.chunk_vectors, full.chunk_vectors, atol=1e-5)
    # Sentence vectors are encoded when first read (index/sentence_vectors.py): the edited chunk's, from each.
    edited = next(i for i, chunk in enumerate(fast.chunks) if "edited" in chunk.text)
    rows = list(fast.sentence_rows[edited])
    assert np.allclose(fast.sentence_vectors[rows], full.sentence_vectors[rows], atol=1e-5)
    # The same manifest but for the build time and the checksums of the vector files (float noise).
    assert replace(fast.manifest, built_at="", files={}) == replace(full.manifest, built_at="", files={})


def test_remembered_counts_give_the_chunks_of_other_settings_too(tmp_path: Path) -> None:
    """Counts kept from a build at one budget answer a build at another: a count depends on its text only."""
    document = parse_source(read_source(REAL / "tar.1.txt"))
    cache = CountCache(tmp_path / count_cache.FILE_NAME)
    memo = cache.memo("tar")
    assert chunk_document(document, ChunkSettings(), memo) == chunk_document(document, ChunkSettings())
    cache.keep("tar", memo)
    kept = cache.memo("tar")
    assert kept.known == memo.used and len(kept.known) > 100
    for budget in (60, 120):
        assert chunk_document(document, ChunkSettings(max_tokens=budget), kept) == chunk_document(
            document, ChunkSettings(max_tokens=budget)
        )


def test_damaged_count_cache_is_started_again(tmp_path: Path) -> None:
    path = tmp_path / count_cache.FILE_NAME
    path.write_bytes(b"this is not a database" * 100)
    cache = CountCache(path)
    memo = cache.memo("doc")
    assert memo.known == {} and memo("two words") == 2
    cache.keep("doc", memo)
    cache.keep("doc", memo)
    assert cache.memo("doc").known == {count_cache.text_digest("two words"): 2}
