"""Cite the pieces of a gathered answer: each piece (an item or a quoted sentence) followed by the number of
the passage it came from, passages numbered in the order the answer first cites them."""

from __future__ import annotations

from dataclasses import dataclass

from askdoc.answer.composer import Composition
from askdoc.answer.contract import marker
from askdoc.answer.quoting import hands_over, introduced_line
from askdoc.index.document_index import DocumentIndex
from askdoc.text.definitions import shown
from askdoc.types import Chunk, Citation, Passage, Span


@dataclass(frozen=True)
class Piece:
    """One piece of an answer: its text, its chunk, the sentence it quotes (None: the chunk's section heading),
    and whether it is shown as a "- " list line."""

    text: str
    chunk: Chunk
    span: Span | None
    bullet: bool = True


def cite_pieces(index: DocumentIndex, pieces: list[Piece], confidence: float, tail: str = "") -> Composition:
    """The pieces in the given order, each followed by its passage's ``[n]``, then ``tail`` ("and 3 more.").

    A quoted sentence that introduces a line of code is followed by that line (quoting.py), cited to its passage."""
    quoted = {p.span for p in pieces if p.span}
    numbers: dict[int, int] = {}
    chunks: dict[int, Chunk] = {}
    spans: list[tuple[int, Span]] = []
    lines = []
    for p in pieces:
        line = introduced_line(index, p.chunk, p.span) if p.span and hands_over(p.text) else None
        if line is not None and line.span in quoted:
            line = None
        for chunk in (p.chunk, *([line.chunk] if line else [])):
            numbers.setdefault(chunk.chunk_id, len(numbers) + 1)
            chunks[chunk.chunk_id] = chunk
        text = f"{'- ' if p.bullet else ''}{shown(p.text)}"
        if line is not None:
            code = index.text[line.span.start : line.span.end]
            own = "" if line.chunk.chunk_id == p.chunk.chunk_id else f" {marker(numbers[p.chunk.chunk_id])}"
            text = f"{text}{own} {code}"
            spans.append((line.chunk.chunk_id, line.span))
        last = line.chunk if line is not None else p.chunk
        lines.append(f"{text} {marker(numbers[last.chunk_id])}")
        if p.span:
            spans.append((p.chunk.chunk_id, p.span))
    if tail:
        lines.append(tail)
    citations = tuple(
        Citation(
            n,
            Passage(chunks[chunk_id], 1.0),
            tuple(sorted({s for c, s in spans if c == chunk_id}, key=lambda s: s.start)),
        )
        for chunk_id, n in numbers.items()
    )
    return Composition("\n".join(lines), citations, confidence, False)
