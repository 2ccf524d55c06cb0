"""The default, offline answer: the sentences of the top passages that best answer the question.

Each sentence is scored by its embedding similarity to the question, the share of the
question's terms it holds, and the rank of its passage. The best one to three sentences
become the answer, in document order, each followed by the number of its passage. When
the best sentence is weak, the composer abstains instead of guessing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from askdoc.answer.answer_type import has_answer_type, question_type
from askdoc.answer.contract import ABSTENTION_TEXT, MAX_WORDS, marker
from askdoc.index.document_index import DocumentIndex
from askdoc.text.terms import analyze
from askdoc.types import Citation, Passage, Span

PASSAGES_READ = 3
ABSTAIN_BELOW = 0.43
_SIMILARITY_WEIGHT = 0.55
_OVERLAP_WEIGHT = 0.35
_RANK_WEIGHT = 0.10
_TYPE_WEIGHT = 0.10
_COMPANION_RATIO = 0.92
_MAX_SENTENCES = 3
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Composition:
    """The composed answer before timing: text, citations, confidence, abstention."""

    text: str
    citations: tuple[Citation, ...]
    confidence: float
    abstained: bool


@dataclass(frozen=True)
class _Candidate:
    passage_rank: int
    span: Span
    score: float


def compose(index: DocumentIndex, question: str, query_vector: np.ndarray, passages: tuple[Passage, ...]) -> Composition:
    """Pick the answering sentences from ``passages`` and cite them, or abstain."""
    candidates = _score_sentences(index, question, query_vector, passages[:PASSAGES_READ])
    if not candidates or candidates[0].score < ABSTAIN_BELOW:
        confidence = candidates[0].score if candidates else 0.0
        return Composition(ABSTENTION_TEXT, (), round(max(confidence, 0.0), 3), True)
    chosen = _choose(index.text, candidates)
    numbers: dict[int, int] = {}
    for candidate in chosen:
        numbers.setdefault(candidate.passage_rank, len(numbers) + 1)
    parts = [f"{_clip(index.text[c.span.start : c.span.end], question)} {marker(numbers[c.passage_rank])}" for c in chosen]
    citations = tuple(
        Citation(n, passages[rank], tuple(c.span for c in chosen if c.passage_rank == rank)) for rank, n in numbers.items()
    )
    return Composition(" ".join(parts), citations, round(min(candidates[0].score, 1.0), 3), False)


def _score_sentences(
    index: DocumentIndex, question: str, query_vector: np.ndarray, passages: tuple[Passage, ...]
) -> list[_Candidate]:
    weights = {term: index.lexical.idf(term) for term in analyze(question)}
    total_weight = sum(weights.values())
    wanted = question_type(question)
    seen: set[Span] = set()
    candidates: list[_Candidate] = []
    for rank, passage in enumerate(passages):
        chunk = passage.chunk
        rows = index.sentence_rows[chunk.chunk_id]
        similarities = index.sentence_vectors[rows.start : rows.stop] @ query_vector
        for span, similarity in zip(chunk.sentences, similarities, strict=False):
            sentence = index.text[span.start : span.end]
            if span in seen or sum(char.isalnum() for char in sentence) < 3:
                continue
            seen.add(span)
            present = set(analyze(f"{chunk.section} {sentence}"))
            overlap = sum(w for term, w in weights.items() if term in present) / total_weight if total_weight else 0.0
            typed = has_answer_type(wanted, sentence, question)
            type_bonus = 0.0 if typed is None else (_TYPE_WEIGHT if typed else -_TYPE_WEIGHT)
            score = _SIMILARITY_WEIGHT * float(similarity) + _OVERLAP_WEIGHT * overlap + _RANK_WEIGHT / (1 + rank) + type_bonus
            candidates.append(_Candidate(rank, span, score))
    return sorted(candidates, key=lambda c: -c.score)


def _choose(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """The best sentence, plus close runners-up while the answer stays short, in document order."""
    best = candidates[0]
    chosen = [best]
    words = _word_count(text, best.span)
    for candidate in candidates[1 : _MAX_SENTENCES * 3]:
        if len(chosen) == _MAX_SENTENCES or candidate.score < _COMPANION_RATIO * best.score:
            break
        extra = _word_count(text, candidate.span)
        if words + extra <= MAX_WORDS:
            chosen.append(candidate)
            words += extra
    return sorted(chosen, key=lambda c: c.span.start)


def _word_count(text: str, span: Span) -> int:
    return len(_WORD.findall(text, span.start, span.end))


def _clip(sentence: str, question: str) -> str:
    """A sentence over the word limit is cut to the window that holds most question terms."""
    words = sentence.split()
    if len(words) <= MAX_WORDS:
        return sentence
    terms = set(analyze(question))
    width = MAX_WORDS - 5
    best = max(range(len(words) - width + 1), key=lambda i: len(terms & set(analyze(" ".join(words[i : i + width])))))
    clipped = " ".join(words[best : best + width])
    return ("… " if best else "") + clipped + (" …" if best + width < len(words) else "")
