"""Which encoder turns a question into a vector: the ONNX export when there is one, else torch.

The export is made once, when an index is built, into a cache keyed by the model's
fingerprint; every later question is encoded with onnxruntime and never imports torch.
"""

from __future__ import annotations

import os
from pathlib import Path

from askdoc.embedding.embedder import Encoder, SentenceTransformerEncoder, model_fingerprint
from askdoc.locations import onnx_dir
from askdoc.types import Notify


def onnx_enabled() -> bool:
    """ASKDOC_ONNX=0 keeps every step on sentence-transformers (the benchmark's baseline)."""
    return os.environ.get("ASKDOC_ONNX", "1") != "0"


def export_dir(model_dir: Path) -> Path:
    """Where the ONNX export of this model lives."""
    return onnx_dir() / model_fingerprint(model_dir)


def ensure_onnx_export(model_dir: Path, notify: Notify) -> None:
    """Export the model unless done before; a model that cannot be exported keeps the torch path."""
    from askdoc.embedding.onnx_encoder import is_export

    target = export_dir(model_dir)
    if not onnx_enabled() or is_export(target):
        return
    from askdoc.embedding.onnx_export import export_onnx

    try:
        export_onnx(model_dir, target)
    except (ValueError, RuntimeError, OSError) as exc:
        notify(f"Questions will be encoded with sentence-transformers (slower): no ONNX export of the model ({exc}).")


def open_query_encoder(model_dir: Path) -> Encoder:
    """The fast ONNX encoder when the model was exported, else sentence-transformers."""
    from askdoc.embedding.onnx_encoder import OnnxEncoder, is_export

    target = export_dir(model_dir)
    return OnnxEncoder(target) if onnx_enabled() and is_export(target) else SentenceTransformerEncoder(model_dir)
