"""The composer on an index whose sentence cosines are set by hand: abstention, companions, clipping, numbering."""

from __future__ import annotations

import pytest

from askdoc.answer.composer import (
    _COMPANION_RATIO,
    _RANK_WEIGHT,
    _SIMILARITY_WEIGHT,
    ABSTAIN_BELOW,
    MAX_WORDS,
    _clip,
    compose,
)
from askdoc.answer.contract import ABSTENTION_TEXT
from unit.handmade_index import chunk_of, handmade_index, passages, question_vector

TEXT = (
    "The ferry leaves the quay at noon. Tickets for the crossing cost four pounds. The harbour has three stone piers.\n\n"
    "The lighthouse on the point was painted red. Its keeper lives in the village by the church."
)
FERRY = "The ferry leaves the quay at noon."
TICKETS = "Tickets for the crossing cost four pounds."
PIERS = "The harbour has three stone piers."
LIGHTHOUSE = "The lighthouse on the point was painted red."
# No term of this question is in the text and it asks for no answer type, so a sentence's
# score is the similarity and passage-rank parts alone.
QUESTION = "Tell me about zebras."


@pytest.fixture(scope="module")
def index():
    return handmade_index(TEXT)


def cosine_for(score: float, rank: int = 0) -> float:
    """The cosine that gives a sentence of the passage at ``rank`` this score (for QUESTION)."""
    return (score - _RANK_WEIGHT / (1 + rank)) / _SIMILARITY_WEIGHT


def test_the_document_has_two_passages(index) -> None:
    assert len(index.chunks) == 2 and chunk_of(index, FERRY) != chunk_of(index, LIGHTHOUSE)


def test_a_best_sentence_just_above_the_threshold_is_the_answer(index) -> None:
    vector = question_vector(index, {TICKETS: cosine_for(ABSTAIN_BELOW + 0.002)})
    composed = compose(index, QUESTION, vector, passages(chunk_of(index, TICKETS)))
    assert not composed.abstained
    assert composed.text == f"{TICKETS} [1]"
    assert composed.confidence == pytest.approx(ABSTAIN_BELOW + 0.002, abs=1e-3)


def test_a_best_sentence_just_below_the_threshold_abstains(index) -> None:
    vector = question_vector(index, {TICKETS: cosine_for(ABSTAIN_BELOW - 0.002)})
    composed = compose(index, QUESTION, vector, passages(chunk_of(index, TICKETS)))
    assert composed.abstained and composed.text == ABSTENTION_TEXT and composed.citations == ()
    assert composed.confidence == pytest.approx(ABSTAIN_BELOW - 0.002, abs=1e-3)


def test_close_runners_up_join_the_answer_in_document_order(index) -> None:
    best = 0.6
    vector = question_vector(
        index,
        {
            PIERS: cosine_for(best),
            FERRY: cosine_for(best * (_COMPANION_RATIO + 0.01)),
            TICKETS: cosine_for(best * (_COMPANION_RATIO - 0.01)),
        },
    )
    composed = compose(index, QUESTION, vector, passages(chunk_of(index, FERRY)))
    assert composed.text == f"{FERRY} [1] {PIERS} [1]"
    [citation] = composed.citations
    assert [index.text[span.start : span.end] for span in citation.quoted] == [FERRY, PIERS]


def test_a_companion_from_the_second_passage_is_cited_as_2(index) -> None:
    # The second passage read comes first in the document, so it is [1] and the lighthouse [2].
    first, second = chunk_of(index, LIGHTHOUSE), chunk_of(index, FERRY)
    vector = question_vector(index, {LIGHTHOUSE: cosine_for(0.6, rank=0), FERRY: cosine_for(0.58, rank=1)})
    composed = compose(index, QUESTION, vector, passages(first, second))
    assert composed.text == f"{FERRY} [1] {LIGHTHOUSE} [2]"
    assert [(c.n, c.passage.chunk) for c in composed.citations] == [(1, second), (2, first)]
    assert [index.text[s.start : s.end] for s in composed.citations[1].quoted] == [LIGHTHOUSE]


def test_clip_keeps_a_sentence_within_the_limit_whole() -> None:
    sentence = " ".join(f"word{i}" for i in range(MAX_WORDS))
    assert _clip(sentence, "Which word?") == sentence


def test_clip_cuts_a_long_sentence_to_the_window_with_the_question_terms() -> None:
    words = [f"filler{i}" for i in range(100)]
    words[70:73] = ["zebras", "cross", "rivers"]
    clipped = _clip(" ".join(words), "Where do zebras cross rivers?")
    kept = clipped.split()
    assert kept[0] == "…" and kept[-1] == "…"
    inner = kept[1:-1]
    assert len(inner) <= MAX_WORDS and "zebras cross rivers" in clipped
    start = words.index(inner[0])
    assert inner == words[start : start + len(inner)]


def test_clip_of_a_sentence_whose_terms_open_it_marks_only_the_cut_end() -> None:
    words = ["Zebras", "cross", "rivers"] + [f"filler{i}" for i in range(90)]
    clipped = _clip(" ".join(words), "Where do zebras cross rivers?")
    assert clipped.startswith("Zebras cross rivers filler0") and clipped.endswith(" …")
    assert len(clipped.split()) - 1 <= MAX_WORDS
