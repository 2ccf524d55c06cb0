"""Which sentence answers, and the probability that it does: a logistic regression over candidate features.

Every sentence of the top passages is a candidate, except a line of code that the sentence before
it introduces (quoting.py): that line is quoted with it. Its features (``FEATURES``)
are what a reader checks: how close it is to the question (cosine, and its rank among the candidates),
how much of the question's weight its words hold, which question terms it lacks, whether it
holds a value of the kind asked for that the question does not already hold (a new name, a
number or date other than the question's), whether a number or date the question states is
missing from it and its neighbours ("by the end of 2020" against "as of April 14"), its
neighbours (the answer is often in the sentence before or after the best match), its
passage's rank and cosine.

The weights, the Platt calibration of the best candidate's score into the probability that
the answer is right, and the abstention threshold are fitted on SQuAD 2.0 half A by
bench/fit_answerability.py --squad-only and stored in data/answerability.npz. The candidates are drawn as
in the product: retrieval over the whole article, not its gold paragraph. On half B, which the
fit never sees: answer accuracy .828, abstention on unanswerable .057 at false abstention .022
(threshold .118, the false-abstention budget .02 on half A; why .02 and the other budgets:
bench/fit_answerability.py), calibration error (ECE) .026. Adding the answer-deleted questions
(bench/answer_deleted.py, the readers' kind of unanswerable) to the fit hardly moves half B (.02:
accuracy .830, abstention .053 on SQuAD's unanswerable and .157 on answer-deleted, against .828 /
.057 / .146); a .05 budget would catch .114 / .314 but false abstention rises to .050 and, on the
report sets, eval/questions accuracy .857 -> .813 and reader_questions .735 -> .721, so the
.02 SQuAD-only fit stays.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from askdoc.answer.answer_type import has_answer_type, question_type, stated_values
from askdoc.answer.quoting import introduces
from askdoc.index.document_index import DocumentIndex
from askdoc.text.terms import analyze
from askdoc.types import Passage, Span

PASSAGES_READ = 3
FEATURES = (
    "cosine",
    "cosine_margin",
    "cosine_rank",
    "coverage",
    "window_coverage",
    "missing_share",
    "missing_max_idf",
    "type_match",
    "type_mismatch",
    "previous_cosine",
    "next_cosine",
    "passage_rank",
    "passage_cosine",
    "log_words",
    "question_terms",
    "values_missing",
)


@dataclass(frozen=True)
class Candidate:
    """One sentence of a retrieved passage, its features and (once scored) its probability of answering.

    When the sentence ranker (sentence_rank.py) has reordered the candidates, ``probability`` is its
    probability that this sentence is the one that answers and ``answerable`` this model's."""

    passage_rank: int
    span: Span
    features: np.ndarray
    probability: float = 0.0
    answerable: float | None = None


@dataclass(frozen=True)
class Model:
    """The fitted sentence model, its calibration and the abstention threshold."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    platt_a: float
    platt_b: float
    threshold: float
    companion_ratio: float


@lru_cache(maxsize=1)
def stored_model() -> Model:
    """The model bench/fit_answerability.py wrote into package data."""
    with resources.files("askdoc").joinpath("data/answerability.npz").open("rb") as handle:
        stored = np.load(handle)
        return Model(
            stored["mean"], stored["scale"], stored["weights"], float(stored["bias"]),
            float(stored["platt_a"]), float(stored["platt_b"]), float(stored["threshold"]), float(stored["companion_ratio"]),
        )


def candidates(
    index: DocumentIndex, question: str, query_vector: np.ndarray, passages: tuple[Passage, ...], read: int = PASSAGES_READ
) -> list[Candidate]:
    """The sentences of the first ``read`` passages (each once), with their features, in reading order."""
    idf = {term: index.lexical.idf(term) for term in set(analyze(question))}
    total = sum(idf.values()) or 1.0
    top_idf = max(idf.values(), default=1.0) or 1.0
    wanted = question_type(question)
    asked_values = stated_values(question)
    rows: list[tuple[int, Span, float, float, float, set[str], str, float]] = []
    seen: set[Span] = set()
    for rank, passage in enumerate(passages[:read]):
        chunk = passage.chunk
        vector_rows = index.sentence_rows[chunk.chunk_id]
        cosines = index.sentence_vectors[vector_rows.start : vector_rows.stop] @ query_vector
        passage_cosine = float(index.chunk_vectors[chunk.chunk_id] @ query_vector)
        spans = list(chunk.sentences)
        for i, (span, cosine) in enumerate(zip(spans, cosines, strict=False)):
            sentence = index.text[span.start : span.end]
            introduced = i > 0 and introduces(index.text, spans[i - 1], span)
            if span in seen or sum(char.isalnum() for char in sentence) < 3 or introduced:
                continue  # a line of code is quoted with the sentence that introduces it (quoting.py)
            seen.add(span)
            previous = float(cosines[i - 1]) if i > 0 else 0.0
            following = float(cosines[i + 1]) if i + 1 < len(cosines) else 0.0
            terms = set(analyze(f"{chunk.section} {sentence}"))
            rows.append((rank, span, float(cosine), previous, following, terms, sentence, passage_cosine))
    if not rows:
        return []
    best = max(r[2] for r in rows)
    order = {id(r): n for n, r in enumerate(sorted(rows, key=lambda r: -r[2]))}
    found = []
    for at, row in enumerate(rows):
        rank, span, cosine, previous, following, terms, sentence, passage_cosine = row
        missing = [t for t in idf if t not in terms]
        typed = has_answer_type(wanted, sentence, question)
        neighbours = [n for n in range(max(0, at - 1), min(len(rows), at + 2)) if rows[n][0] == rank]
        window = terms.union(*(rows[n][5] for n in neighbours))
        window_text = " ".join(rows[n][6] for n in neighbours)
        values_missing = any(value not in window_text.lower() for value in asked_values)
        values = (
            cosine,
            cosine - best,
            1.0 / (1 + order[id(row)]),
            sum(w for t, w in idf.items() if t in terms) / total,
            sum(w for t, w in idf.items() if t in window) / total,
            len(missing) / len(idf) if idf else 0.0,
            max((idf[t] for t in missing), default=0.0) / top_idf,
            1.0 if typed else 0.0,
            1.0 if typed is False else 0.0,
            previous,
            following,
            1.0 / (1 + rank),
            passage_cosine,
            math.log1p(len(sentence.split())),
            math.log1p(len(idf)),
            1.0 if values_missing else 0.0,
        )
        found.append(Candidate(rank, span, np.array(values, dtype=np.float64)))
    return found


def score(found: list[Candidate], model: Model) -> list[Candidate]:
    """The candidates with their probability of holding the answer, best first."""
    if not found:
        return []
    x = (np.stack([c.features for c in found]) - model.mean) / model.scale
    p = 1.0 / (1.0 + np.exp(-(x @ model.weights + model.bias)))
    scored = [Candidate(c.passage_rank, c.span, c.features, float(q)) for c, q in zip(found, p, strict=True)]
    return sorted(scored, key=lambda c: -c.probability)


def rank(
    index: DocumentIndex, question: str, query_vector: np.ndarray, passages: tuple[Passage, ...], read: int = PASSAGES_READ
) -> list[Candidate]:
    """The candidate sentences of the first ``read`` of ``passages`` scored by the stored model, best first."""
    return score(candidates(index, question, query_vector, passages, read), stored_model())


def answer_confidence(ranked: list[Candidate], model: Model) -> float:
    """The calibrated probability that quoting the best of ``ranked`` answers right (0 without candidates): this
    model's best probability, also when the sentence ranker chose another sentence to quote."""
    best = max((c.probability if c.answerable is None else c.answerable for c in ranked), default=None)
    return 0.0 if best is None else round(calibrated(best, model), 3)


def calibrated(probability: float, model: Model) -> float:
    """The probability that an answer quoting the best candidate is right (Platt scaling fitted on half A)."""
    logit = math.log(max(probability, 1e-6) / max(1 - probability, 1e-6))
    return 1.0 / (1.0 + math.exp(-(model.platt_a * logit + model.platt_b)))
