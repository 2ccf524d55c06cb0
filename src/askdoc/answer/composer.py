"""The default, offline answer: the sentences of the top passages that answer the question.

Each sentence of the top passages is scored by the answerability model (answerability.py:
a logistic regression fitted on SQuAD 2.0 half A) and, for a fact question, ranked by the sentence
ranker (sentence_rank.py). The best sentence, with close runners-up while the answer stays short,
becomes the answer, in document order, each followed by the number of its passage; ``confidence``
is the answerability model's calibrated probability that it is right. Below the threshold fitted
on half A the composer abstains instead of guessing. A sentence that
restates the question goes first (restatement.py), a who-question adds the sentence in which a
name does its verb (doer.py), a "What is X?" takes the sentence that defines X (definition.py), and the
answer is completed with the neighbour that holds the name, reason or quote the question asks for
(fact_focus.py). A definition shows its term, a sentence
that introduces a line of code is followed by it (quoting.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from askdoc.answer.answerability import Candidate, answer_confidence, rank, stored_model
from askdoc.answer.cited_passages import passage_rank
from askdoc.answer.contract import ABSTENTION_TEXT, MAX_WORDS, marker
from askdoc.answer.definition import defining
from askdoc.answer.doer import named_doer
from askdoc.answer.fact_focus import focus
from askdoc.answer.quoting import introduced_line, sentence_shown
from askdoc.answer.restatement import restating_first
from askdoc.answer.sentence_rank import companion_ratio
from askdoc.index.document_index import DocumentIndex
from askdoc.text.terms import analyze
from askdoc.types import Citation, Passage, Span

_MAX_SENTENCES = 3
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Composition:
    """The composed answer before timing: text, citations, confidence, abstention."""

    text: str
    citations: tuple[Citation, ...]
    confidence: float
    abstained: bool


def abstention_instead(answer: Composition) -> Composition:
    """An abstention in place of ``answer`` that a later check refused, its confidence capped at the threshold as
    for the composer's own abstentions (expected_value.py, act_check.py)."""
    return Composition(ABSTENTION_TEXT, (), min(answer.confidence, stored_model().threshold), True)


def compose(index: DocumentIndex, question: str, query_vector: np.ndarray, passages: tuple[Passage, ...]) -> Composition:
    """Pick the answering sentences from ``passages`` and cite them, or abstain."""
    return compose_ranked(index, question, rank(index, question, query_vector, passages), passages)


def compose_ranked(index: DocumentIndex, question: str, ranked: list[Candidate], passages: tuple[Passage, ...]) -> Composition:
    """The answer quoting the best of the already ranked candidates, or an abstention."""
    model = stored_model()
    confidence = answer_confidence(ranked, model)
    if not ranked or confidence < model.threshold:
        return Composition(ABSTENTION_TEXT, (), confidence, True)
    doer = named_doer(index, question, ranked)
    ranked = restating_first(index, question, ranked, passages)
    best = ranked[0]
    if doer is not None and (doer is best or not _fit_together(index.text, best, doer)):
        doer = None
    if doer is not None:
        lead, chosen = doer, sorted([best, doer], key=lambda c: c.span.start)
    elif (definition := defining(index, question, ranked, passages)) is not None:
        lead, passages = definition
        chosen = [lead]
    else:
        lead, chosen = best, choose_sentences(index.text, ranked, companion_ratio(ranked, model))
    chosen, cited = focus(index, question, chosen, lead, passages)
    text, citations = cite(index, question, chosen, cited)
    return Composition(text, citations, confidence, False)


def cite(
    index: DocumentIndex, question: str, chosen: list[Candidate], passages: tuple[Passage, ...]
) -> tuple[str, tuple[Citation, ...]]:
    """The chosen sentences (in document order), each followed by its passage's number, and those citations.

    Passages are numbered [1], [2] … in the order the answer first quotes them. A sentence that introduces
    a line of code is followed by that line (quoting.py), cited to its passage.
    """
    cited = passages
    quoted = {c.span for c in chosen}
    pieces: list[tuple[int, Span, str]] = []
    for at, c in enumerate(chosen):
        sentence = sentence_shown(index.text, c.span, cited[c.passage_rank].chunk.start, chosen[at - 1].span if at else None)
        pieces.append((c.passage_rank, c.span, _clip(sentence, question)))
        line = introduced_line(index, cited[c.passage_rank].chunk, c.span)
        if line is not None and line.span not in quoted:
            rank, cited = passage_rank(cited, line.chunk, cited[c.passage_rank].score)
            pieces.append((rank, line.span, _text(index, line.span)))
    numbers: dict[int, int] = {}
    for rank, _, _ in pieces:
        numbers.setdefault(rank, len(numbers) + 1)
    parts: list[str] = []
    for at, (rank, _, shown) in enumerate(pieces):
        line_follows = at + 1 < len(pieces) and pieces[at + 1][0] == rank and pieces[at + 1][1] not in quoted
        parts.append(shown if line_follows else f"{shown} {marker(numbers[rank])}")
    citations = tuple(
        Citation(n, cited[r], tuple(span for p, span, _ in pieces if p == r)) for r, n in numbers.items()
    )
    return " ".join(parts), citations


def _text(index: DocumentIndex, span: Span) -> str:
    return index.text[span.start : span.end]


def choose_sentences(text: str, ranked: list[Candidate], companion_ratio: float) -> list[Candidate]:
    """The best sentence, plus runners-up within ``companion_ratio`` of its probability while the answer
    stays short (at most three sentences, ``MAX_WORDS`` words), in document order."""
    best = ranked[0]
    chosen = [best]
    words = _word_count(text, best.span)
    for candidate in ranked[1 : _MAX_SENTENCES * 3]:
        if len(chosen) == _MAX_SENTENCES or candidate.probability < companion_ratio * best.probability:
            break
        extra = _word_count(text, candidate.span)
        if words + extra <= MAX_WORDS:
            chosen.append(candidate)
            words += extra
    return sorted(chosen, key=lambda c: c.span.start)


def _fit_together(text: str, best: Candidate, doer: Candidate) -> bool:
    """Whether the sentence where a name does the question's verb fits beside the best one in ``MAX_WORDS``: it is
    quoted beside it, never instead of it. Instead of it, it lost right answers on SQuAD 2.0 half A
    (bench/value_check.py): it took the best sentence's place 11 times, the best held the answer 9 times and the doer
    2 ("Who ordered Loudoun to attack Louisbourg?" against "… Lawrence ordered the deportation …"; where both did not
    fit, the best 2 times, the doer 0); beside it, half A accuracy .819 -> .823 (half B, reported, .838 -> .841), and
    eval/dev/facts.jsonl keeps f04's doer."""
    return _word_count(text, best.span) + _word_count(text, doer.span) <= MAX_WORDS


def _word_count(text: str, span: Span) -> int:
    return len(_WORD.findall(text, span.start, span.end))


def _clip(sentence: str, question: str) -> str:
    """A sentence over the word limit is cut to the window that holds most question terms, those terms in its middle.

    The answer stands beside the question's terms, before or after them: of SQuAD 2.0 half A's answers lost to the
    cut, all four stood just after a window that began at the first one holding the most terms ("… the High
    Representative for Foreign and Security Policy (currently …"); centring the terms among the windows that hold
    as many, half A accuracy .823 -> .826 (bench/value_check.py), eval/ unchanged."""
    words = sentence.split()
    if len(words) <= MAX_WORDS:
        return sentence
    terms = set(analyze(question))
    width = MAX_WORDS - 5
    held = [j for j, word in enumerate(words) if terms & set(analyze(word))]
    cover = [len(terms & set(analyze(" ".join(words[i : i + width])))) for i in range(len(words) - width + 1)]
    ties = [i for i, covered in enumerate(cover) if covered == max(cover)]
    best = min(ties, key=lambda i: _off_centre(held, i, i + width - 1))
    clipped = " ".join(words[best : best + width])
    return ("… " if best else "") + clipped + (" …" if best + width < len(words) else "")


def _off_centre(held: list[int], first: int, last: int) -> int:
    """How far the question's terms (the word positions ``held``) within the window ``first`` … ``last`` stand from
    its middle: the difference between the words before the first of them and after the last."""
    inside = [j for j in held if first <= j <= last]
    return abs((inside[0] - first) - (last - inside[-1])) if inside else 0
