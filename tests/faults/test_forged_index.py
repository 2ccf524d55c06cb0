"""A forged index file whose checksum the manifest was edited to match: checked for what it holds, not trusted.

Before issue 15's last cases, a lexical.npz with a posting past the last passage, or a
weight of NaN, passed the checksum and ended in a traceback or a wrong answer.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import faiss
import numpy as np
import pytest

from askdoc.answer.engine import Engine
from askdoc.index.build import ensure_index
from askdoc.index.store import index_folder
from conftest import article_request
from faults.memo import BUDGET, BUDGET_QUESTION

pytestmark = pytest.mark.slow  # fault tests


def _forge(folder: Path, name: str, write: Callable[[Path], None]) -> None:
    """Rewrite ``name`` and give the manifest its new checksum, as a forger would."""
    write(folder / name)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["files"][name] = hashlib.sha256((folder / name).read_bytes()).hexdigest()
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def _lexical_arrays(change: Callable[[dict[str, np.ndarray]], None]) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        with np.load(path) as stored:
            arrays = {key: stored[key] for key in stored.files}
        change(arrays)
        with open(path, "wb") as file:
            np.savez(file, **arrays)

    return write


def _lexical_meta(change: Callable[[dict], None]) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        meta = json.loads(path.read_text(encoding="utf-8"))
        change(meta)
        path.write_text(json.dumps(meta), encoding="utf-8")

    return write


def _set(key: str, make: Callable[[np.ndarray], np.ndarray]) -> Callable[[dict[str, np.ndarray]], None]:
    def change(arrays: dict[str, np.ndarray]) -> None:
        arrays[key] = make(arrays[key])

    return change


def _dense(make: Callable[[np.ndarray], faiss.Index]) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        stored = faiss.read_index(str(path))
        faiss.write_index(make(stored.reconstruct_n(0, stored.ntotal)), str(path))

    return write


def _flat(metric: int, change: Callable[[np.ndarray], np.ndarray] = lambda v: v) -> Callable[[np.ndarray], faiss.Index]:
    def make(vectors: np.ndarray) -> faiss.Index:
        index = faiss.IndexFlat(vectors.shape[1], metric)
        index.add(np.ascontiguousarray(change(vectors.copy()), dtype=np.float32))
        return index

    return make


def _nan_row(vectors: np.ndarray) -> np.ndarray:
    vectors[0] = np.nan
    return vectors


LEXICAL = "lexical.npz cannot be read"
FORGERIES: dict[str, tuple[str, Callable[[Path], None], str]] = {
    "posting past the last passage": ("lexical.npz", _lexical_arrays(_set("docs", lambda d: d + 1000)), LEXICAL),
    "negative passage number": ("lexical.npz", _lexical_arrays(_set("docs", lambda d: d - 1)), LEXICAL),
    "NaN weight": ("lexical.npz", _lexical_arrays(_set("weights", lambda w: np.full_like(w, np.nan))), LEXICAL),
    "negative weights": ("lexical.npz", _lexical_arrays(_set("weights", lambda w: -w)), LEXICAL),
    "offsets past the postings": ("lexical.npz", _lexical_arrays(_set("indptr", lambda p: p * 7)), LEXICAL),
    "offsets out of order": ("lexical.npz", _lexical_arrays(_set("indptr", lambda p: p[::-1].copy())), LEXICAL),
    "weights as text": ("lexical.npz", _lexical_arrays(_set("weights", lambda w: w.astype(str))), LEXICAL),
    "two-dimensional postings": ("lexical.npz", _lexical_arrays(_set("docs", lambda d: d.reshape(1, -1))), LEXICAL),
    "weights short of the postings": ("lexical.npz", _lexical_arrays(_set("weights", lambda w: w[:-1])), LEXICAL),
    "term number past the postings": ("lexical.json", _lexical_meta(lambda m: m["vocabulary"].update(budget=10**9)), LEXICAL),
    "term number as text": ("lexical.json", _lexical_meta(lambda m: m["vocabulary"].update(budget="7")), LEXICAL),
    "passage count as a float": ("lexical.json", _lexical_meta(lambda m: m.update(n_docs=3.5)), LEXICAL),
    "passage count of a billion": (
        "lexical.json",
        _lexical_meta(lambda m: m.update(n_docs=10**9)),
        "its files disagree on the number of passages",
    ),
    "lexical metadata a list": ("lexical.json", lambda path: path.write_text("[]", encoding="utf-8"), LEXICAL),
    "dense index by L2 distance": ("dense.faiss", _dense(_flat(faiss.METRIC_L2)), "dense.faiss cannot be read"),
    "dense vector of NaN": (
        "dense.faiss",
        _dense(_flat(faiss.METRIC_INNER_PRODUCT, _nan_row)),
        "its vectors are not finite numbers",
    ),
    "dense index one passage short": (
        "dense.faiss",
        _dense(_flat(faiss.METRIC_INNER_PRODUCT, lambda v: v[:-1])),
        "its files disagree on the number of passages",
    ),
}


@pytest.mark.parametrize("forgery", list(FORGERIES))
def test_forged_index_file_is_damaged_and_rebuilt(
    forgery: str, memo: Path, tmp_path: Path, model_dir: Path, encoder, guard
) -> None:
    request = article_request(tmp_path / "index", model_dir, encoder, memo)
    ensure_index(request)
    guard.keep(memo)
    name, write, reason = FORGERIES[forgery]
    _forge(index_folder(tmp_path / "index", memo), name, write)
    messages: list[str] = []
    request.notify = messages.append
    engine = Engine.open(request)
    assert messages[0] == f"Rebuilding the index of memo.txt: it is damaged ({reason})."
    answer = engine.ask(BUDGET_QUESTION)
    assert not answer.abstained and BUDGET in answer.text
