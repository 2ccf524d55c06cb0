"""A one-shot `askdoc ask` ends without the interpreter's teardown once its answer is written (askdoc.cli.quick_exit)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow  # a fresh interpreter on the article's index

PROBE = """
import atexit, os, sys
atexit.register(lambda: os.write(2, b"teardown ran\\n"))
sys.argv = ["askdoc", *sys.argv[1:]]
from askdoc.cli.entry import run
run()
"""


def run_probe(*args: str, index_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "ASKDOC_INDEX_DIR": str(index_dir), "PYTHONPATH": str(ROOT / "src")},
        timeout=120,
    )


def test_ask_writes_its_whole_answer_and_ends_at_once(article_index_dir: Path) -> None:
    result = run_probe("ask", "Who was named Prime Minister-designate?", "--json", index_dir=article_index_dir)
    assert result.returncode == 0, result.stderr
    assert "Mustafa Kadhimi" in json.loads(result.stdout)["answer"]
    assert "teardown ran" not in result.stderr


def test_other_commands_and_failures_exit_as_usual(article_index_dir: Path) -> None:
    listed = run_probe("list", index_dir=article_index_dir)
    assert listed.returncode == 0 and "article.txt" in listed.stdout
    assert "teardown ran" in listed.stderr
    empty = run_probe("ask", " ", index_dir=article_index_dir)
    assert empty.returncode == 2 and empty.stderr.startswith("askdoc: The question is empty.")
    assert "teardown ran" in empty.stderr
