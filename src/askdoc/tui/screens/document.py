"""The document view: the full text scrolled to a cited passage; Escape returns to the chat."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from askdoc.output.sanitize import sanitize
from askdoc.tui.widgets.document_view import DocumentView
from askdoc.types import Passage, Span

if TYPE_CHECKING:
    from askdoc.index.document_index import DocumentIndex


class DocumentScreen(Screen):
    """One passage of the document in context."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "app.pop_screen", "Back to the chat")]
    AUTO_FOCUS = "DocumentView"

    def __init__(self, index: DocumentIndex, passage: Passage, quoted: tuple[Span, ...]):
        super().__init__()
        self.index = index
        self.passage = passage
        self.quoted = quoted
        self.sub_title = sanitize(index.title)

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        where = sanitize(f"{self.passage.chunk.location} · the cited sentences are highlighted · Escape returns")
        yield Static(Content(where), id="where")
        yield DocumentView(self.index.text, self.index.chunks, self.passage.chunk, self.quoted)
        yield Footer()
