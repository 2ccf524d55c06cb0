"""Sentence embeddings from an ONNX export, with only numpy, onnxruntime and tokenizers.

Importing sentence-transformers (torch, transformers) costs seconds; this encoder starts in a
fraction of that, and matches the sentence-transformers model it was exported from
(see :mod:`askdoc.embedding.onnx_export`) to float rounding.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from tokenizers import Encoding, Tokenizer

if TYPE_CHECKING:
    import onnxruntime as ort

MODEL_NAME = "model.onnx"
# The weights live beside the graph: onnxruntime maps them instead of parsing them out of the
# protobuf, which halves the time to open a session.
WEIGHTS_NAME = "model.onnx.data"
TOKENIZER_NAME = "tokenizer.json"
CONFIG_NAME = "encoder.json"
FORMAT_VERSION = 1
# A batch holds at most BATCH_SIZE texts and BATCH_TOKENS padded tokens. Texts are sorted by
# length first, so a batch of 40-token sentences is padded to about 40, not to 256; the token
# cap keeps long batches' attention scores (rows x 12 heads x length² floats) to tens of MB,
# so memory follows the batch, not the document. Encoding the first 240 chunks of
# bench/index_speed.py's 400 KB manual and their 2,393 sentences in one process (load ~12 on
# 2 cores): 64 rows/2,048 tokens 23.5 CPU s, peak RSS 296 MB; 32 rows unbounded (before) 24.3 s,
# 437 MB; 4,096 tokens 22-26 s, 363 MB; 8,192 tokens 23 s, 584 MB.
BATCH_SIZE = 64
BATCH_TOKENS = 2048


def cpu_threads() -> int:
    """The cores this process may run on (its affinity mask, else the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS and Windows have no sched_getaffinity
        return os.cpu_count() or 1


def is_export(path: Path) -> bool:
    """Whether ``path`` holds a complete export that this version of the encoder can read."""
    path = Path(path)
    try:
        config = json.loads((path / CONFIG_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (
        isinstance(config, dict)
        and config.get("format_version") == FORMAT_VERSION
        and (path / MODEL_NAME).is_file()
        and (path / WEIGHTS_NAME).is_file()
        and (path / TOKENIZER_NAME).is_file()
    )


def length_batches(lengths: Sequence[int]) -> list[list[int]]:
    """Indices of ``lengths`` in batches of similar length, longest first, within the batch caps."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i], reverse=True)
    batches: list[list[int]] = []
    for i in order:
        # The first row of a batch is its longest, so the padded size is rows x that length; a
        # text under half of that starts a new batch rather than being padded to twice its size.
        longest = lengths[batches[-1][0]] if batches else 0
        fits = batches and len(batches[-1]) < BATCH_SIZE and (len(batches[-1]) + 1) * longest <= BATCH_TOKENS
        if fits and 2 * lengths[i] > longest:
            batches[-1].append(i)
        else:
            batches.append([i])
    return batches


@dataclass(frozen=True)
class _Runtime:
    """What encoding needs beyond the export's config: the tokenizer and the onnxruntime session."""

    tokenizer: Tokenizer
    pad_id: int
    session: ort.InferenceSession
    input_names: frozenset[str]


def _open_runtime(export_dir: Path, max_seq_length: int) -> _Runtime:
    """Load the export's tokenizer and open its model in onnxruntime (askdoc.embedding.optimized_model)."""
    from askdoc.embedding.optimized_model import open_session

    tokenizer = Tokenizer.from_file(str(export_dir / TOKENIZER_NAME))
    # tokenizer.json carries its own truncation/padding settings (128, fixed for MiniLM);
    # sentence-transformers truncates at max_seq_length and pads to the longest in a batch.
    pad_id: int = (tokenizer.padding or {}).get("pad_id", 0)
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_seq_length)

    session = open_session(export_dir, _session_options)
    return _Runtime(tokenizer, pad_id, session, frozenset(i.name for i in session.get_inputs()))


def _session_options() -> ort.SessionOptions:
    """The threads of a session: the process's cores, idle ones asleep."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = cpu_threads()
    options.inter_op_num_threads = 1
    # Idle pool threads sleep instead of spinning for the next batch: on cores shared with other
    # work, spinning threads burn the time slices the busy ones need. Embedding the 381 passages
    # and sentences of bench/index_speed.py's 36 KB text (2 cores, load ~11): 8.5 CPU s, 42 s
    # wall spinning; 6.3 CPU s, 35 s wall not; the vectors are identical.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return options


class OnnxEncoder:
    """Encodes texts like ``SentenceTransformer.encode`` would, from an export folder.

    Only the export's config is read on creation; the tokenizer and the session (most of a
    second to open) wait for the first text to encode, so a re-index whose chunks are all in
    the vector cache never opens them.
    """

    def __init__(self, export_dir: Path) -> None:
        export_dir = Path(export_dir)
        self._export_dir = export_dir
        config = json.loads((export_dir / CONFIG_NAME).read_text(encoding="utf-8"))
        self._pooling: str = config["pooling"]
        self._normalize: bool = config["normalize"]
        self._dimension: int = config["dimension"]
        self._max_seq_length: int = config["max_seq_length"]

    @cached_property
    def _runtime(self) -> _Runtime:
        """The tokenizer and session, opened on first use."""
        return _open_runtime(self._export_dir, self._max_seq_length)

    @property
    def is_open(self) -> bool:
        """Whether the tokenizer and session have been opened (by a first text to encode)."""
        return "_runtime" in self.__dict__

    @property
    def dimension(self) -> int:
        """Length of each embedding row."""
        return self._dimension

    @property
    def identity(self) -> str:
        """What this encoder's vectors depend on: the export (named by the model's fingerprint) and its format."""
        return f"onnx:{self._export_dir.name}:{MODEL_NAME}:v{FORMAT_VERSION}"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed ``texts``: one float32 row per text, in order."""
        if isinstance(texts, str):
            raise TypeError("encode takes a sequence of texts, not a single string")
        if not texts:
            return np.empty((0, self._dimension), dtype=np.float32)
        encodings = self._runtime.tokenizer.encode_batch(list(texts))
        out = np.empty((len(encodings), self._dimension), dtype=np.float32)
        for rows in length_batches([len(e.ids) for e in encodings]):
            out[rows] = self._encode_batch([encodings[i] for i in rows])
        if self._normalize:
            # Same floor as torch.nn.functional.normalize.
            out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
        return out

    def _encode_batch(self, encodings: list[Encoding]) -> np.ndarray:
        """One batch's pooled rows."""
        return self._pool(*self._hidden_states(encodings))

    def _hidden_states(self, encodings: list[Encoding]) -> tuple[np.ndarray, np.ndarray]:
        """Pad one batch to its longest row and run the model: token states and the padding mask."""
        length = max(len(e.ids) for e in encodings)
        shape = (len(encodings), length)
        runtime = self._runtime
        ids = np.full(shape, runtime.pad_id, dtype=np.int64)
        type_ids = np.zeros(shape, dtype=np.int64)
        mask = np.zeros(shape, dtype=np.int64)
        for row, encoding in enumerate(encodings):
            n = len(encoding.ids)
            ids[row, :n] = encoding.ids
            type_ids[row, :n] = encoding.type_ids
            mask[row, :n] = encoding.attention_mask
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": type_ids}
        feeds = {name: value for name, value in feeds.items() if name in runtime.input_names}
        return runtime.session.run(["last_hidden_state"], feeds)[0], mask

    def _pool(self, hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Pool ``(batch, tokens, dim)`` to ``(batch, dim)`` as sentence-transformers' Pooling does."""
        if self._pooling == "cls":
            # Padding is on the right, so the first token is always a real one.
            return hidden[:, 0]
        keep = mask[..., None].astype(bool)
        if self._pooling == "max":
            return np.where(keep, hidden, -np.inf).max(axis=1)
        summed = np.where(keep, hidden, 0.0).sum(axis=1)
        return summed / np.maximum(keep.sum(axis=1, dtype=np.float32), 1e-9)
