"""The manifest is parsed once into typed records and written back with the keys askdoc has always used."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from askdoc.index.manifest import (
    MANIFEST,
    Counts,
    DamagedIndex,
    DocumentRecord,
    IndexManifest,
    ModelRecord,
    OutdatedIndex,
    read_manifest,
    write_manifest,
)

MANIFEST_OF_A_MEMO = IndexManifest(
    documents=(DocumentRecord("memo.txt", "/home/ann/memo.txt", "Memo", "ab" * 32, 1200),),
    model=ModelRecord("/models/minilm", "0123456789abcdef", 384),
    chunking={"max_tokens": 200, "min_tokens": 8, "tokenizer": "cl100k_base"},
    counts=Counts(paragraphs=9, chunks=4, sentences=17),
    dense_index="flat",
    built_at="2025-01-02T03:04:05Z",
    files={"text.txt": "cd" * 32},
)


def test_written_manifest_reads_back_equal(tmp_path: Path) -> None:
    write_manifest(tmp_path, MANIFEST_OF_A_MEMO)
    raw = json.loads((tmp_path / MANIFEST).read_text(encoding="utf-8"))
    keys = ["format", "askdoc_version", "built_at", "document", "model", "chunking", "counts", "dense_index", "files"]
    assert list(raw) == keys
    memo = {"name": "memo.txt", "path": "/home/ann/memo.txt", "title": "Memo", "sha256": "ab" * 32, "chars": 1200}
    assert raw["document"] == memo
    assert read_manifest(tmp_path) == MANIFEST_OF_A_MEMO


def test_a_manifest_from_before_hnsw_reads_as_flat(tmp_path: Path) -> None:
    raw = MANIFEST_OF_A_MEMO.to_json()
    del raw["dense_index"]
    (tmp_path / MANIFEST).write_text(json.dumps(raw), encoding="utf-8")
    assert read_manifest(tmp_path).dense_index == "flat"


@pytest.mark.parametrize(
    ("edit", "error", "message"),
    [
        (lambda raw: raw.update(format=1), OutdatedIndex, "written by another version of askdoc"),
        (lambda raw: raw["counts"].update(chunks="4"), DamagedIndex, "its manifest lacks counts.chunks"),
        (lambda raw: raw.update(dense_index="ivf"), DamagedIndex, "its manifest lacks dense_index"),
    ],
)
def test_a_manifest_that_does_not_fit_is_refused(tmp_path: Path, edit, error: type, message: str) -> None:
    raw = MANIFEST_OF_A_MEMO.to_json()
    edit(raw)
    (tmp_path / MANIFEST).write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(error, match=message):
        read_manifest(tmp_path)


def test_no_manifest_is_no_index(tmp_path: Path) -> None:
    assert read_manifest(tmp_path) is None
