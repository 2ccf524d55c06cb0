"""Building the chat app over the session's real index and model, and waiting on it in Pilot tests."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from textual.pilot import Pilot

from askdoc.answer.engine import IndexRequest
from askdoc.embedding.embedder import Encoder
from askdoc.index.document_index import DocumentIndex
from askdoc.locations import bundled_article
from askdoc.tui.app import AskdocApp
from askdoc.tui.engine_loader import Report
from askdoc.types import Answer, Citation, Passage
from conftest import article_request

PM_QUESTION = "Who was named Prime Minister-designate?"
FOLLOW_UP = "When is he expected to be approved?"


def make_app(
    index_dir: Path,
    model_dir: Path,
    encoder: Encoder,
    data_dir: Path,
    document: Path | None = None,
    resume: bool = False,
    before_open: Callable[[], object] = lambda: None,
    also_report: Report = lambda _message: None,
) -> AskdocApp:
    """The app as `askdoc chat` builds it, but sharing the session's index and encoder.

    ``before_open`` runs in the loading worker before the index opens (a test holds it there);
    ``also_report`` hears every message the loading reports to the status line.
    """

    def request_for(path: Path, report: Report) -> IndexRequest:
        before_open()

        def notify(message: str) -> None:
            also_report(message)
            report(message)

        return replace(article_request(index_dir, model_dir, encoder, path), notify=notify)

    return AskdocApp(document, bundled_article(), request_for, data_dir, resume=resume)


async def wait_until(pilot: Pilot, condition: Callable[[], object], timeout: float = 120.0) -> None:
    """Let the app run until ``condition()`` holds (a bound against hanging, not a speed check)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the chat did not get there"
        await pilot.pause(0.05)


async def ask(pilot: Pilot, question: str) -> None:
    """Type a question, press Enter and wait for its answer."""
    chat = pilot.app.chat
    before = len(chat.conversation.answers)
    box = chat.query_one("#question")
    box.focus()
    box.value = question
    await pilot.press("enter")
    await wait_until(pilot, lambda: len(chat.conversation.answers) > before and not chat.view.query(".-pending"))
    if chat.view.selected is chat.view.answered[-1]:
        # The sources panel follows the selection by a message handled after the turn is drawn.
        number = re.compile(rf"\banswer {len(chat.view.answered)}\b")
        await wait_until(pilot, lambda: number.search(str(chat.query_one("#sources-title").content)))


def quoting_answer(index: DocumentIndex, question: str, phrase: str) -> Answer:
    """An answer quoting the sentence that holds ``phrase``, cited [1]: real passages, fixed wording.

    Snapshots show these rather than live answers, so tuning the composer does not redraw them.
    """
    chunk = next(chunk for chunk in index.chunks if phrase in chunk.text)
    span = next(span for span in chunk.sentences if phrase in index.text[span.start : span.end])
    passage = Passage(chunk, 0.9)
    return Answer(question, f"{index.text[span.start : span.end]} [1]", False, 0.8, (Citation(1, passage, (span,)),), (passage,))
