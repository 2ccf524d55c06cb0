"""Which sentence to quote: the answerability features and the question's wording cues, in a model of their own.

The answerability model (answerability.py) says whether the retrieved passages answer and how sure the
answer is; it decides abstention and ``confidence``. Which of their sentences to quote is this model's
choice: a linear score over the same features and the wording cues of sentence_cues.py (a role for
"what job", a name for "which leader", a place for "which city", reported speech for "what did X say",
a pronoun carrying the asked name, the question's rarest term here or only beside). Kept apart so that
a better choice of sentence leaves abstention as fitted: a ranker fitted to pick among the sentences of
a question lifts the best sentence of a question the document does not answer as much as any (refitting
the answerability model with these features cost eval/reader_questions abstention .568 -> .486).

Fitted by bench/fit_sentence_rank.py --dev-weight 5 on SQuAD 2.0 half A with the dev questions over the
real documents (eval/dev/facts.jsonl, eval/dev/sentences.jsonl; dev weight 5 of 0/2/5, the best accuracy on
half A + dev): listwise (each sentence scored against the others of its question), then Platt-scaled into
the probability that a sentence holds the answer; companion ratio .64 (the most accurate on half A that
quotes as precisely as the answerability model, on a grid of .02: ``--ratio-only``; .7 on the grid of .1). Half B,
which the fit never sees: top sentence .786 -> .818, accuracy .828 -> .858, quoted precision .771 -> .783 (at .7:
.852 / .795); through the fact composer with its checks (bench/value_check.py) .845 -> .850 (ratio .7 -> .64),
abstention unchanged; eval/ accuracy up (reader_questions .824 -> .831, real .705 -> .721), citation precision down
(questions .966 -> .956, real .641 -> .624): a second sentence is quoted more often.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from askdoc.answer.answerability import FEATURES, Candidate, Model, candidates, score, stored_model
from askdoc.answer.asking_sentences import asking_last
from askdoc.answer.means import means_first
from askdoc.answer.sentence_cues import asked, carried_name, person_match, place_match, role_match, speech_match
from askdoc.index.document_index import DocumentIndex
from askdoc.text.terms import analyze
from askdoc.types import Passage

MODEL_FILE = "data/sentence_rank.npz"
CUES = ("rarest_here", "rarest_beside", "role_match", "person_match", "place_match", "speech_match", "carried_name")


@dataclass(frozen=True)
class Ranker:
    """The fitted sentence ranker: the features it reads (by name), their standardisation, its weights and the
    companion ratio chosen with it."""

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    companion_ratio: float


@lru_cache(maxsize=1)
def stored_ranker() -> Ranker:
    """The ranker bench/fit_sentence_rank.py wrote into package data."""
    with resources.files("askdoc").joinpath(MODEL_FILE).open("rb") as handle:
        stored = np.load(handle)
        return Ranker(
            tuple(str(name) for name in stored["features"]), stored["mean"], stored["scale"], stored["weights"],
            float(stored["bias"]), float(stored["companion_ratio"]),
        )


def cue_features(index: DocumentIndex, question: str, found: list[Candidate]) -> np.ndarray:
    """The ``CUES`` of each candidate of ``found`` (in reading order), one row each."""
    cues = asked(question)
    idf = {term: index.lexical.idf(term) for term in set(analyze(question))}
    # Every term of the top idf, not one of them: picking one of a tie out of a set followed the
    # process's string hash seed (eval/questions.jsonl's q18 changed sentence from run to run).
    # bench/fit_sentence_rank.py, refitted: half A .829 with all of a tie, .828 with the first one in the question.
    top = max(idf.values(), default=None)
    rarest = {term for term, value in idf.items() if value == top}
    texts = [index.text[c.span.start : c.span.end] for c in found]
    terms = [set(analyze(text)) for text in texts]
    rows = []
    for at, (candidate, text) in enumerate(zip(found, texts, strict=True)):
        beside = [n for n in (at - 1, at + 1) if 0 <= n < len(found) and found[n].passage_rank == candidate.passage_rank]
        previous = texts[at - 1] if at - 1 in beside else ""
        here = bool(rarest & terms[at])
        rows.append((
            float(here),
            float(not here and any(rarest & terms[n] for n in beside)),
            role_match(cues, text),
            person_match(cues, text, question),
            place_match(cues, text, question),
            speech_match(cues, text),
            carried_name(cues, text, previous),
        ))
    return np.array(rows, dtype=np.float64).reshape(len(found), len(CUES))


def ranker_rows(index: DocumentIndex, question: str, found: list[Candidate], features: tuple[str, ...]) -> np.ndarray:
    """The values of ``features`` (answerability features and cues, by name) for each candidate of ``found``."""
    both = np.hstack([np.stack([c.features for c in found]), cue_features(index, question, found)])
    names = (*FEATURES, *CUES)
    return both[:, [names.index(name) for name in features]]


def reranked(index: DocumentIndex, question: str, found: list[Candidate], model: Model, ranker: Ranker) -> list[Candidate]:
    """``found`` (in reading order) best first by the ranker, each keeping the answerability model's probability."""
    if not found:
        return []
    answerable = {c.span: c.probability for c in score(found, model)}
    x = (ranker_rows(index, question, found, ranker.features) - ranker.mean) / ranker.scale
    p = 1.0 / (1.0 + np.exp(-(x @ ranker.weights + ranker.bias)))
    ranked = [
        Candidate(c.passage_rank, c.span, c.features, float(q), answerable[c.span]) for c, q in zip(found, p, strict=True)
    ]
    return sorted(ranked, key=lambda c: -c.probability)


def companion_ratio(ranked: list[Candidate], model: Model) -> float:
    """The companion ratio for ``ranked``: the ranker's when it ordered them, else the answerability model's."""
    return stored_ranker().companion_ratio if ranked and ranked[0].answerable is not None else model.companion_ratio


def rank_to_quote(
    index: DocumentIndex, question: str, query_vector: np.ndarray, passages: tuple[Passage, ...]
) -> list[Candidate]:
    """The candidate sentences of ``passages``, best first by the stored ranker (a sentence stating the means first
    for a how-question about a method, means.py; a sentence that asks a question last, asking_sentences.py)."""
    found = candidates(index, question, query_vector, passages)
    ranked = means_first(index.text, question, reranked(index, question, found, stored_model(), stored_ranker()))
    return asking_last(index.text, question, ranked)
