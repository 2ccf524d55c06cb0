"""The sentence ranker chooses the sentence to quote; the answerability model still says how sure the answer is."""

from __future__ import annotations

import pytest

from askdoc.answer.answerability import answer_confidence, candidates, rank, stored_model
from askdoc.answer.composer import compose_ranked
from askdoc.answer.sentence_rank import CUES, cue_features, reranked, stored_ranker
from unit.handmade_index import chunk_of, handmade_index, passages, question_vector

NAMED = "On April 19, the President named former spy-chief Mustafa Kadhimi as Prime Minister-designate."
CABINET = "Kadhimi announced on April 14 that he had selected a cabinet."
TEXT = f"{NAMED} {CABINET} The harbour was rebuilt in May."
QUESTION = "What job did Kadhimi hold before?"


@pytest.fixture(scope="module")
def index():
    return handmade_index(TEXT)


@pytest.fixture(scope="module")
def found(index):
    # The cabinet sentence is the closer one by cosine, as MiniLM has it for this question.
    vector = question_vector(index, {CABINET: 0.6, NAMED: 0.45})
    return candidates(index, QUESTION, vector, passages(chunk_of(index, NAMED)))


def text_of(index, candidate) -> str:
    return index.text[candidate.span.start : candidate.span.end]


def test_the_stored_ranker_reads_the_cues_by_name() -> None:
    assert set(CUES) <= set(stored_ranker().features)


def test_a_job_question_sees_the_role_in_the_sentence_that_names_one(index, found) -> None:
    cues = dict(zip((text_of(index, c) for c in found), cue_features(index, QUESTION, found), strict=True))
    assert cues[NAMED][CUES.index("role_match")] == 1.0
    assert cues[CABINET][CUES.index("role_match")] == 0.0


def test_the_ranker_quotes_the_role_sentence_and_confidence_stays_the_answerability_models(index, found) -> None:
    model = stored_model()
    read = passages(chunk_of(index, NAMED))
    by_model = rank(index, QUESTION, question_vector(index, {CABINET: 0.6, NAMED: 0.45}), read)
    ranked = reranked(index, QUESTION, found, model, stored_ranker())
    assert text_of(index, by_model[0]) == CABINET and text_of(index, ranked[0]) == NAMED
    assert answer_confidence(ranked, model) == answer_confidence(by_model, model)
    answer = compose_ranked(index, QUESTION, ranked, read)
    assert not answer.abstained and answer.text.startswith(NAMED)
