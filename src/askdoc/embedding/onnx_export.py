"""One-off ONNX export of a sentence-transformers model, so queries can be encoded without torch.

The export folder holds ``model.onnx`` (the transformer, returning ``last_hidden_state``) with
its weights in ``model.onnx.data``, ``tokenizer.json`` and ``encoder.json`` (pooling,
normalisation, truncation, dimension): everything :class:`askdoc.embedding.onnx_encoder.OnnxEncoder`
needs; ``checksums.json`` (askdoc.embedding.export_checksums), written last, lets a damaged
export be told from a good one. torch and transformers are imported inside :func:`export_onnx` only, so importing this
module stays cheap.
"""

from __future__ import annotations

import inspect
import json
import os
import shutil
import warnings
from pathlib import Path
from typing import Any

from askdoc.embedding.export_checksums import record_checksums
from askdoc.embedding.onnx_encoder import CONFIG_NAME, FORMAT_VERSION, MODEL_NAME, TOKENIZER_NAME, WEIGHTS_NAME
from askdoc.files import folder_written_atomically

# 17 is the first opset with a native LayerNormalization; the TorchScript exporter and every
# recent onnxruntime support it.
OPSET = 17
_POOLING_MODES = ("mean", "cls", "max")
_LEGACY_POOLING_KEYS = {
    "pooling_mode_cls_token": "cls",
    "pooling_mode_max_tokens": "max",
    "pooling_mode_mean_tokens": "mean",
    "pooling_mode_mean_sqrt_len_tokens": "mean_sqrt_len_tokens",
    "pooling_mode_weightedmean_tokens": "weightedmean",
    "pooling_mode_lasttoken": "lasttoken",
}
_INPUT_NAMES = ("input_ids", "attention_mask", "token_type_ids")


def export_onnx(model_dir: Path, out_dir: Path) -> Path:
    """Export the sentence-transformers model in ``model_dir`` to the folder ``out_dir``.

    The export is built in a temporary folder beside ``out_dir`` (askdoc.files), checked against
    torch, and only then renamed into place, so ``out_dir`` is either absent, the previous export or a
    complete new one. Returns ``out_dir``.
    """
    import onnx
    import torch
    from transformers import AutoModel

    from askdoc.embedding.embedder import quiet_transformers

    quiet_transformers()

    model_dir, out_dir = Path(model_dir), Path(out_dir)
    settings = _read_settings(model_dir)

    # Eager attention traces to plain MatMul/Softmax ops with the padding mask kept as an input.
    model = AutoModel.from_pretrained(model_dir, attn_implementation="eager").eval()
    accepted = inspect.signature(model.forward).parameters
    input_names = [name for name in _INPUT_NAMES if name in accepted]
    settings["dimension"] = int(model.config.hidden_size)
    max_positions = getattr(model.config, "max_position_embeddings", None)
    if settings["max_seq_length"] is None:
        settings["max_seq_length"] = max_positions
    elif max_positions is not None:
        settings["max_seq_length"] = min(settings["max_seq_length"], max_positions)

    class LastHiddenState(torch.nn.Module):
        """Positional inputs in ``input_names`` order, one plain tensor out."""

        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, *inputs: torch.Tensor) -> torch.Tensor:
            return self.model(**dict(zip(input_names, inputs, strict=True))).last_hidden_state

    with folder_written_atomically(out_dir) as tmp:
        sample = _sample_inputs(input_names, batch=2, length=8, pad=3)
        with warnings.catch_warnings(), torch.no_grad():
            # The TorchScript exporter is deprecated in favour of dynamo=True, which needs
            # onnxscript (not installed); its tracer warnings about the mask code are expected.
            warnings.simplefilter("ignore")
            torch.onnx.export(
                LastHiddenState().eval(),
                tuple(torch.from_numpy(sample[name]) for name in input_names),
                str(tmp / MODEL_NAME),
                dynamo=False,
                input_names=input_names,
                output_names=["last_hidden_state"],
                dynamic_axes={name: {0: "batch", 1: "sequence"} for name in [*input_names, "last_hidden_state"]},
                opset_version=OPSET,
                do_constant_folding=True,
            )
        graph = onnx.load(tmp / MODEL_NAME)
        onnx.save_model(graph, tmp / MODEL_NAME, save_as_external_data=True, location=WEIGHTS_NAME)
        _check_export(tmp / MODEL_NAME, model, input_names)
        shutil.copyfile(model_dir / TOKENIZER_NAME, tmp / TOKENIZER_NAME)
        (tmp / CONFIG_NAME).write_text(json.dumps(settings, indent=2) + "\n", encoding="utf-8")
        os.chmod(tmp / WEIGHTS_NAME, 0o644)  # onnx's external-data writer makes it owner-only
        record_checksums(tmp)
    return out_dir


def _read_settings(model_dir: Path) -> dict[str, Any]:
    """Pooling, normalisation and max length from the model's own sentence-transformers files."""
    modules = json.loads((model_dir / "modules.json").read_text(encoding="utf-8"))
    kinds = [module["type"].rsplit(".", 1)[-1] for module in modules]
    if kinds not in (["Transformer", "Pooling"], ["Transformer", "Pooling", "Normalize"]):
        raise ValueError(f"unsupported sentence-transformers pipeline {kinds} in {model_dir}")
    pooling_path = model_dir / modules[1]["path"] / "config.json"
    pooling = _pooling_mode(json.loads(pooling_path.read_text(encoding="utf-8")))

    sbert_path = model_dir / "sentence_bert_config.json"
    sbert = json.loads(sbert_path.read_text(encoding="utf-8")) if sbert_path.exists() else {}
    if sbert.get("do_lower_case"):
        raise ValueError(f"do_lower_case is not supported ({sbert_path})")
    return {
        "format_version": FORMAT_VERSION,
        "pooling": pooling,
        "normalize": kinds[-1] == "Normalize",
        "max_seq_length": sbert.get("max_seq_length"),
    }


def _pooling_mode(config: dict[str, Any]) -> str:
    """The single pooling mode of a Pooling config, in its current or legacy (boolean) form."""
    mode = config.get("pooling_mode")
    if mode is None:
        modes = [name for key, name in _LEGACY_POOLING_KEYS.items() if config.get(key)]
    else:
        modes = [mode] if isinstance(mode, str) else list(mode)
    if len(modes) != 1 or modes[0] not in _POOLING_MODES:
        raise ValueError(f"unsupported pooling {modes}; expected one of {_POOLING_MODES}")
    return modes[0]


def _sample_inputs(input_names: list[str], batch: int, length: int, pad: int) -> dict[str, Any]:
    """Token ids with the last row right-padded by ``pad``, so the mask is really used."""
    import numpy as np

    ids = np.arange(1000, 1000 + batch * length, dtype=np.int64).reshape(batch, length)
    mask = np.ones((batch, length), dtype=np.int64)
    mask[-1, length - pad :] = 0
    ids[mask == 0] = 0
    arrays = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
    return {name: arrays[name] for name in input_names}


def _check_export(onnx_path: Path, model: Any, input_names: list[str]) -> None:
    """Run the export on a shape other than the traced one and compare it with torch."""
    import numpy as np
    import onnxruntime as ort
    import torch

    sample = _sample_inputs(input_names, batch=3, length=13, pad=5)
    session = ort.InferenceSession(str(onnx_path), providers=["CPUExecutionProvider"])
    got = session.run(["last_hidden_state"], sample)[0]
    with torch.no_grad():
        want = model(**{k: torch.from_numpy(v) for k, v in sample.items()}).last_hidden_state
    mask = sample["attention_mask"][..., None].astype(bool)
    error = float(np.abs(np.where(mask, got - want.numpy(), 0.0)).max())
    if error > 1e-3:
        raise RuntimeError(f"ONNX export differs from torch by {error:.2g} on {onnx_path}")
