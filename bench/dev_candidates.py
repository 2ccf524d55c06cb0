"""The candidate sentences of the dev fact questions over the real documents, labelled, for the sentence fit.

eval/dev/facts.jsonl and eval/dev/sentences.jsonl ask who / what / which / why / how questions of the
real documents in tests/fixtures/real (each line's ``doc``), never of the bundled article that
eval/questions.jsonl and eval/reader_questions.jsonl report on. Each answerable fact question is
understood and retrieved as Engine.ask does it (follow-ups resolved against their ``history``), and
its candidates (answerability.candidates, today's features) are labelled by whether they hold an
accepted answer. bench/fit_sentence_rank.py fits the sentence ranker on these beside SQuAD half A.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from askdoc.answer.answerability import Candidate, candidates
from askdoc.answer.retrieval import retrieve
from askdoc.answer.understanding import understand
from askdoc.embedding.embedder import default_model_path
from askdoc.embedding.query_encoder import open_query_encoder
from askdoc.evaluation.questions import read_eval_set
from askdoc.index.build import IndexRequest, ensure_index
from askdoc.index.document_index import DocumentIndex
from askdoc.index.store import IndexSettings
from askdoc.locations import index_dir
from askdoc.text.normalize import contains

ROOT = Path(__file__).resolve().parents[1]
DEV_SETS = (ROOT / "eval" / "dev" / "facts.jsonl", ROOT / "eval" / "dev" / "sentences.jsonl")
K = 5


@dataclass(frozen=True)
class DevAsked:
    """One dev question (as resolved), its candidates, their labels and the index they come from."""

    id: str
    question: str
    found: list[Candidate]
    labels: np.ndarray
    index: DocumentIndex


def dev_asked(paths: Sequence[Path] = DEV_SETS) -> list[DevAsked]:
    """The labelled candidates of every answerable fact question of ``paths``."""
    encoder = open_query_encoder(default_model_path())
    indexes = {}
    found = []
    for path in paths:
        for item in read_eval_set(path):
            if not item.answers or item.doc is None:
                continue
            vector = encoder.encode([item.question])[0]
            understanding = understand(item.question, vector, item.history)
            if understanding.kind != "fact":
                continue
            query = understanding.resolved_question
            if understanding.follow_up:
                vector = encoder.encode([query])[0]
            if item.doc not in indexes:
                request = IndexRequest((ROOT / item.doc,), index_dir(), IndexSettings(default_model_path()))
                indexes[item.doc] = ensure_index(request)[0]
                indexes[item.doc].sentence_vectors.use(encoder)
            index = indexes[item.doc]
            passages = retrieve(index, query, vector, K).passages
            sentences = candidates(index, query, vector, passages)
            labels = np.array(
                [any(contains(index.text[c.span.start : c.span.end], a) for a in item.answers) for c in sentences], dtype=bool
            )
            found.append(DevAsked(item.id, query, sentences, labels, index))
    return found
