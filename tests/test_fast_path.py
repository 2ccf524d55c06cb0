"""Answering from a built index goes through ONNX and imports neither torch, textual, faiss nor anything else it does not use."""

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


def test_index_build_leaves_an_onnx_export(article_index_dir: Path, model_dir: Path) -> None:
    assert is_export(export_dir(model_dir))
    assert isinstance(open_query_encoder(model_dir), OnnxEncoder)


def test_onnx_query_vector_matches_the_indexer(article_index_dir: Path, model_dir: Path, encoder) -> None:
    questions = ["Who was named Prime Minister-designate?", "How long did the US occupy Iraq?"]
    fast = open_query_encoder(model_dir).encode(questions)
    slow = encoder.encode(questions)
    assert np.all(np.sum(fast * slow, axis=1) > 0.9999)


# What a one-shot `askdoc ask --json` from a fresh flat index must not load (bench/oneshot.py): the
# chat's and the model builder's stacks, faiss (askdoc.index.flat_file reads a flat index), the
# packages of fitting and tokenising for chunks, the progress bar and the lock of a build, the
# document parsers (a fresh index is not parsed again) and the yes/no composer (a list question).
NOT_FOR_ASK = (
    *HEAVY,
    *("faiss", "sklearn", "scipy", "tiktoken", "filelock", "rich", "askdoc.output.terminal", "askdoc.answer.yesno"),
    *(f"askdoc.documents.formats.{name}" for name in ("text", "html", "markdown", "pdf")),
)

ASK_PROBE = """
import json, sys
from askdoc.cli.main import main
main(["ask", sys.argv[1], "--json"], standalone_mode=False)
print(json.dumps(sorted(sys.modules)))
"""


def test_ask_from_built_index_imports_nothing_it_does_not_use(article_index_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", ASK_PROBE, "Who was named Prime Minister-designate?"],
        capture_output=True,
        text=True,
        env={**os.environ, "ASKDOC_INDEX_DIR": str(article_index_dir), "PYTHONPATH": str(ROOT / "src")},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    answer_line, modules_line = result.stdout.strip().splitlines()
    assert "Mustafa Kadhimi" in json.loads(answer_line)["answer"]
    loaded = set(json.loads(modules_line))
    assert {"onnxruntime", "askdoc.index.flat_file"} <= loaded
    assert sorted(name for name in loaded if name in NOT_FOR_ASK or name.split(".")[0] in NOT_FOR_ASK) == []


INDEX_PROBE = """
import json, sys
from askdoc.cli.main import main
main(["index", sys.argv[1], "--index-dir", sys.argv[2]], standalone_mode=False)
heavy = sorted(name for name in sys.modules if name.split(".")[0] in {heavy!r})
print(json.dumps(heavy))
"""


def test_index_with_an_export_imports_no_torch(article_index_dir: Path, model_dir: Path, tmp_path: Path) -> None:
    assert is_export(export_dir(model_dir))
    document = tmp_path / "notes.txt"
    document.write_text("The storm log.\n\nThree storms were logged in March, two of them at night.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", INDEX_PROBE.format(heavy=set(HEAVY)), str(document), str(tmp_path / "index")],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    indexed_line, heavy_line = result.stdout.strip().splitlines()
    assert indexed_line.startswith("Indexed notes.txt: 1 passage")
    assert json.loads(heavy_line) == []
