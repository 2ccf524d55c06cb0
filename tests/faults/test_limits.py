"""Resource limits the user set (ulimit -v, -f, -n): one sentence naming the limit, never a segfault or a traceback.

Before issue 15's last cases, `ulimit -v 400000` made `askdoc ask` die of a segfault with no
message while faiss and onnxruntime loaded, and a small `ulimit -f` ended in a traceback.
"""

from __future__ import annotations

import errno
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from askdoc.embedding.query_encoder import ensure_onnx_export
from askdoc.limits import limit_sentence
from conftest import ROOT
from faults.memo import BUDGET_QUESTION

pytestmark = pytest.mark.slow  # fault tests: askdoc in a fresh interpreter

_MB = 1 << 20


def _askdoc_under(limit: int, value: int, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run `askdoc ARGS` with the soft and hard ``limit`` (a resource.RLIMIT_*) set to ``value``, as ulimit does."""
    return subprocess.run(
        [sys.executable, "-m", "askdoc", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT / "src"), **env},
        preexec_fn=lambda: resource.setrlimit(limit, (value, value)),
        timeout=300,
        cwd=ROOT,
    )


def _last_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    return result.stderr.splitlines()[-1]


def test_address_space_too_small_to_load_is_said_before_the_crash(tmp_path: Path, memo: Path, guard) -> None:
    guard.keep(memo)
    result = _askdoc_under(
        resource.RLIMIT_AS,
        400_000 * 1024,
        "ask",
        BUDGET_QUESTION,
        "--doc",
        str(memo),
        env={"ASKDOC_INDEX_DIR": str(tmp_path / "index")},
    )
    assert result.stderr == "askdoc: The address-space limit (ulimit -v) is 390 MB; answering needs about 800 MB.\n"
    assert not (tmp_path / "index").exists()


def test_address_space_too_small_to_export_the_model_is_said(tmp_path: Path, memo: Path, guard) -> None:
    guard.keep(memo)
    env = {"ASKDOC_INDEX_DIR": str(tmp_path / "index"), "ASKDOC_CACHE_DIR": str(tmp_path / "cache")}
    result = _askdoc_under(resource.RLIMIT_AS, 1500 * _MB, "index", str(memo), env=env)
    needs = "exporting the embedding model to ONNX (once) needs about 2400 MB"
    assert _last_line(result) == f"askdoc: The address-space limit (ulimit -v) is 1500 MB; {needs}."


def test_file_size_limit_is_one_sentence(tmp_path: Path, memo: Path, guard, model_dir: Path, askdoc_cache: Path) -> None:
    """4 KB is less than the memo's passage vectors; a copy of the session's ONNX export spares the export."""
    guard.keep(memo)
    ensure_onnx_export(model_dir, print)
    shutil.copytree(askdoc_cache / "onnx", tmp_path / "cache" / "onnx", copy_function=shutil.copy2)
    env = {"ASKDOC_INDEX_DIR": str(tmp_path / "index"), "ASKDOC_CACHE_DIR": str(tmp_path / "cache")}
    result = _askdoc_under(resource.RLIMIT_FSIZE, 4 * 1024, "index", str(memo), env=env)
    assert _last_line(result).endswith("cannot be written: it would pass the file size limit (ulimit -f) of 4 KB.")


def test_open_files_limit_is_one_sentence() -> None:
    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    sentence = limit_sentence(OSError(errno.EMFILE, "Too many open files", "/srv/model.onnx"))
    assert sentence == f"/srv/model.onnx cannot be opened: too many files are open for the limit (ulimit -n) of {soft}."
    assert limit_sentence(OSError(errno.EIO, "I/O error", "/srv/model.onnx")) is None
