"""The optimised graph saved beside the ONNX export: written by the first session, used by the next, and
giving the same vectors, bit for bit, as the export's own model optimised in memory."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import onnxruntime as ort
import pytest

from askdoc.embedding import optimized_model
from askdoc.embedding.export_checksums import checksum_damage, record_checksums
from askdoc.embedding.onnx_encoder import MODEL_NAME, WEIGHTS_NAME, OnnxEncoder
from askdoc.embedding.optimized_model import OPTIMIZED_FILES, optimized_dir
from askdoc.embedding.query_encoder import ensure_onnx_export, export_dir
from askdoc.locations import bundled_article

pytestmark = pytest.mark.slow  # needs the session's ONNX export

QUESTIONS = ["Who was named Prime Minister-designate?", "when was soleimani killed", "How many US soldiers died in Iraq?"]


@pytest.fixture
def export_copy(tmp_path: Path, model_dir: Path) -> Path:
    """A copy of the session's export without an optimised graph."""
    ensure_onnx_export(model_dir, print)
    copy = tmp_path / "export"
    shutil.copytree(export_dir(model_dir), copy, copy_function=shutil.copy2)
    shutil.rmtree(optimized_dir(copy), ignore_errors=True)
    return copy


def texts() -> list[str]:
    """The questions and every paragraph of the bundled article (up to 128 tokens each, as encoded)."""
    return QUESTIONS + [part for part in bundled_article().read_text(encoding="utf-8").split("\n\n") if part.strip()]


def unoptimised_vectors(export: Path, items: list[str], monkeypatch: pytest.MonkeyPatch) -> np.ndarray:
    """The vectors of ``items`` with ``model.onnx`` optimised in memory at the default level, as every session did before."""

    def in_memory(export_dir: Path, make_options) -> ort.InferenceSession:
        return ort.InferenceSession(str(export_dir / MODEL_NAME), make_options(), providers=["CPUExecutionProvider"])

    with monkeypatch.context() as patch:
        patch.setattr(optimized_model, "open_session", in_memory)
        encoder = OnnxEncoder(export)
        vectors = encoder.encode(items)
        assert session_path(encoder) == export / MODEL_NAME
    return vectors


def session_path(encoder: OnnxEncoder) -> Path:
    return Path(encoder._runtime.session._model_path)


def test_first_session_saves_the_graph_and_the_next_opens_it(export_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    items = texts()
    first = OnnxEncoder(export_copy)
    written = first.encode(items)
    assert session_path(first) == export_copy / MODEL_NAME
    assert checksum_damage(optimized_dir(export_copy), OPTIMIZED_FILES) is None
    second = OnnxEncoder(export_copy)
    again = second.encode(items)
    assert session_path(second) == optimized_dir(export_copy) / MODEL_NAME
    assert np.array_equal(written, again)
    assert np.array_equal(again, unoptimised_vectors(export_copy, items, monkeypatch))


def test_a_damaged_saved_graph_is_not_used_and_is_written_again(export_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    items = texts()[:5]
    OnnxEncoder(export_copy).encode(items)
    weights = optimized_dir(export_copy) / WEIGHTS_NAME
    weights.write_bytes(bytes(weights.stat().st_size))
    assert checksum_damage(optimized_dir(export_copy), OPTIMIZED_FILES) == f"{WEIGHTS_NAME} is not the file it was exported with"
    encoder = OnnxEncoder(export_copy)
    assert np.array_equal(encoder.encode(items), unoptimised_vectors(export_copy, items, monkeypatch))
    assert session_path(encoder) == export_copy / MODEL_NAME
    assert checksum_damage(optimized_dir(export_copy), OPTIMIZED_FILES) is None


def test_a_saved_graph_that_does_not_load_is_written_again_and_another_versions_removed(
    export_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = texts()[:5]
    OnnxEncoder(export_copy).encode(items)
    folder = optimized_dir(export_copy)
    (folder / MODEL_NAME).write_bytes(b"not an onnx graph")
    record_checksums(folder, OPTIMIZED_FILES)  # intact by its checksums, yet onnxruntime cannot load it
    stale = export_copy / "optimized-0.0.1"
    stale.mkdir()
    encoder = OnnxEncoder(export_copy)
    assert np.array_equal(encoder.encode(items), unoptimised_vectors(export_copy, items, monkeypatch))
    assert session_path(encoder) == export_copy / MODEL_NAME
    assert checksum_damage(folder, OPTIMIZED_FILES) is None and (folder / MODEL_NAME).stat().st_size > 1000
    assert not stale.exists()
