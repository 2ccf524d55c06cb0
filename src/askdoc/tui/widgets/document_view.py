"""The whole document, block by block, with one passage marked and the sentences it quotes highlighted."""

from __future__ import annotations

from collections.abc import Iterator

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from askdoc.tui.passage_text import highlighted
from askdoc.types import Chunk, Span

CONTEXT_LINES = 3


def blocks(text: str) -> Iterator[tuple[int, str]]:
    """The clean text's blocks (paragraphs and headings, separated by a blank line) with their offsets."""
    offset = 0
    for block in text.split("\n\n"):
        yield offset, block
        offset += len(block) + 2


class DocumentView(VerticalScroll, can_focus=True):
    """Scrolls to the block holding the first quoted sentence, a few lines of what comes before above it.

    Blocks outside every chunk are headings.
    """

    def __init__(self, text: str, chunks: list[Chunk], passage: Chunk, quoted: tuple[Span, ...], **kwargs):
        super().__init__(**kwargs)
        self._text = text
        self._chunks = chunks
        self._passage = passage
        self._quoted = quoted
        self.target: Static | None = None

    def compose(self) -> ComposeResult:
        first_quoted = self._quoted[0].start if self._quoted else self._passage.start
        for start, block in blocks(self._text):
            end = start + len(block)
            classes = []
            if start < self._passage.end and self._passage.start < end:
                classes.append("-passage")
            if not any(chunk.start <= start < chunk.end for chunk in self._chunks):
                classes.append("-heading")
            widget = Static(highlighted(block, start, self._quoted), classes=" ".join(classes))
            if self.target is None and start <= first_quoted <= end:
                self.target = widget
            yield widget

    def on_mount(self) -> None:
        self.call_after_refresh(self._scroll_to_target)

    def _scroll_to_target(self) -> None:
        if self.target is not None:
            self.scroll_to(y=max(self.target.virtual_region.y - CONTEXT_LINES, 0), animate=False)
