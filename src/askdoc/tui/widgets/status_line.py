"""The line under the header that says what the chat is doing: loading, ready, or what went wrong."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import LoadingIndicator, Static


class StatusLine(Horizontal):
    """A spinner while the document loads, then its state; starts busy with ``message``."""

    def __init__(self, message: str, **kwargs):
        super().__init__(classes="-busy", **kwargs)
        self._message = message

    def compose(self) -> ComposeResult:
        yield LoadingIndicator()
        yield Static(Content(self._message), id="status-text")

    def busy(self, message: str) -> None:
        self._show(message, "-busy")

    def ready(self, message: str) -> None:
        self._show(message, "-ready")

    def failed(self, message: str) -> None:
        self._show(message, "-error")

    @property
    def text(self) -> str:
        return str(self.query_one("#status-text", Static).content)

    def _show(self, message: str, state: str) -> None:
        self.set_classes(state)
        self.query_one("#status-text", Static).update(Content(message))
