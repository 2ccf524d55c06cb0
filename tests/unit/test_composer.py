"""The composer on an index whose sentence cosines are set by hand: abstention, companions, clipping, numbering."""

from __future__ import annotations

import numpy as np
import pytest

from askdoc.answer.answerability import Candidate, stored_model
from askdoc.answer.composer import MAX_WORDS, _clip, choose_sentences, cite, compose
from askdoc.answer.contract import ABSTENTION_TEXT
from askdoc.types import Span
from unit.handmade_index import chunk_of, handmade_index, passages, question_vector

TEXT = (
    "The ferry leaves the quay at noon. Tickets for the crossing cost four pounds. The harbour has three stone piers.\n\n"
    "The lighthouse on the point was painted red. Its keeper lives in the village by the church."
)
FERRY = "The ferry leaves the quay at noon."
TICKETS = "Tickets for the crossing cost four pounds."
PIERS = "The harbour has three stone piers."
LIGHTHOUSE = "The lighthouse on the point was painted red."
# No term of this question is in the text and it asks for no answer type: only the cosine moves the score.
QUESTION = "Tell me about zebras."


@pytest.fixture(scope="module")
def index():
    return handmade_index(TEXT)


def span_of(index, sentence: str) -> Span:
    start = index.text.index(sentence)
    return Span(start, start + len(sentence))


def candidate(index, sentence: str, probability: float, passage_rank: int = 0) -> Candidate:
    return Candidate(passage_rank, span_of(index, sentence), np.zeros(1), probability)


def test_the_document_has_two_passages(index) -> None:
    assert len(index.chunks) == 2 and chunk_of(index, FERRY) != chunk_of(index, LIGHTHOUSE)


def test_it_abstains_exactly_when_the_calibrated_confidence_is_below_the_threshold(index) -> None:
    threshold = stored_model().threshold
    outcomes = []
    for cosine in np.linspace(0.0, 1.0, 21):
        composed = compose(index, QUESTION, question_vector(index, {TICKETS: float(cosine)}), passages(chunk_of(index, TICKETS)))
        assert composed.abstained == (composed.confidence < threshold)
        expected = ABSTENTION_TEXT if composed.abstained else f"{TICKETS} [1]"
        assert composed.text == expected and bool(composed.citations) != composed.abstained
        outcomes.append(composed)
    assert outcomes[0].abstained and not outcomes[-1].abstained, "the sweep crosses the threshold"
    confidences = [composed.confidence for composed in outcomes]
    assert confidences == sorted(confidences), "a closer sentence is never less likely to answer"


def test_runners_up_within_the_ratio_join_the_answer_in_document_order(index) -> None:
    ranked = [candidate(index, PIERS, 0.8), candidate(index, FERRY, 0.41), candidate(index, TICKETS, 0.39)]
    chosen = choose_sentences(index.text, ranked, companion_ratio=0.5)
    assert [index.text[c.span.start : c.span.end] for c in chosen] == [FERRY, PIERS]


def test_a_sentence_from_the_second_passage_read_is_cited_by_its_own_number(index) -> None:
    lighthouse, ferry = chunk_of(index, LIGHTHOUSE), chunk_of(index, FERRY)
    chosen = [candidate(index, FERRY, 0.5, passage_rank=1), candidate(index, LIGHTHOUSE, 0.6, passage_rank=0)]
    text, citations = cite(index, QUESTION, chosen, passages(lighthouse, ferry))
    assert text == f"{FERRY} [1] {LIGHTHOUSE} [2]"
    assert [(c.n, c.passage.chunk) for c in citations] == [(1, ferry), (2, lighthouse)]
    assert [index.text[s.start : s.end] for s in citations[1].quoted] == [LIGHTHOUSE]


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


def test_clip_keeps_the_words_on_both_sides_of_the_question_terms() -> None:
    words = [f"filler{i}" for i in range(100)]
    words[40:43] = ["zebras", "cross", "rivers"]
    kept = _clip(" ".join(words), "Where do zebras cross rivers?").split()[1:-1]
    at = kept.index("zebras")
    assert abs(at - (len(kept) - at - 3)) <= 1 and "filler44" in kept and "filler38" in kept
