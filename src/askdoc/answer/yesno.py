"""Yes/no questions: the deciding sentence, opened with "Yes" or "No" only when that sentence decides it.

The candidates the answerability model ranks best (those the composer would quote: within its
companion ratio of the best) are read in order; the first that verdict.py finds deciding the
question (with its neighbours and the document's title) becomes the answer, opened with "Yes."
or "No.". When none decides, the composer's answer is quoted as it is, without a verdict, so the
reader judges. The precision of stated verdicts is measured by bench/verdicts.py (eval/verdicts/,
and the yes/no questions of eval/reader_questions.jsonl) and by `askdoc eval` (right_yesno): on
eval/reader_questions.jsonl 8 verdicts stated, 8 right. Ranking the candidates by the question
turned into a statement ("Is Iraq a Sunni-majority country?" → "Iraq a Sunni-majority country")
was measured and changed no answer there, so the question's own vector ranks them.

A question on the author's stance ("Is the author in favour of US troops staying in Iraq?") is
answered from the title where it decides it (stance.py). With issue 12's paraphrases, aliases,
mention questions and stance, `askdoc eval eval/reader_questions.jsonl` right_yesno went from .444
to .519 (14 of 27; no wrong verdict), and eval/dev/verdicts.jsonl from 26 to 36 right verdicts of 90
(none wrong). With the verdict-recall rules (synonyms, modal permission and prohibitions, opening dates,
words affirmed outside a negation, more opposites): .556 (15 of 27), and 55 right of 90 on the dev set,
none wrong; eval/dev/verdicts_unseen.jsonl, written before them, 13 -> 18 right of 28, none wrong.
Reading more candidates than the composer would quote (top 3 to 8) was measured and left out: dev
verdicts 49 -> 58 with 3 wrong at the top 3 (.948), unseen 18 -> 24 with 3 wrong at the top 5 (.875).
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from askdoc.answer.answerability import Candidate, stored_model
from askdoc.answer.composer import Composition, cite
from askdoc.answer.faq_verdict import faq_answer
from askdoc.answer.near_terms import EncodeMany, WordVectors
from askdoc.answer.stance import answer_from_title
from askdoc.answer.verdict import decide
from askdoc.answer.verdict_cues import affix_negated, tokens
from askdoc.index.document_index import DocumentIndex
from askdoc.types import Passage, Span

_QUESTION_END = re.compile(r"(?<=[?!.])\s+")


def with_verdict(
    index: DocumentIndex,
    question: str,
    ranked: list[Candidate],
    passages: tuple[Passage, ...],
    answer: Composition,
    encode: EncodeMany | None = None,
) -> Composition:
    """``answer`` replaced by the best of the ``ranked`` candidates that decides ``question``, opened with
    its verdict; ``answer`` unchanged when no candidate the composer would quote decides.

    A sentence that decides the question is answered even where the composer abstained (its
    ``confidence`` kept): on eval/reader_questions.jsonl that took right_yesno from .222 to .296
    and false abstention from .103 to .088, with no verdict on an unanswerable question
    (abstention recall .108 either way). A follow-up's ``question`` is resolved as the earlier
    questions followed by it; the verdict is on its own proposition, the last of them. With
    ``encode`` (the question encoder), a question word the sentence denies in other words counts
    ("Are ideas protected by copyright?" → "Copyright does not cover ideas.": No), and so does one it
    says in other words ("cleaned up" as "deleted"). The candidates are read on the question's own
    words first, then with word vectors: a verdict the words decide needs no encoding, and over the
    173 questions of eval/reader_questions.jsonl the verdicts encode 87 words in 11 encoder calls
    (99 in 13 reading each candidate with vectors at once; main before the paraphrases: 54 in 8),
    the same answers.

    A FAQ whose own question asks what ``question`` asks answers it with its short "Yes." or "No." (faq_verdict.py), before
    any candidate is read: issue 12, the fifth precision pass; the figures are in faq_verdict.py."""
    asked = _QUESTION_END.split(question.strip())[-1]
    model = stored_model()
    vectors = _word_vectors(encode) if encode is not None else None
    if (stated := answer_from_title(index, asked, vectors, answer.confidence)) is not None:
        return stated
    if (faq := faq_answer(index, asked, passages)) is not None:
        text, citations = cite(index, question, [faq.quoted], faq.passages)
        return Composition(f"{faq.verdict.capitalize()}. {text}" if faq.explained else text, citations, answer.confidence, False)
    if not ranked:
        return answer
    quoted = [c for c in ranked if c.probability >= model.companion_ratio * ranked[0].probability]
    for read_with in (None, vectors) if vectors is not None else (None,):
        for candidate in quoted:
            sentence = index.text[candidate.span.start : candidate.span.end]
            said = decide(asked, sentence, _neighbours(index, candidate, passages), index.title, read_with)
            if said != "undecided":
                return _stated(index, question, said, candidate, passages, answer)
    if (denial := _prefix_denial(index, asked, passages, {c.span for c in quoted})) is not None:
        return _stated(index, question, "no", denial, passages, answer)
    return answer


def _prefix_denial(index: DocumentIndex, asked: str, passages: tuple[Passage, ...], read: set[Span]) -> Candidate | None:
    """The first sentence of the retrieved ``passages`` (not among those ``read``) that says no to ``asked`` by an
    asked word with a negating prefix ("the unprovoked invasion" for "Was the invasion provoked?"): it denies
    the question in its own word, however low the answerability model ranks it."""
    question = tokens(asked)
    for rank, passage in enumerate(passages):
        for span in passage.chunk.sentences:
            sentence = index.text[span.start : span.end]
            if span in read or not affix_negated(question, tokens(sentence)):
                continue
            candidate = Candidate(rank, span, np.zeros(0))
            if decide(asked, sentence, _neighbours(index, candidate, passages), index.title) == "no":
                return candidate
    return None


def _stated(
    index: DocumentIndex, question: str, said: str, candidate: Candidate, passages: tuple[Passage, ...], answer: Composition
) -> Composition:
    """``candidate``'s sentence cited, opened with the verdict ``said`` (``answer``'s confidence kept)."""
    text, citations = cite(index, question, [candidate], passages)
    return Composition(f"{said.capitalize()}. {text}", citations, answer.confidence, False)


@lru_cache(maxsize=2)
def _word_vectors(encode: EncodeMany) -> WordVectors:
    """One word-vector cache per encoder (its bound ``encode``), kept across questions: the words
    of one document, each encoded once."""
    return WordVectors(encode)


def _neighbours(index: DocumentIndex, candidate: Candidate, passages: tuple[Passage, ...]) -> tuple[str, ...]:
    """The sentences just before and after ``candidate`` in its passage."""
    spans = list(passages[candidate.passage_rank].chunk.sentences)
    at = spans.index(candidate.span)
    return tuple(index.text[s.start : s.end] for s in spans[max(0, at - 1) : at] + spans[at + 1 : at + 2])
