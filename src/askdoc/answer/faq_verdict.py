"""A FAQ's own short answer: "27. Will zlib decompress data from the PKWare Data Compression Library?" then "No." then
"The PKWare DCL uses …". When the FAQ's question asks what the reader asks, its "Yes." or "No." is the document's
verdict, quoted with the sentence after it.

The two questions must ask the same thing both ways (verdict.decide reads each as a statement holding the other's
proposition): a FAQ's "No" to "Is zlib under the GNU license?" does not answer "Is zlib under a license?", and its "Yes"
to a narrower question does not answer a broader one. A numbered FAQ question is often a heading, its answer the next
chunk: the sentences are read in document order across chunks.

Issue 12, the fifth precision pass (text/sentences.py now cuts a FAQ's "Yes."/"No." off as a sentence of its own). End to
end (`askdoc eval` on eval/verdicts/readers_held*.jsonl, eval/dev/verdicts*.jsonl, eval/dev/articles.jsonl,
eval/reader_questions.jsonl) no reader question there asks a FAQ's question both ways, so no verdict comes from it; the
only change is readers_held8's zl-10, whose quote no longer opens with the FAQ's "No." to another question (12 right of
12 stated -> 11 of 11). tests/test_faq_verdict.py asks the zlib FAQ its own questions.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from askdoc.answer.answerability import Candidate
from askdoc.answer.cited_passages import passage_rank
from askdoc.answer.verdict import decide
from askdoc.index.document_index import DocumentIndex
from askdoc.types import Chunk, Passage, Span

_ANSWERS = {"Yes.": "yes", "No.": "no"}


@dataclass(frozen=True)
class FaqAnswer:
    """The FAQ's verdict, the sentence to quote (the one after its short answer in the same paragraph, ``explained``, else
    the short answer itself) and the passages to cite from."""

    verdict: str
    quoted: Candidate
    explained: bool
    passages: tuple[Passage, ...]


def faq_answer(index: DocumentIndex, asked: str, passages: tuple[Passage, ...]) -> FaqAnswer | None:
    """The verdict a FAQ question in the retrieved ``passages`` (or just before one) gives to ``asked``; None when none
    asks it."""
    order = [(chunk, span) for chunk in index.chunks for span in chunk.sentences]
    retrieved = {p.chunk.chunk_id for p in passages}
    for at in range(len(order) - 1):
        chunk, span = order[at]
        near = {chunk.chunk_id, order[at + 1][0].chunk_id}
        said = _ANSWERS.get(_text(index, order[at + 1][1]))
        if said is None or not near & retrieved or not _text(index, span).endswith("?"):
            continue
        if not _same_question(asked, _text(index, span)):
            continue
        explained = at + 2 < len(order) and order[at + 2][0] == order[at + 1][0]
        quoted_chunk, quoted_span = order[at + 2] if explained else order[at + 1]
        return _quoted(said, quoted_chunk, quoted_span, explained, passages)
    return None


def _quoted(said: str, chunk: Chunk, span: Span, explained: bool, passages: tuple[Passage, ...]) -> FaqAnswer:
    rank, cited = passage_rank(passages, chunk, passages[0].score if passages else 0.0)
    return FaqAnswer(said, Candidate(rank, span, np.zeros(0)), explained, cited)


def _text(index: DocumentIndex, span: Span) -> str:
    return index.text[span.start : span.end].strip()


def _same_question(asked: str, faq: str) -> bool:
    """Whether each question, read as a statement, holds the other's whole proposition."""
    return decide(asked, _statement(faq)) == "yes" and decide(faq, _statement(asked)) == "yes"


def _statement(question: str) -> str:
    return question.strip().rstrip("?").strip()
