"""Cite the pieces of a gathered answer: each piece (an item or a quoted sentence) followed by the number of
the passage it came from, passages numbered in the order the answer first cites them."""

from __future__ import annotations

from dataclasses import dataclass

from askdoc.answer.composer import Composition
from askdoc.answer.contract import marker
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


def cite_pieces(pieces: list[Piece], confidence: float, tail: str = "") -> Composition:
    """The pieces in the given order, each followed by its passage's ``[n]``, then ``tail`` ("and 3 more.")."""
    numbers: dict[int, int] = {}
    for piece in pieces:
        numbers.setdefault(piece.chunk.chunk_id, len(numbers) + 1)
    lines = [f"{'- ' if p.bullet else ''}{shown(p.text)} {marker(numbers[p.chunk.chunk_id])}" for p in pieces]
    if tail:
        lines.append(tail)
    chunks = {p.chunk.chunk_id: p.chunk for p in pieces}
    citations = tuple(
        Citation(
            n,
            Passage(chunks[chunk_id], 1.0),
            tuple(sorted({p.span for p in pieces if p.chunk.chunk_id == chunk_id and p.span}, key=lambda s: s.start)),
        )
        for chunk_id, n in numbers.items()
    )
    return Composition("\n".join(lines), citations, confidence, False)
