"""The reason a writer gives in the next paragraph, for a why-question whose best sentence states what was done.

"Until now, I have stayed silent regarding all these current topics … I did this for good reason, which is
explained below." ends its paragraph without the reason; the next one opens "I have been silent the last month
because, until two days ago, I was an at-large member of FSF's Board of Directors" (the ebb.org post of
tests/fixtures/real). The next paragraph's first sentence gives the reason when it says again what the best sentence
said (a content word of it: "silent") and then gives a cause ("because"). A cause with nothing said again before it
is another matter's: the next item of a list ("Stealing Access - because captive portals …", eval/real capport-07).
Chosen on eval/dev/articles.jsonl's fit half (a07), checked on eval/real.
"""

from __future__ import annotations

from collections.abc import Callable

from askdoc.answer.sentence_nav import Located, neighbours, paragraph_break
from askdoc.index.document_index import DocumentIndex
from askdoc.text.terms import analyze
from askdoc.types import Chunk, Span

# How far on the paragraph's next sentences are walked to reach the next paragraph.
_REACH = 8
_MIN_LETTERS = 3


def next_paragraph_cause(
    index: DocumentIndex, chunk: Chunk, span: Span, cause_at: Callable[[str], int | None]
) -> Located | None:
    """The first sentence of the paragraph after the one holding ``span`` when it says again what the sentence at
    ``span`` says and then states its cause (``cause_at``: where a sentence's cause opens, None without one)."""
    _, after = neighbours(index, chunk, span, 0, _REACH)
    edge = span
    for located in after:
        if paragraph_break(index.text, edge, located.span):
            text = index.text[located.span.start : located.span.end]
            at = cause_at(text)
            said = _words(index.text[span.start : span.end])
            return located if at is not None and said & _words(text[:at]) else None
        edge = located.span
    return None


def _words(text: str) -> set[str]:
    """The text's terms of three letters or more (a list's bullet "o" says nothing again)."""
    return {term for term in analyze(text) if len(term) >= _MIN_LETTERS}
