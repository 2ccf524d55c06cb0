"""bench/squad.py runs end to end on one article and reports sane figures for every retriever."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow  # the bench indexes a SQuAD article with the model

SQUAD_SLICE = ROOT / "tests" / "data" / "squad" / "squad-v2-dev-slice.json"

METRICS = ("recall@1", "recall@3", "mrr@10", "accuracy", "abstention", "false_abstention")


def test_squad_bench_reports_every_retriever(tmp_path: Path, article_index_dir: Path) -> None:
    """article_index_dir: the session's ONNX export exists before the bench (which reuses it via ASKDOC_CACHE_DIR)."""
    out = tmp_path / "squad.json"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "squad.py"),
            *("--data", str(SQUAD_SLICE), "--articles", "1", "--max-questions", "24", "--out", str(out)),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT / "src")},
        timeout=300,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout.replace("\n", "")
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["articles"] == ["Normans"] and report["questions"] == 24
    assert set(report["retrievers"]) == {"hybrid", "dense", "lexical"}
    for figures in report["retrievers"].values():
        assert figures["answerable"] > 0 and figures["unanswerable"] > 0
        assert all(0.0 <= figures[metric] <= 1.0 for metric in METRICS)
        assert figures["recall@3"] >= figures["recall@1"]
    assert report["retrievers"]["hybrid"]["recall@3"] > 0.5
    assert len(report["results"]) == 3 * 24
