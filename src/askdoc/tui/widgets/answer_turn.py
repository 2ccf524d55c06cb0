"""An answer in the conversation: waiting, drafting (the model's unchecked text), answered or abstained.

An answered turn is Markdown whose [n] markers link to sources; a draft is plain text, never linked.
Its border names the kind of answer (summary, list, yes/no, metadata), and a follow-up
resolved against earlier turns says, quietly, how it was understood.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from askdoc.answer.contract import MARKER
from askdoc.output.sanitize import sanitize
from askdoc.tui.answer_words import chat_text
from askdoc.types import Answer

if TYPE_CHECKING:
    from textual.widgets import Markdown

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
SOURCE_LINK = "source:"
KIND_LABELS = {"summary": "summary", "list": "list", "yesno": "yes/no", "metadata": "metadata"}
"""The border title's word for each kind of answer; a fact has none."""


def linked_markdown(text: str) -> str:
    """The answer as Markdown: its own characters escaped, each [n] a link to source n."""
    parts = MARKER.split(sanitize(text))
    return "".join(
        f"[\\[{part}\\]]({SOURCE_LINK}{part})" if i % 2 else _MARKDOWN_SPECIAL.sub(r"\\\1", part) for i, part in enumerate(parts)
    )


class AnswerTurn(Vertical):
    """One answer; until it arrives, a note saying what it waits for."""

    class Chosen(Message):
        """The reader picked this answer (its sources go to the panel)."""

        def __init__(self, turn: AnswerTurn):
            super().__init__()
            self.turn = turn

    class CitationChosen(Message):
        """The reader clicked a [n] marker of this answer."""

        def __init__(self, turn: AnswerTurn, n: int):
            super().__init__()
            self.turn = turn
            self.n = n

    def __init__(self, question: str, answer: Answer | None = None, standalone: bool = False):
        """``standalone``: asked without the conversation's earlier questions (re-asked as a new question)."""
        super().__init__(classes="" if answer else "-pending")
        self.question = question
        self.answer = answer
        self.standalone = standalone
        self.sources_hidden = False
        """Whether the chat's sources panel is hidden, which an abstention's words mention."""
        self.border_title = "askdoc"
        self.drafted = ""
        """The model's unchecked text so far (LLM answers only)."""

    def compose(self) -> ComposeResult:
        if self.answer is None:
            yield Static("Waiting for the document to load…", classes="note")
        else:
            yield from self._answer_widgets(self.answer)

    def on_mount(self) -> None:
        if self.answer is not None:
            self._label(self.answer)

    def thinking(self) -> None:
        self.query_one(".note", Static).update("Looking for the answer…")

    def draft(self, delta: str) -> None:
        """Add the model's next words to the provisional text shown until the checked answer replaces it."""
        self.drafted += delta
        self.border_subtitle = "drafting…"
        self.query_one(".note", Static).update(Content(sanitize(f"drafting… {self.drafted}")))

    def failed(self, message: str) -> None:
        self.set_classes("-error")
        self.border_subtitle = "no answer"
        self.query_one(".note", Static).update(Content(sanitize(message)))

    async def show(self, answer: Answer, note: str | None = None) -> None:
        """Show ``answer``, with ``note`` under it (why the model's answer was not used)."""
        self.answer = answer
        await self.remove_children()
        await self.mount_all(self._answer_widgets(answer))
        if note is not None:
            await self.mount(Static(Content(sanitize(note)), classes="fallback"))
        self._label(answer)

    def _answer_widgets(self, answer: Answer) -> list[Static | Markdown]:
        from textual.widgets import Markdown  # markdown-it costs 0.1 s: not before the first paint

        widgets: list[Static | Markdown] = []
        if answer.resolved_question and answer.resolved_question != answer.question:
            widgets.append(Static(Content(sanitize(f"understood as: {answer.resolved_question}")), classes="understood"))
        widgets.append(Markdown(linked_markdown(chat_text(answer, self.sources_hidden)), open_links=False))
        return widgets

    def reword(self, sources_hidden: bool) -> None:
        """Say again where an abstention's closest passages are, the sources panel having been shown or hidden."""
        from textual.widgets import Markdown

        self.sources_hidden = sources_hidden
        if self.answer is not None and self.answer.abstained:
            self.query_one(Markdown).update(linked_markdown(chat_text(self.answer, sources_hidden)))

    def _label(self, answer: Answer) -> None:
        self.remove_class("-pending")
        kind = KIND_LABELS.get(answer.kind)
        self.border_title = f"askdoc · {kind}" if kind else "askdoc"
        self.set_class(answer.abstained, "-abstained")
        count = len(answer.citations)
        self.border_subtitle = "not in the document" if answer.abstained else f"{count} source{'s' * (count != 1)}"

    def on_click(self, event: events.Click) -> None:
        if self.answer is not None:
            self.post_message(self.Chosen(self))

    def on_markdown_link_clicked(self, event: Markdown.LinkClicked) -> None:
        event.stop()
        if event.href.startswith(SOURCE_LINK) and event.href[len(SOURCE_LINK) :].isdigit():
            self.post_message(self.CitationChosen(self, int(event.href[len(SOURCE_LINK) :])))
