"""A summary's key sentences stand alone: none opens on a word that points to the sentence before it."""

from __future__ import annotations

import pytest

from askdoc.answer.summary import leans_back


@pytest.mark.parametrize(
    "sentence",
    [
        "It also guards against a package changing without its version number changing.",
        "This archive then allows installation when index servers are unavailable.",
        "However, the bill was never voted on.",
        "“They undergo quote removal and word splitting.",
        "Also if you are an end-user of the programs, check their bug tracker first.",
    ],
)
def test_a_sentence_that_points_back_leans_back(sentence: str) -> None:
    assert leans_back(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "There’s no need to manually add query strings to your URLs.",
        "Items are sorted by name.",
        "Iterators and generators are covered in the tutorial.",
        "Thesis statements open the essay.",
    ],
)
def test_a_sentence_that_stands_alone_does_not(sentence: str) -> None:
    assert not leans_back(sentence)
