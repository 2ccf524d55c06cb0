"""Hybrid fusion at its edges: constant signals, one candidate, no word of the question in the text."""

from __future__ import annotations

import numpy as np

from askdoc.answer.retrieval import CHUNK_WEIGHT, LEXICAL_WEIGHT, SENTENCE_WEIGHT, fuse, retrieve
from unit.handmade_index import chunk_of, handmade_index, question_vector


def test_constant_signals_fuse_to_zero_without_dividing_by_zero() -> None:
    fused = fuse(np.full(4, 0.7), np.full(4, 0.2), np.zeros(4))
    assert fused.tolist() == [0.0, 0.0, 0.0, 0.0]


def test_a_constant_signal_leaves_the_order_to_the_others() -> None:
    fused = fuse(np.array([0.1, 0.3, 0.2]), np.array([0.5, 0.5, 0.5]), np.array([0.0, 2.0, 4.0]))
    assert np.allclose(fused, [0.0, CHUNK_WEIGHT + LEXICAL_WEIGHT * 0.5, CHUNK_WEIGHT * 0.5 + LEXICAL_WEIGHT])
    assert fused.argmax() == 2


def test_a_single_candidate_scores_zero() -> None:
    assert fuse(np.array([0.9]), np.array([0.8]), np.array([3.0])).tolist() == [0.0]


def test_fused_scores_span_zero_to_the_sum_of_the_weights() -> None:
    fused = fuse(np.array([0.0, 1.0]), np.array([0.0, 1.0]), np.array([0.0, 1.0]))
    assert np.allclose(fused, [0.0, CHUNK_WEIGHT + SENTENCE_WEIGHT + LEXICAL_WEIGHT]) and np.isclose(fused[1], 1.0)


def test_a_one_passage_document_returns_that_passage_in_every_mode() -> None:
    index = handmade_index("The ferry leaves the quay at noon and returns before dark every day.")
    vector = question_vector(index, {"The ferry leaves the quay at noon and returns before dark every day.": 0.8})
    for mode in ("hybrid", "dense", "lexical"):
        retrieval = retrieve(index, "When does the ferry leave?", vector, k=5, mode=mode)
        assert [p.chunk for p in retrieval.passages] == list(index.chunks), mode
        assert np.isfinite(retrieval.passages[0].score)


def test_without_a_shared_word_hybrid_follows_the_dense_signals() -> None:
    index = handmade_index(
        "The ferry leaves the quay at noon every day of the week.\n\n"
        "The lighthouse on the point was painted red last spring.\n\n"
        "Tickets for the crossing cost four pounds for each adult."
    )
    lighthouse = "The lighthouse on the point was painted red last spring."
    vector = question_vector(index, {lighthouse: 0.9, "The ferry leaves the quay at noon every day of the week.": 0.3})
    retrieval = retrieve(index, "Zebras?", vector, k=3, mode="hybrid")
    assert retrieval.passages[0].chunk == chunk_of(index, lighthouse)
    assert [p.score for p in retrieval.passages] == sorted((p.score for p in retrieval.passages), reverse=True)
