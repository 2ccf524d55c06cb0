"""Passage text for the chat: the cited sentences highlighted, trimmed to a readable excerpt."""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content

from askdoc.output.quotes import quoted_pieces
from askdoc.types import Chunk, Span

QUOTE_STYLE = "bold $text-warning"
CONTEXT_SENTENCES = 1


def highlighted(text: str, offset: int, quoted: Sequence[Span]) -> Content:
    """``text`` (found at ``offset`` of the document), sanitised, with the parts the answer quotes styled."""
    pieces = quoted_pieces(text, offset, quoted)
    return Content.assemble(*((piece, QUOTE_STYLE if is_quoted else "") for piece, is_quoted in pieces))


def excerpt(chunk: Chunk, quoted: Sequence[Span]) -> Content:
    """The quoted sentences with one sentence of context either side, elided beyond; all of an uncited chunk."""
    picked = [
        i for i, sentence in enumerate(chunk.sentences) if any(sentence.start < q.end and q.start < sentence.end for q in quoted)
    ]
    if not picked:
        return highlighted(chunk.text, chunk.start, quoted)
    first = max(picked[0] - CONTEXT_SENTENCES, 0)
    last = min(picked[-1] + CONTEXT_SENTENCES, len(chunk.sentences) - 1)
    start, end = chunk.sentences[first].start, chunk.sentences[last].end
    text = chunk.text[start - chunk.start : end - chunk.start]
    return Content.assemble(
        "… " if first > 0 else "",
        highlighted(text, start, quoted),
        " …" if last < len(chunk.sentences) - 1 else "",
    )
