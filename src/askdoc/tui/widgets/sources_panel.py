"""The sources of the selected answer: where each cited passage is, the quoted sentence highlighted."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from askdoc.answer.contract import marker
from askdoc.output.sanitize import sanitize
from askdoc.tui.passage_text import excerpt
from askdoc.types import Answer, Passage, Span

CLOSEST_SHOWN = 3


class SourcesPanel(Vertical):
    """A list of passages; Enter or a click on one opens it in the document."""

    class Opened(Message):
        """The reader chose a passage to read in the document."""

        def __init__(self, passage: Passage, quoted: tuple[Span, ...]):
            super().__init__()
            self.passage = passage
            self.quoted = quoted

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.sources: list[tuple[Passage, tuple[Span, ...]]] = []

    def compose(self) -> ComposeResult:
        yield Static("Sources", id="sources-title")
        yield OptionList(id="source-list")

    def show(self, answer: Answer | None, number: int = 0) -> None:
        """List answer ``number``'s citations (0: the opening page's summary), or for an abstention the closest passages."""
        if answer is None:
            self.sources, title = [], "Sources"
        elif answer.citations:
            self.sources = [(citation.passage, citation.quoted) for citation in answer.citations]
            title = f"Sources of answer {number}" if number else "Sources of the summary"
        else:
            self.sources = [(passage, ()) for passage in answer.retrieved[:CLOSEST_SHOWN]]
            title = f"Closest passages (answer {number} cites none)"
        self.query_one("#sources-title", Static).update(title)
        options = self.query_one(OptionList)
        entries: list[Option | None] = []
        for rank, (passage, quoted) in enumerate(self.sources):
            if entries:
                entries.append(None)
            entries.append(self._option(rank, passage, quoted, answer))
        options.set_options(entries)
        if self.sources:
            options.highlighted = 0

    def open(self, n: int) -> None:
        """Open source ``n`` (1-based, as in the answer's [n] markers)."""
        if 1 <= n <= len(self.sources):
            self.post_message(self.Opened(*self.sources[n - 1]))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.open(int(event.option.id.removeprefix("source-")))

    @staticmethod
    def _option(rank: int, passage: Passage, quoted: tuple[Span, ...], answer: Answer) -> Option:
        label = marker(rank + 1) if answer.citations else f"({rank + 1})"
        heading = Content.assemble((label, "bold $accent"), " ", (sanitize(passage.chunk.location), "$accent"))
        return Option(Content("\n").join([heading, excerpt(passage.chunk, quoted)]), id=f"source-{rank + 1}")
