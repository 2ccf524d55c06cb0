"""A damaged, edited or foreign index is never used: askdoc says what was wrong and rebuilds."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from askdoc.answer.engine import Engine
from askdoc.files import leftovers
from askdoc.index.build import ensure_index
from askdoc.index.store import index_folder
from conftest import article_request
from faults.memo import BUDGET, BUDGET_QUESTION

pytestmark = pytest.mark.slow  # fault tests


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _edit_manifest(change: Callable[[dict], object]) -> Callable[[Path], None]:
    def edit(folder: Path) -> None:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        change(manifest)
        (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")

    return edit


def _shift_chunks(folder: Path) -> None:
    records = [json.loads(line) for line in (folder / "chunks.jsonl").read_text(encoding="utf-8").splitlines()]
    for record in records:
        record["start"] += 3
        record["end"] += 3
    (folder / "chunks.jsonl").write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")


def _edit_text(folder: Path) -> None:
    text = (folder / "text.txt").read_text(encoding="utf-8")
    (folder / "text.txt").write_text(text.replace("forty", "fifty"), encoding="utf-8")


def _replace_by_a_file(folder: Path) -> None:
    shutil.rmtree(folder)
    folder.write_text("not an index", encoding="utf-8")


def _foreign_manifest(folder: Path) -> None:
    other = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    other["document"].update(name="other.txt", sha256="0" * 64, path="/elsewhere/other.txt")
    (folder / "manifest.json").write_text(json.dumps(other), encoding="utf-8")


DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "truncated FAISS file": (
        lambda folder: _truncate(folder / "dense.faiss"),
        "it is damaged (dense.faiss is not the file the index was built with)",
    ),
    "missing BM25 arrays": (lambda folder: (folder / "lexical.npz").unlink(), "it is damaged (lexical.npz is missing)"),
    "chunk offsets shifted": (_shift_chunks, "it is damaged (chunks.jsonl is not the file the index was built with)"),
    "clean text edited": (_edit_text, "it is damaged (text.txt is not the file the index was built with)"),
    "manifest not JSON": (
        lambda folder: (folder / "manifest.json").write_text('{"format": 2, "docu', encoding="utf-8"),
        "it is damaged (its manifest is not valid JSON)",
    ),
    "manifest a JSON list": (
        lambda folder: (folder / "manifest.json").write_text("[]", encoding="utf-8"),
        "it is damaged (its manifest is not an askdoc index manifest)",
    ),
    "another program's manifest": (
        lambda folder: (folder / "manifest.json").write_text('{"name": "site", "version": 3}', encoding="utf-8"),
        "it is damaged (its manifest is not an askdoc index manifest)",
    ),
    "manifest of another document": (_foreign_manifest, "the document has changed"),
    "manifest from an older askdoc": (
        _edit_manifest(lambda m: m.update(format=1)),
        "it was written by another version of askdoc",
    ),
    "manifest field removed": (
        _edit_manifest(lambda m: m["model"].pop("dimension")),
        "it is damaged (its manifest lacks model.dimension)",
    ),
    "passage count edited": (
        _edit_manifest(lambda m: m["counts"].update(chunks=m["counts"]["chunks"] + 1)),
        "it is damaged (its files disagree on the number of passages)",
    ),
    "dimension edited": (
        _edit_manifest(lambda m: m["model"].update(dimension=768)),
        "it is damaged (its vectors do not have the model's 768 dimensions)",
    ),
    "file checksum edited": (
        _edit_manifest(lambda m: m["files"].update({"text.txt": "0" * 64})),
        "it is damaged (text.txt is not the file the index was built with)",
    ),
    "manifest deleted": (lambda folder: (folder / "manifest.json").unlink(), "it is damaged (its manifest is missing)"),
    "folder replaced by a file": (_replace_by_a_file, "it is damaged (a file stands where its folder was)"),
    "model moved": (_edit_manifest(lambda m: m["model"].update(path="/nowhere/model")), "the embedding model has changed"),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_index_is_rebuilt_and_answers_right(
    damage: str, memo: Path, tmp_path: Path, model_dir: Path, encoder, guard
) -> None:
    request = article_request(tmp_path / "index", model_dir, encoder, memo)
    ensure_index(request)
    guard.keep(memo)
    harm, reason = DAMAGE[damage]
    folder = index_folder(tmp_path / "index", memo)
    harm(folder)
    messages: list[str] = []
    request.notify = messages.append
    engine = Engine.open(request)
    assert messages[0] == f"Rebuilding the index of memo.txt: {reason}."
    assert messages[1:] == [f"Indexing memo.txt ({len(engine.index.chunks)} passages)…"]
    assert folder.is_dir() and leftovers(folder) == []
    _assert_answers_budget(engine)
    again: list[str] = []
    request.notify = again.append
    _, build_encoder = ensure_index(request)
    assert build_encoder is None and again == []


def _assert_answers_budget(engine: Engine) -> None:
    answer = engine.ask(BUDGET_QUESTION)
    assert not answer.abstained and BUDGET in answer.text
    for citation in answer.citations:
        chunk = citation.passage.chunk
        assert engine.index.text[chunk.start : chunk.end] == chunk.text
