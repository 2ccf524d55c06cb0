"""BM25 (Lucene variant) against a plain-Python reference written from the formula, on a few texts."""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from askdoc.index.lexical import K1, B, LexicalIndex
from askdoc.text.terms import analyze

TEXTS = [
    "The ferry leaves the quay at noon; the ferry returns at dusk.",
    "Tickets for the ferry crossing cost four pounds.",
    "The lighthouse keeper painted the lighthouse red.",
    "Storms closed the harbour for three days in March.",
    "",
]
QUERIES = ["ferry at noon", "lighthouse keeper", "harbour storms", "ticket prices", "zebra"]


def reference_bm25(texts: list[str], query: str, k1: float = K1, b: float = B) -> list[float]:
    """Lucene's BM25: idf = ln(1 + (N - df + 0.5) / (df + 0.5)), tf part tf / (tf + k1 (1 - b + b dl / avgdl))."""
    documents = [Counter(analyze(text)) for text in texts]
    lengths = [sum(document.values()) for document in documents]
    average = sum(lengths) / len(lengths)
    scores = []
    for document, length in zip(documents, lengths, strict=True):
        score = 0.0
        for term in analyze(query):
            df = sum(term in other for other in documents)
            tf = document[term]
            if tf:
                idf = math.log(1 + (len(documents) - df + 0.5) / (df + 0.5))
                score += idf * tf / (tf + k1 * (1 - b + b * length / average))
        scores.append(score)
    return scores


@pytest.mark.parametrize("query", QUERIES)
def test_scores_match_the_reference(query: str) -> None:
    assert np.allclose(LexicalIndex.build(TEXTS).scores(query), reference_bm25(TEXTS, query), rtol=1e-6, atol=1e-7)


def test_the_reference_ranks_as_a_reader_would() -> None:
    scores = reference_bm25(TEXTS, "ferry at noon")
    assert scores.index(max(scores)) == 0 and scores[1] > 0 and scores[2] == scores[3] == scores[4] == 0


def test_idf_matches_the_reference_and_an_unseen_term_gets_the_highest() -> None:
    index = LexicalIndex.build(TEXTS)
    assert index.idf("ferri") == pytest.approx(math.log(1 + (5 - 2 + 0.5) / (2 + 0.5)))
    assert index.idf("zebra") == pytest.approx(math.log(1 + 5.5 / 0.5)) and index.idf("zebra") > index.idf("ferri")


def test_saved_and_loaded_postings_score_the_same(tmp_path: Path) -> None:
    index = LexicalIndex.build(TEXTS)
    index.save(tmp_path)
    assert np.array_equal(LexicalIndex.load(tmp_path).scores("ferry lighthouse"), index.scores("ferry lighthouse"))
