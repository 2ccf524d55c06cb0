"""Which encoder turns a question into a vector: the ONNX export when there is one, else torch.

The export is made once, when an index is built, into a cache keyed by the model's
fingerprint; every later question is encoded with onnxruntime and never imports torch.
An export whose files do not match their checksums is never used: it is rebuilt, with a note.
"""

from __future__ import annotations

import os
from pathlib import Path

from askdoc.embedding.embedder import Encoder, SentenceTransformerEncoder, model_fingerprint
from askdoc.errors import AskdocError
from askdoc.limits import EXPORT_ADDRESS_SPACE_MB, check_address_space
from askdoc.locations import onnx_dir
from askdoc.types import Notify


def onnx_enabled() -> bool:
    """ASKDOC_ONNX=0 keeps every step on sentence-transformers (the benchmark's baseline)."""
    return os.environ.get("ASKDOC_ONNX", "1") != "0"


def export_dir(model_dir: Path) -> Path:
    """Where the ONNX export of this model lives."""
    return onnx_dir() / model_fingerprint(model_dir)


def export_damage(target: Path) -> str | None:
    """None when ``target`` holds an intact export, "" when there is none, else what is wrong with it."""
    from askdoc.embedding.export_checksums import checksum_damage
    from askdoc.embedding.onnx_encoder import is_export

    if not os.path.lexists(target):
        return ""
    if not is_export(target):
        return "it is incomplete"
    return checksum_damage(target)


def ensure_onnx_export(model_dir: Path, notify: Notify) -> None:
    """Export the model unless done before, rebuilding a damaged export; a model that cannot be exported keeps the torch path."""
    target = export_dir(model_dir)
    damage = export_damage(target) if onnx_enabled() else None
    if damage is None:
        return
    check_address_space(EXPORT_ADDRESS_SPACE_MB, "exporting the embedding model to ONNX (once)")
    from askdoc.embedding.onnx_export import export_onnx

    if damage:
        notify(f"Rebuilding the ONNX export of the embedding model: {damage}.")
    try:
        export_onnx(model_dir, target)
    except ImportError as exc:
        if damage:
            raise AskdocError(
                f"The ONNX export of the embedding model in {target} is damaged ({damage}) and cannot be rebuilt "
                f"without torch ({exc}); reinstall askdoc with torch, or delete that folder on a machine that has it."
            ) from None
        raise
    except (ValueError, RuntimeError, OSError) as exc:
        notify(f"Questions will be encoded with sentence-transformers (slower): no ONNX export of the model ({exc}).")


def open_query_encoder(model_dir: Path) -> Encoder:
    """The fast ONNX encoder when the model has an intact export, else sentence-transformers."""
    from askdoc.embedding.onnx_encoder import OnnxEncoder

    target = export_dir(model_dir)
    return OnnxEncoder(target) if onnx_enabled() and export_damage(target) is None else SentenceTransformerEncoder(model_dir)
