"""The eval sets ship with the package: identical to eval/, and `askdoc eval` finds them outside the checkout."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from askdoc.evaluation.bundled import eval_file
from conftest import ROOT


@pytest.mark.parametrize("name", ["questions.jsonl", "reader_questions.jsonl"])
def test_shipped_eval_sets_are_identical_to_eval(name: str) -> None:
    shipped = eval_file(Path("eval") / name) if not (Path("eval") / name).exists() else None
    packaged = ROOT / "src" / "askdoc" / "data" / "eval" / name
    assert packaged.read_bytes() == (ROOT / "eval" / name).read_bytes()
    assert shipped is None or shipped.read_bytes() == packaged.read_bytes()


@pytest.mark.slow
def test_eval_outside_the_checkout_uses_the_shipped_set(tmp_path: Path, article_index_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "askdoc", "eval", "--json"],
        capture_output=True,
        text=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT / "src"), "ASKDOC_INDEX_DIR": str(article_index_dir)},
        cwd=tmp_path,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    metrics = json.loads(result.stdout)["metrics"]
    assert metrics["questions"] == sum(1 for line in (ROOT / "eval" / "questions.jsonl").open() if line.strip())
