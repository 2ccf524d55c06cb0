"""From a document path and a question to an Answer: index on demand, retrieve, compose."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from askdoc.composer import compose
from askdoc.conversation import resolve
from askdoc.embedder import Encoder, SentenceTransformerEncoder
from askdoc.errors import AskdocError
from askdoc.index_store import (
    DocumentIndex,
    IndexSettings,
    Notify,
    build_index,
    expected_manifest,
    index_folder,
    load_index,
    read_manifest,
    stale_reason,
)
from askdoc.loader import decode_text, read_document_bytes
from askdoc.query_encoder import ensure_onnx_export, open_query_encoder
from askdoc.retriever import Mode, retrieve
from askdoc.types import Answer

EncoderFactory = Callable[[Path], Encoder]


def _quiet(message: str) -> None:
    """The default for ``notify``: the core never prints."""


@dataclass
class IndexRequest:
    """Where a document's index lives and how it is built."""

    document: Path
    index_dir: Path
    settings: IndexSettings
    notify: Notify = _quiet
    make_encoder: EncoderFactory = field(default=SentenceTransformerEncoder)
    make_query_encoder: EncoderFactory = field(default=open_query_encoder)


def ensure_index(request: IndexRequest, rebuild: bool = False) -> tuple[DocumentIndex, Encoder | None]:
    """Load the document's index, building it first when missing, stale or asked to.

    Returns the encoder too when one was created for building, so a caller that goes on
    to ask questions does not load the model twice.
    """
    raw = read_document_bytes(request.document)
    decode_text(raw, request.document)
    folder = index_folder(request.index_dir, request.document)
    expected = expected_manifest(hashlib.sha256(raw).hexdigest(), request.settings)
    manifest = None if rebuild else read_manifest(folder)
    reason = "it was asked for" if rebuild else ("there is none yet" if manifest is None else stale_reason(manifest, expected))
    encoder = None
    if reason is not None:
        if manifest is not None or rebuild:
            request.notify(f"Rebuilding the index of {request.document.name}: {reason}.")
        encoder = request.make_encoder(request.settings.model_dir)
        build_index(request.document, folder, request.settings, encoder)
        manifest = read_manifest(folder)
    ensure_onnx_export(request.settings.model_dir, request.notify)
    return load_index(folder, manifest), encoder


class Engine:
    """Answers questions from one loaded index; the encoder is created on the first question."""

    def __init__(self, index: DocumentIndex, make_encoder: EncoderFactory, encoder: Encoder | None = None, load_ms: float = 0.0):
        self.index = index
        self._make_encoder = make_encoder
        self._encoder = encoder
        self._load_ms = load_ms

    @classmethod
    def open(cls, request: IndexRequest, rebuild: bool = False) -> Engine:
        started = time.perf_counter()
        index, encoder = ensure_index(request, rebuild)
        return cls(index, request.make_query_encoder, encoder, (time.perf_counter() - started) * 1000)

    def ask(self, question: str, k: int = 5, mode: Mode = "hybrid", history: Sequence[str] = ()) -> Answer:
        """Answer one question, a follow-up of ``history`` if it leans on it; AskdocError if empty."""
        question = question.strip()
        if not question:
            raise AskdocError("The question is empty.")
        if k < 1:
            raise AskdocError("-k must be at least 1.")
        timings = {"load": self._load_ms}
        started = time.perf_counter()
        if self._encoder is None:
            self._encoder = self._make_encoder(Path(self.index.manifest["model"]["path"]))
            timings["load"] += (time.perf_counter() - started) * 1000
        self._load_ms = 0.0
        step = time.perf_counter()
        query = resolve(question, history)
        query_vector = self._encoder.encode([query])[0]
        timings["embed"] = (time.perf_counter() - step) * 1000
        step = time.perf_counter()
        retrieval = retrieve(self.index, query, query_vector, k, mode)
        timings["retrieve"] = (time.perf_counter() - step) * 1000
        step = time.perf_counter()
        composition = compose(self.index, query, query_vector, retrieval.passages)
        timings["compose"] = (time.perf_counter() - step) * 1000
        timings["total"] = sum(timings.values())
        return Answer(
            question=question,
            text=composition.text,
            abstained=composition.abstained,
            confidence=composition.confidence,
            citations=composition.citations,
            retrieved=retrieval.passages,
            timings_ms={name: round(value, 1) for name, value in timings.items()},
        )
