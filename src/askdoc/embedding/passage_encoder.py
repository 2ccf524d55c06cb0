"""The indexer's ONNX encoder: chunks by the float32 graph, their sentences by the int8 one.

Sentence rows are about half a document's tokens, and int8 (askdoc.embedding.quantise) embeds
them for 2.4x less CPU. bench/index_speed.py --articles 20 --max-questions 30, float32 against
each int8 choice: int8 sentence rows only ("int8-sentences") SQuAD half R@1 .868 -> .877, R@3
.968 -> .973, accuracy .840 -> .840, eval/questions.jsonl hit@1 .923 and accuracy .835
unchanged; int8 chunk rows too ("int8-channel-index") cost eval hit@1 .923 -> .912 and
accuracy .835 -> .824, and int8 questions as well ("int8-channel") accuracy .835 -> .813. So
chunks, and the questions asked after a build, stay float32.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from askdoc.embedding.onnx_encoder import OnnxEncoder


class PassageEncoder:
    """``encode`` (chunks, and questions asked after a build) in float32, ``encode_sentences`` in int8."""

    def __init__(self, chunks: OnnxEncoder, sentences: OnnxEncoder):
        self._chunks = chunks
        self._sentences = sentences

    @property
    def dimension(self) -> int:
        """Length of each embedding row."""
        return self._chunks.dimension

    @property
    def identity(self) -> str:
        """What the rows depend on: both graphs (the vector cache's key)."""
        return f"{self._chunks.identity}; sentences {self._sentences.identity}"

    @property
    def is_open(self) -> bool:
        """Whether either graph has been opened (by a first text to encode)."""
        return self._chunks.is_open or self._sentences.is_open

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Chunk (or question) rows, float32."""
        return self._chunks.encode(texts)

    def encode_sentences(self, texts: Sequence[str]) -> np.ndarray:
        """Sentence rows, from the int8 graph."""
        return self._sentences.encode(texts)
