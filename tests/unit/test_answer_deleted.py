"""The benches' answer-deleted documents: every sentence holding an answer leaves, the rest keeps its offsets."""

from __future__ import annotations

import numpy as np

from answer_deleted import without_answers
from askdoc.answer.retrieval import retrieve
from unit.handmade_index import handmade_index, question_vector

BASES = "The US keeps two large bases in the north."
COUNT = "About 5,200 troops remain there."
AGAIN = "Of the 5,200 troops, half are trainers."
VOTE = "The parliament voted to expel them."
TEXT = f"{BASES} {COUNT}\n\n{AGAIN}\n\n{VOTE}"


def test_the_answer_sentences_leave_and_the_others_keep_their_place() -> None:
    index = handmade_index(TEXT)
    dimension = index.sentence_vectors.shape[1]
    deleted = without_answers(index, ["5,200"], lambda texts: np.full((len(texts), dimension), dimension**-0.5, dtype=np.float32))
    assert deleted is not None
    kept = [deleted.text[s.start : s.end] for chunk in deleted.chunks for s in chunk.sentences]
    assert kept == [BASES, VOTE]
    assert "5,200" not in deleted.text and len(deleted.text) == len(index.text)
    assert [c.chunk_id for c in deleted.chunks] == list(range(len(deleted.chunks)))
    assert all(len(deleted.sentence_rows[c.chunk_id]) == len(c.sentences) for c in deleted.chunks)
    assert np.array_equal(deleted.sentence_vectors[[0, 1]], index.sentence_vectors[[0, 3]])  # BASES and VOTE keep their rows
    question = "How many troops remain?"
    found = retrieve(deleted, question, question_vector(deleted, {BASES: 0.5}), 2).passages
    assert found[0].chunk.text == BASES


def test_a_question_whose_answer_is_nowhere_gives_no_document() -> None:
    index = handmade_index(TEXT)
    assert without_answers(index, ["Baghdad"], lambda texts: np.zeros((len(texts), 1))) is None
