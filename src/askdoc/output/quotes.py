"""Which parts of a passage an answer quotes, as the terminal, the chat and the Markdown export show them."""

from __future__ import annotations

from collections.abc import Sequence

from askdoc.output.sanitize import sanitize_segments
from askdoc.types import Chunk, Span


def quoted_ranges(quoted: Sequence[Span], offset: int, length: int) -> list[tuple[int, int]]:
    """The quoted spans (document offsets) as ``[start, end)`` ranges into a text of ``length`` characters found at ``offset``.

    Parts of a span outside that text are cut off; a span wholly outside it gives no range.
    """
    ranges = []
    for span in quoted:
        start, end = max(span.start - offset, 0), min(span.end - offset, length)
        if start < end:
            ranges.append((start, end))
    return ranges


def quoted_text(chunk: Chunk, quoted: Sequence[Span]) -> str:
    """The sentences a citation quotes from its chunk, joined; the whole chunk when it quotes none."""
    return " ".join(chunk.text[start:end] for start, end in quoted_ranges(quoted, chunk.start, len(chunk.text))) or chunk.text


def quoted_pieces(text: str, offset: int, quoted: Sequence[Span]) -> list[tuple[str, bool]]:
    """``text`` (found at ``offset``) as sanitised pieces for display, each with whether the answer quotes it."""
    ranges = quoted_ranges(quoted, offset, len(text))
    pieces = sanitize_segments(text, [edge for pair in ranges for edge in pair])
    return [(piece, any(start <= at < end for start, end in ranges)) for at, piece in pieces]
