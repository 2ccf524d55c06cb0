"""Every default path comes from askdoc.locations, and each variable moves its own."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from askdoc import locations
from conftest import ROOT


def test_variables_move_each_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASKDOC_INDEX_DIR", str(tmp_path / "i"))
    monkeypatch.setenv("ASKDOC_CACHE_DIR", str(tmp_path / "c"))
    monkeypatch.setenv("ASKDOC_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.setenv("ASKDOC_PROMPTS_DIR", str(tmp_path / "p"))
    assert locations.index_dir() == tmp_path / "i"
    assert locations.onnx_dir() == tmp_path / "c" / "onnx"
    assert locations.data_dir() == tmp_path / "d"
    assert locations.conversations_dir(locations.data_dir()) == tmp_path / "d" / "conversations"
    assert locations.exports_dir(locations.data_dir()) == tmp_path / "d" / "exports"
    assert locations.prompts_dir() == tmp_path / "p"


def test_defaults_are_the_checkout_then_the_user_directories(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ASKDOC_INDEX_DIR", "ASKDOC_CACHE_DIR", "ASKDOC_DATA_DIR", "ASKDOC_PROMPTS_DIR"):
        monkeypatch.delenv(name, raising=False)
    assert locations.index_dir() == ROOT / "index"
    assert locations.prompts_dir() == ROOT / "prompts"
    assert locations.default_eval_set() == ROOT / "eval" / "questions.jsonl"
    assert locations.onnx_dir() == Path(platformdirs.user_cache_dir("askdoc")) / "onnx"
    assert locations.data_dir() == Path(platformdirs.user_data_dir("askdoc"))


def test_packaged_files_are_there() -> None:
    assert locations.bundled_article().read_text(encoding="utf-8").lstrip().startswith("A Line in the Sand")
    assert "the" in locations.stopwords_file().read_text(encoding="utf-8").split()
    assert locations.packaged_prompts().joinpath("system.md").is_file()
