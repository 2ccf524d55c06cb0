"""The opening page: what the document is, a short cited summary, and questions to start with.

It paints at once with what is known cheaply (title and metadata from the file's head; for
a folder one line per document); the summary and the questions derived from the document
come when the engine is ready (``fill``). A suggestion is picked with Enter or a click; Tab
reaches them until the first question is asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static

from askdoc.output.sanitize import sanitize
from askdoc.tui.widgets.answer_turn import SOURCE_LINK, linked_markdown
from askdoc.types import Answer, DocumentMetadata

if TYPE_CHECKING:
    from textual.widgets import Markdown


def about_line(metadata: DocumentMetadata, pages: int | None = None) -> str:
    """'Steven Sahiounie · April 19, 2020 · Global Research · 12 pages': the parts the document has."""
    parts = [", ".join(author.value for author in metadata.authors)]
    parts += [field.value for field in (metadata.date, metadata.publisher) if field is not None]
    parts.append(f"{pages} page{'s' * (pages != 1)}" if pages else "")
    return sanitize(" · ".join(part for part in parts if part))


class OpeningPage(Vertical):
    """Title, metadata line, summary (when ready) and suggested questions of the open document or folder."""

    class Suggested(Message):
        """The reader picked a suggested question."""

        def __init__(self, question: str):
            super().__init__()
            self.question = question

    class CitationChosen(Message):
        """The reader clicked a [n] marker of the summary."""

        def __init__(self, summary: Answer, n: int):
            super().__init__()
            self.summary = summary
            self.n = n

    def __init__(self, title: str, about: str, documents: list[str], questions: list[str]):
        super().__init__()
        self.heading = title
        self.about = about
        self.documents = documents
        self.questions = questions
        self.summary: Answer | None = None

    def compose(self) -> ComposeResult:
        yield Static(Content(sanitize(self.heading)), id="opening-title")
        yield Static(Content(self.about), id="opening-about", classes="" if self.about else "-empty")
        for line in self.documents:
            yield Static(Content(sanitize(line)), classes="opening-document")
        yield Static("Reading the document for a summary…", id="opening-summary", classes="note")
        yield Static("Try asking", id="suggestions-title")
        yield OptionList(*self.questions, id="suggestions")

    async def fill(
        self, summary: Answer, questions: tuple[str, ...], about: str, title: str = "", documents: tuple[str, ...] = ()
    ) -> None:
        """Show the summary with its citations, the questions derived from the document, and the index's titles and metadata."""
        from textual.widgets import Markdown  # markdown-it costs 0.1 s: not before the first paint

        placeholder = self.query_one("#opening-summary")
        await self.mount(Markdown(linked_markdown(summary.text), open_links=False, id="opening-summary-text"), after=placeholder)
        await placeholder.remove()
        if title:
            self.query_one("#opening-title", Static).update(Content(sanitize(title)))
        for line, text in zip(self.query(".opening-document").results(Static), documents, strict=False):
            line.update(Content(sanitize(text)))
        if about:
            line = self.query_one("#opening-about", Static)
            line.update(Content(about))
            line.remove_class("-empty")
        self.questions = list(questions)
        suggestions = self.query_one("#suggestions", OptionList)
        suggestions.set_options(self.questions)
        suggestions.highlighted = 0
        self.summary = summary

    def step_aside(self) -> None:
        """Once the conversation has begun, the suggestions leave the Tab order (Tab, Tab reaches the sources)."""
        self.query_one("#suggestions", OptionList).can_focus = False

    def failed(self, message: str) -> None:
        """Say why there is no summary (the suggestions stay)."""
        self.query_one("#opening-summary", Static).update(Content(sanitize(message)))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Suggested(self.questions[event.option_index]))

    def on_markdown_link_clicked(self, event: Markdown.LinkClicked) -> None:
        event.stop()
        number = event.href.removeprefix(SOURCE_LINK)
        if self.summary is not None and event.href.startswith(SOURCE_LINK) and number.isdigit():
            self.post_message(self.CitationChosen(self.summary, int(number)))
