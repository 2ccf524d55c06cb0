import json
from pathlib import Path

import pytest

from askdoc.answer.engine import Engine, ensure_index
from askdoc.index.store import index_folder
from conftest import article_request

pytestmark = pytest.mark.slow  # every test builds or loads an index made with the model


def test_round_trip_keeps_offsets_and_text(engine: Engine) -> None:
    index = engine.index
    assert index.manifest.counts.chunks == len(index.chunks) == index.dense.ntotal
    assert index.manifest.model.dimension == 384
    assert len(index.manifest.document.sha256) == 64
    for chunk in index.chunks:
        assert index.text[chunk.start : chunk.end] == chunk.text
        for span in chunk.sentences:
            assert chunk.start <= span.start < span.end <= chunk.end


def test_up_to_date_index_is_reused(article_index_dir: Path, model_dir: Path, encoder) -> None:
    index, build_encoder = ensure_index(article_request(article_index_dir, model_dir, encoder))
    assert build_encoder is None
    assert index.chunks


def test_changed_document_is_rebuilt_and_says_so(tmp_path: Path, model_dir: Path, encoder) -> None:
    document = tmp_path / "memo.txt"
    document.write_text("The budget for the bridge is forty million dollars.\n", encoding="utf-8")
    messages: list[str] = []
    request = article_request(tmp_path / "index", model_dir, encoder, document)
    request.notify = messages.append
    first, _ = ensure_index(request)
    document.write_text("The bridge opened in 1932 after six years of work.\n", encoding="utf-8")
    second, build_encoder = ensure_index(request)
    assert build_encoder is encoder
    indexing = "Indexing memo.txt (1 passage)…"
    assert messages == [indexing, "Rebuilding the index of memo.txt: the document has changed.", indexing]
    assert "1932" in second.text and "forty" not in second.text
    assert first.manifest.document.sha256 != second.manifest.document.sha256
    assert not [p for p in (tmp_path / "index").iterdir() if ".tmp-" in p.name or ".old-" in p.name]


def test_damaged_index_is_kept_until_a_rebuild_replaces_it(tmp_path: Path, model_dir: Path, encoder) -> None:
    document = tmp_path / "memo.txt"
    document.write_text("The budget for the bridge is forty million dollars.\n", encoding="utf-8")
    request = article_request(tmp_path / "index", model_dir, encoder, document)
    ensure_index(request)
    folder = index_folder(tmp_path / "index", document)
    (folder / "dense.faiss").write_bytes(b"not a faiss index")

    def broken_encoder(_path: Path):
        raise RuntimeError("model crashed")

    request.make_encoder = broken_encoder
    with pytest.raises(RuntimeError):
        ensure_index(request)
    assert (folder / "dense.faiss").read_bytes() == b"not a faiss index"
    messages: list[str] = []
    request.make_encoder, request.notify = (lambda _path: encoder), messages.append
    index, build_encoder = ensure_index(request)
    assert build_encoder is encoder and index.chunks
    indexing = "Indexing memo.txt (1 passage)…"
    damaged = "Rebuilding the index of memo.txt: it is damaged (dense.faiss is not the file the index was built with)."
    assert messages == [damaged, indexing]
    (folder / "manifest.json").write_text("{truncated", encoding="utf-8")
    messages.clear()
    index, build_encoder = ensure_index(request)
    assert build_encoder is encoder and index.dense.ntotal == len(index.chunks)
    assert messages == ["Rebuilding the index of memo.txt: it is damaged (its manifest is not valid JSON).", indexing]


def test_rebuild_replaces_a_damaged_index(index_copy: Path, model_dir: Path, encoder, engine: Engine) -> None:
    request = article_request(index_copy, model_dir, encoder)
    messages: list[str] = []
    request.notify = messages.append
    folder = index_folder(index_copy, request.documents[0])
    (folder / "chunks.jsonl").unlink()
    index, build_encoder = ensure_index(request)
    assert messages[0] == "Rebuilding the index of article.txt: it is damaged (chunks.jsonl is missing)."
    assert messages[1:] == [f"Indexing article.txt ({len(engine.index.chunks)} passages)…"]
    assert build_encoder is encoder and (folder / "chunks.jsonl").is_file()
    assert [chunk.text for chunk in index.chunks] == [chunk.text for chunk in engine.index.chunks]


def test_changed_chunk_settings_trigger_rebuild(index_copy: Path, model_dir: Path, encoder) -> None:
    request = article_request(index_copy, model_dir, encoder)
    folder = index_folder(index_copy, request.documents[0])
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["chunking"]["max_tokens"] = 999
    (folder / "manifest.json").write_text(json.dumps(manifest))
    _, build_encoder = ensure_index(request)
    assert build_encoder is encoder
    assert json.loads((folder / "manifest.json").read_text())["chunking"]["max_tokens"] == 200


def test_failed_build_leaves_previous_index(index_copy: Path, model_dir: Path, encoder) -> None:
    request = article_request(index_copy, model_dir, encoder)
    folder = index_folder(index_copy, request.documents[0])
    before = (folder / "manifest.json").read_text()

    def broken_encoder(_path: Path):
        raise RuntimeError("model crashed")

    request.make_encoder = broken_encoder
    with pytest.raises(RuntimeError):
        ensure_index(request, rebuild=True)
    assert (folder / "manifest.json").read_text() == before
