"""Which encoder embeds a document's passages: onnxruntime when the model has an export, else torch.

Indexing through the ONNX export imports neither torch nor sentence-transformers, which alone
cost seconds a run. The export is made once, here, on the first indexing run that finds none
(it needs torch, so that run is slower and says so); sentence-transformers stays the fallback
for a model that cannot be exported and the baseline when ASKDOC_ONNX=0.
"""

from __future__ import annotations

from pathlib import Path

from askdoc.embedding.embedder import Encoder, SentenceTransformerEncoder, check_model_dir
from askdoc.embedding.query_encoder import ensure_onnx_export, export_damage, export_dir, onnx_enabled
from askdoc.types import Notify


def _quiet(message: str) -> None:
    """The default for ``notify``: the core never prints."""


def open_index_encoder(model_dir: Path, notify: Notify = _quiet, show_progress: bool = False) -> Encoder:
    """The ONNX encoder of ``model_dir``, exporting the model first if needed; else sentence-transformers."""
    check_model_dir(model_dir)
    if onnx_enabled():
        from askdoc.embedding.onnx_encoder import OnnxEncoder

        target = export_dir(model_dir)
        damage = export_damage(target)
        if damage == "":
            notify(f"Exporting the embedding model to ONNX, once (later runs reuse it): {target}")
        if damage is not None:
            ensure_onnx_export(model_dir, notify)
        if export_damage(target) is None:
            return OnnxEncoder(target)
    return SentenceTransformerEncoder(model_dir, show_progress=show_progress)
