"""Crashes and races while indexing: a killed build, a crash between the two renames, two builds at once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from askdoc.answer.engine import Engine
from askdoc.index.build import ensure_index
from askdoc.index.store import index_folder
from conftest import ROOT, article_request
from faults.memo import BUDGET, BUDGET_QUESTION

pytestmark = pytest.mark.slow  # fault tests

_DEADLINE_S = 240


def _start_askdoc(*args: str, index_dir: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT / "src"), "ASKDOC_INDEX_DIR": str(index_dir)}
    return subprocess.Popen(
        [sys.executable, "-m", "askdoc", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )


def _kill_when_writing(process: subprocess.Popen[str], folder: Path) -> bool:
    """SIGKILL the build as soon as its temporary folder appears; False if it finished first."""
    deadline = time.monotonic() + _DEADLINE_S
    while time.monotonic() < deadline and process.poll() is None:
        if any(folder.parent.glob(f".{folder.name}.tmp-*")):
            process.kill()
            return True
        time.sleep(0.0005)
    return False


def _kill_when_rebuilding(process: subprocess.Popen[str], _folder: Path) -> bool:
    """SIGKILL the build once it has said it is rebuilding, while it loads the model."""
    assert process.stderr is not None
    line = process.stderr.readline()
    process.kill()
    return line.startswith("Rebuilding the index of memo.txt")


@pytest.mark.parametrize("kill", [_kill_when_rebuilding, _kill_when_writing], ids=["loading the model", "writing the index"])
def test_killed_rebuild_leaves_the_previous_index(kill, memo: Path, tmp_path: Path, model_dir: Path, encoder, guard) -> None:
    index_dir = tmp_path / "index"
    request = article_request(index_dir, model_dir, encoder, memo)
    ensure_index(request)
    folder = index_folder(index_dir, memo)
    guard.keep(memo, folder)
    process = _start_askdoc("index", str(memo), "--rebuild", index_dir=index_dir)
    killed = kill(process, folder)
    process.wait(timeout=_DEADLINE_S)
    assert killed and process.returncode == -signal.SIGKILL, process.stderr.read() if process.stderr else ""
    engine = Engine.open(request)
    answer = engine.ask(BUDGET_QUESTION)
    assert engine.index.folder == folder and BUDGET in answer.text
    assert not list(index_dir.glob(".memo-*")), "the killed build's leftovers are tidied on the next run"


def test_crash_between_the_two_renames_is_repaired(memo: Path, tmp_path: Path, model_dir: Path, encoder, guard) -> None:
    index_dir = tmp_path / "index"
    request = article_request(index_dir, model_dir, encoder, memo)
    ensure_index(request)
    folder = index_folder(index_dir, memo)
    guard.keep(memo, folder)
    retired = index_dir / f".{folder.name}.old-4242"
    os.rename(folder, retired)
    unfinished = index_dir / f".{folder.name}.tmp-4243"
    unfinished.mkdir()
    (unfinished / "text.txt").write_text("half", encoding="utf-8")
    messages: list[str] = []
    request.notify = messages.append
    index, build_encoder = ensure_index(request)
    assert build_encoder is None and messages == [] and index.folder == folder
    assert not retired.exists() and not unfinished.exists()


def test_two_index_runs_at_once_build_once(memo: Path, tmp_path: Path, model_dir: Path, encoder, guard) -> None:
    index_dir = tmp_path / "index"
    guard.keep(memo)
    first = _start_askdoc("index", str(memo), index_dir=index_dir)
    second = _start_askdoc("index", str(memo), index_dir=index_dir)
    outputs = [process.communicate(timeout=_DEADLINE_S) for process in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], outputs
    lines = sorted(stdout.strip() for stdout, _ in outputs)
    assert lines[0].startswith("Indexed memo.txt: 3 passages") and lines[1].startswith("Up to date: memo.txt: 3 passages")
    folder = index_folder(index_dir, memo)
    assert json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["counts"]["chunks"] == 3
    assert BUDGET in Engine.open(article_request(index_dir, model_dir, encoder, memo)).ask(BUDGET_QUESTION).text
