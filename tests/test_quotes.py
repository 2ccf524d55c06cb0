"""The quoted parts of a passage, as every output shows them."""

from __future__ import annotations

from askdoc.output.quotes import quoted_ranges, quoted_text
from askdoc.types import Chunk, Span

TEXT = "The bridge opened in 1932. It took six years. Tolls ended in 1988."
CHUNK = Chunk(chunk_id=0, start=100, end=100 + len(TEXT), text=TEXT, section="", paragraphs=(1,), sentences=(), n_tokens=20)
FIRST, SECOND, THIRD = Span(100, 126), Span(127, 145), Span(146, 100 + len(TEXT))


def test_ranges_are_relative_to_the_text_and_cut_to_it() -> None:
    assert quoted_ranges([FIRST, THIRD], 100, len(TEXT)) == [(0, 26), (46, len(TEXT))]
    assert quoted_ranges([SECOND], 127, 10) == [(0, 10)]
    assert quoted_ranges([FIRST, SECOND], 127, 18) == [(0, 18)]
    assert quoted_ranges([Span(0, 50)], 100, len(TEXT)) == []


def test_quoted_text_is_the_quoted_sentences_else_the_whole_passage() -> None:
    assert quoted_text(CHUNK, (FIRST, THIRD)) == "The bridge opened in 1932. Tolls ended in 1988."
    assert quoted_text(CHUNK, ()) == TEXT
