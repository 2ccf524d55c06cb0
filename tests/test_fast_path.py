"""Answering from a built index goes through ONNX and never imports torch or textual."""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from askdoc.embedding.onnx_encoder import OnnxEncoder, is_export
from askdoc.embedding.query_encoder import export_dir, open_query_encoder
from conftest import ROOT

pytestmark = pytest.mark.slow  # every test needs the article's index or a fresh interpreter

HEAVY = ("torch", "transformers", "sentence_transformers", "textual")

PROBE = """
import json, sys
from askdoc.cli.main import main
main(["ask", sys.argv[1], "--json"], standalone_mode=False)
heavy = sorted(name for name in sys.modules if name.split(".")[0] in {heavy!r})
print(json.dumps(heavy))
"""


def test_index_build_leaves_an_onnx_export(article_index_dir: Path, model_dir: Path) -> None:
    assert is_export(export_dir(model_dir))
    assert isinstance(open_query_encoder(model_dir), OnnxEncoder)


def test_onnx_query_vector_matches_the_indexer(article_index_dir: Path, model_dir: Path, encoder) -> None:
    questions = ["Who was named Prime Minister-designate?", "How long did the US occupy Iraq?"]
    fast = open_query_encoder(model_dir).encode(questions)
    slow = encoder.encode(questions)
    assert np.all(np.sum(fast * slow, axis=1) > 0.9999)


def test_ask_from_built_index_imports_no_torch_and_no_textual(article_index_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=set(HEAVY)), "Who was named Prime Minister-designate?"],
        capture_output=True,
        text=True,
        env={**os.environ, "ASKDOC_INDEX_DIR": str(article_index_dir), "PYTHONPATH": str(ROOT / "src")},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    answer_line, heavy_line = result.stdout.strip().splitlines()
    assert "Mustafa Kadhimi" in json.loads(answer_line)["answer"]
    assert json.loads(heavy_line) == []
