"""The sentence before a "He added …" candidate, read across passages by sentence_nav.py (said_about.py)."""

from __future__ import annotations

import numpy as np
import pytest

from askdoc.answer.answerability import Candidate
from askdoc.answer.document_sentences import document_sentences
from askdoc.answer.engine import Engine
from askdoc.answer.said_about import _sentence_before


def _candidate(engine: Engine, opening: str) -> Candidate:
    sentence = next(s for s in document_sentences(engine.index) if engine.index.text[s.span.start :].startswith(opening))
    return Candidate(0, sentence.span, np.zeros(0))


@pytest.mark.slow
def test_the_sentence_before_a_pronoun_names_the_speaker(engine: Engine) -> None:
    before = _sentence_before(engine.index, _candidate(engine, "He added that a top priority"))
    assert before.startswith("In a statement to the media, Kadhimi said")


@pytest.mark.slow
def test_a_heading_is_not_read_as_the_sentence_before(engine: Engine) -> None:
    """"Iraq has a new Prime Minister" heads the section; the sentence before its first one ends the section before."""
    before = _sentence_before(engine.index, _candidate(engine, "On April 19, the President of Iraq named"))
    assert before == "Iraq today stands on the edge of breaking free of the shackles of US domination."
