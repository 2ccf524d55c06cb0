"""A damaged ONNX export in the cache is never used: `askdoc ask` says so, rebuilds it and answers.

Before, only encoder.json was checked: a truncated model.onnx made every ask fail with a
traceback, and `askdoc index --rebuild` did not repair it.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from askdoc.embedding.export_checksums import checksum_damage
from askdoc.embedding.query_encoder import ensure_onnx_export, export_damage, export_dir
from conftest import run_askdoc
from faults.memo import BUDGET, BUDGET_QUESTION

pytestmark = pytest.mark.slow  # fault tests


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _overwrite(path: Path) -> None:
    """Same size, other bytes."""
    path.write_bytes(bytes(path.stat().st_size))


DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "truncated model.onnx": (lambda folder: _truncate(folder / "model.onnx"), "model.onnx is not the file it was exported with"),
    "overwritten weights": (
        lambda folder: _overwrite(folder / "model.onnx.data"),
        "model.onnx.data is not the file it was exported with",
    ),
    "tokenizer removed": (lambda folder: (folder / "tokenizer.json").unlink(), "it is incomplete"),
    "checksums removed": (lambda folder: (folder / "checksums.json").unlink(), "checksums.json is missing"),
}


@pytest.fixture
def private_cache(tmp_path: Path, model_dir: Path, askdoc_cache: Path) -> Path:
    """A copy of the session's ONNX export in a cache of this test's own."""
    ensure_onnx_export(model_dir, print)
    cache = tmp_path / "cache"
    shutil.copytree(askdoc_cache / "onnx", cache / "onnx", copy_function=shutil.copy2)
    return cache


@pytest.mark.parametrize("damage", DAMAGE)
def test_every_damage_is_named(damage: str, private_cache: Path, model_dir: Path) -> None:
    folder = private_cache / "onnx" / export_dir(model_dir).name
    harm, reason = DAMAGE[damage]
    harm(folder)
    assert export_damage(folder) == reason


# Each rebuild re-exports the model through torch (about 10 s), so two damages take the whole
# path, one through each command; test_every_damage_is_named covers how each is detected.
CASES = [("ask", "overwritten weights"), ("index --rebuild", "truncated model.onnx")]


@pytest.mark.parametrize(("command", "damage"), CASES)
def test_damaged_export_is_rebuilt_with_a_note(
    damage: str, command: str, private_cache: Path, model_dir: Path, memo: Path, tmp_path: Path, guard
) -> None:
    env = {"ASKDOC_CACHE_DIR": str(private_cache), "ASKDOC_INDEX_DIR": str(tmp_path / "index")}
    assert run_askdoc("index", str(memo), env=env).returncode == 0
    guard.keep(memo)
    folder = private_cache / "onnx" / export_dir(model_dir).name
    harm, reason = DAMAGE[damage]
    harm(folder)
    args = ["ask", BUDGET_QUESTION, "--doc", str(memo)] if command == "ask" else ["index", "--rebuild", str(memo)]
    result = run_askdoc(*args, env=env)
    assert result.returncode == 0, result.stderr
    assert f"Rebuilding the ONNX export of the embedding model: {reason}." in result.stderr.splitlines()
    assert "Traceback" not in result.stderr
    assert checksum_damage(folder) is None
    assert [p.name for p in folder.parent.iterdir()] == [folder.name]
    answer = run_askdoc("ask", BUDGET_QUESTION, "--doc", str(memo), "--json", env=env)
    assert answer.returncode == 0 and answer.stderr == ""
    assert BUDGET in json.loads(answer.stdout)["answer"]


def test_damaged_export_without_torch_is_one_sentence(private_cache: Path, model_dir: Path, memo: Path, tmp_path: Path) -> None:
    env = {"ASKDOC_CACHE_DIR": str(private_cache), "ASKDOC_INDEX_DIR": str(tmp_path / "index")}
    assert run_askdoc("index", str(memo), env=env).returncode == 0
    folder = private_cache / "onnx" / export_dir(model_dir).name
    _truncate(folder / "model.onnx")
    no_torch = tmp_path / "no-torch"
    (no_torch / "torch").mkdir(parents=True)
    (no_torch / "torch" / "__init__.py").write_text("raise ImportError('No module named torch')\n", encoding="utf-8")
    result = run_askdoc(
        "ask", BUDGET_QUESTION, "--doc", str(memo), env={**env, "PYTHONPATH": f"{no_torch}:{Path(__file__).parents[2] / 'src'}"}
    )
    assert result.returncode == 2, result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == "Rebuilding the ONNX export of the embedding model: model.onnx is not the file it was exported with."
    assert (
        len(lines) == 2
        and lines[1].startswith("askdoc: The ONNX export of the embedding model in ")
        and "cannot be rebuilt without torch" in lines[1]
    )


def test_export_damage_tells_absent_intact_and_damaged(private_cache: Path, model_dir: Path, tmp_path: Path) -> None:
    folder = private_cache / "onnx" / export_dir(model_dir).name
    assert export_damage(tmp_path / "absent") == ""
    assert export_damage(folder) is None
    (folder / "checksums.json").write_text("[]", encoding="utf-8")
    assert export_damage(folder) == "checksums.json is not a list of checksums"
