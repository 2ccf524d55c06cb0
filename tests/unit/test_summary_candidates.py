"""Summary candidates on a long document: the sentences of passages chosen by MMR, and the document's first."""

from __future__ import annotations

import numpy as np

from askdoc.answer.document_sentences import content_sentences
from askdoc.answer.summary_candidates import near_sentences
from unit.handmade_index import handmade_index

PARAGRAPHS = [
    "The ferry leaves the quay at noon. Tickets cost four pounds.",
    "The lighthouse on the point was painted red.",
    "Its keeper lives in the village by the church.",
    "The harbour has three stone piers and a crane.",
]


def test_a_short_document_keeps_every_sentence() -> None:
    index = handmade_index("\n\n".join(PARAGRAPHS))
    sentences = content_sentences(index)
    assert near_sentences(index, sentences, most=len(index.chunks)) == sentences


def test_a_long_document_keeps_the_first_sentence_and_the_passages_nearest_the_target() -> None:
    index = handmade_index("\n\n".join(PARAGRAPHS))
    sentences = content_sentences(index)
    owners = sorted({s.chunk.chunk_id for s in sentences})
    assert len(owners) > 2
    target = index.chunk_vectors[owners[-1]]
    kept = near_sentences(index, sentences, target, most=1)
    assert kept[0] == sentences[0]
    assert {s.chunk.chunk_id for s in kept[1:]} == {owners[-1]}
    assert [s.span.start for s in kept] == sorted(s.span.start for s in kept)
    assert np.isfinite(index.sentence_vectors[[s.row for s in kept]]).all()
