"""From a document path and a question to an Answer: index on demand, retrieve, compose."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from askdoc.answer.compose_by_kind import compose_by_kind
from askdoc.answer.document_names import in_documents_names
from askdoc.answer.metadata_passages import sources_first
from askdoc.answer.retrieval import Mode, retrieve
from askdoc.answer.understanding import understand
from askdoc.embedding.embedder import Encoder
from askdoc.errors import AskdocError
from askdoc.index.build import EncoderFactory, IndexRequest, ensure_index
from askdoc.index.document_index import DocumentIndex
from askdoc.types import Answer


class Engine:
    """Answers questions from one loaded index; the encoder is created on the first question."""

    def __init__(self, index: DocumentIndex, make_encoder: EncoderFactory, encoder: Encoder | None = None, load_ms: float = 0.0):
        self.index = index
        self._make_encoder = make_encoder
        self._encoder = encoder
        self._load_ms = load_ms
        if encoder is not None:
            index.sentence_vectors.use(encoder)

    @classmethod
    def open(cls, request: IndexRequest, rebuild: bool = False) -> Engine:
        started = time.perf_counter()
        index, encoder = ensure_index(request, rebuild)
        return cls(index, request.make_query_encoder, encoder, (time.perf_counter() - started) * 1000)

    def ask(
        self, question: str, k: int = 5, mode: Mode = "hybrid", history: Sequence[str] = (), answers: Sequence[Answer] = ()
    ) -> Answer:
        """Answer one question, a follow-up of ``history`` if it leans on it; AskdocError if empty.

        ``answers`` are the answers to ``history``, one each, when the caller has them (the chat);
        otherwise the last earlier question is answered again when a pronoun may stand for its answer.
        """
        question = question.strip()
        if not question:
            raise AskdocError("The question is empty.")
        if k < 1:
            raise AskdocError("-k must be at least 1.")
        timings = {"load": self._load_ms}
        started = time.perf_counter()
        if self._encoder is None:
            self._encoder = self._make_encoder(Path(self.index.manifest.model.path))
            self.index.sentence_vectors.use(self._encoder)
            timings["load"] += (time.perf_counter() - started) * 1000
        self._load_ms = 0.0
        step = time.perf_counter()
        query_vector = self._encoder.encode([question])[0]
        if len(query_vector) != self.index.dense.d:
            raise AskdocError(
                f"The index in {self.index.folder} was built with vectors of {self.index.dense.d} dimensions, "
                f"but the model gives {len(query_vector)}; rebuild it with `askdoc index --rebuild`."
            )
        understanding = understand(
            question, query_vector, history, lambda: self._last_answer(history, answers, k, mode), self.index.text
        )
        query = understanding.resolved_question
        searched = in_documents_names(query, self.index)
        if understanding.follow_up or searched != query:
            query_vector = self._encoder.encode([searched])[0]
        timings["embed"] = (time.perf_counter() - step) * 1000
        step = time.perf_counter()
        retrieval = retrieve(self.index, searched, query_vector, k, mode)
        timings["retrieve"] = (time.perf_counter() - step) * 1000
        step = time.perf_counter()
        composition = compose_by_kind(
            understanding.kind, self.index, searched, query_vector, retrieval.passages, self._encoder.encode
        )
        timings["compose"] = (time.perf_counter() - step) * 1000
        shows_sources = understanding.kind == "metadata" and not composition.abstained
        timings["total"] = sum(timings.values())
        return Answer(
            question=question,
            text=composition.text,
            abstained=composition.abstained,
            confidence=composition.confidence,
            citations=composition.citations,
            retrieved=sources_first(retrieval.passages, composition, k) if shows_sources else retrieval.passages,
            timings_ms={name: round(value, 1) for name, value in timings.items()},
            kind=understanding.kind,
            resolved_question=query,
        )

    def _last_answer(self, history: Sequence[str], answers: Sequence[Answer], k: int, mode: Mode) -> str | None:
        """The text of the answer to the last question of ``history`` (answered again unless given), None if abstained."""
        last = answers[-1] if len(answers) == len(history) else self.ask(history[-1], k, mode, history[:-1], answers[:-1])
        return None if last.abstained else last.text
