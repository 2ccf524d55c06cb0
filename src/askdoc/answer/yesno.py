"""Yes/no questions: the deciding sentence, opened with "Yes" only when that sentence decides it.

A sentence decides "yes" when it states what the question asks, word for word as far as
the terms go: every content term of the question (stemmed) is in it, and it holds no negation.
Anything else (a paraphrase, a contrast, a negation) is quoted without a verdict, so the reader
judges. "No" is never stated: telling a contradiction from a paraphrase needs more than terms.
The precision of the stated verdicts is measured by `askdoc eval` on eval/reader_questions.jsonl
(README "Yes/no").
"""

from __future__ import annotations

import re

from askdoc.answer.composer import Composition
from askdoc.index.document_index import DocumentIndex
from askdoc.text.terms import analyze

_NEGATION = re.compile(r"\b(not|no|never|none|neither|nor|without|n't)\b|n't\b", re.I)


def decides_yes(question: str, sentence: str) -> bool:
    """Whether ``sentence`` states, term for term and without negation, what ``question`` asks."""
    asked = set(analyze(question))
    return bool(asked) and asked <= set(analyze(sentence)) and not _NEGATION.search(sentence)


def with_verdict(index: DocumentIndex, question: str, answer: Composition) -> Composition:
    """The answer opened with "Yes," when its first quoted sentence decides it; unchanged otherwise."""
    if answer.abstained or not answer.citations or not answer.citations[0].quoted:
        return answer
    span = answer.citations[0].quoted[0]
    if not decides_yes(question, index.text[span.start : span.end]):
        return answer
    return Composition(f"Yes. {answer.text}", answer.citations, answer.confidence, False)
