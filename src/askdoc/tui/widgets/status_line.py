"""The line under the header that says what the chat is doing (loading, ready, or what went wrong) and its mode."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import LoadingIndicator, Static

from askdoc.output.sanitize import sanitize


class StatusLine(Horizontal):
    """A spinner while the document loads, then its state; starts busy with ``message``."""

    def __init__(self, message: str, **kwargs):
        super().__init__(classes="-busy", **kwargs)
        self._message = message

    def compose(self) -> ComposeResult:
        yield LoadingIndicator()
        yield Static(Content(sanitize(self._message)), id="status-text")
        yield Static(id="status-mode")

    def busy(self, message: str) -> None:
        self._show(message, "-busy")

    def ready(self, message: str) -> None:
        self._show(message, "-ready")

    def failed(self, message: str) -> None:
        self._show(message, "-error")

    def mode(self, label: str | None) -> None:
        """Show ``label`` at the right end (e.g. that LLM answers are on); None hides it."""
        mode = self.query_one("#status-mode", Static)
        mode.update(Content(sanitize(label or "")))
        mode.display = label is not None

    @property
    def mode_text(self) -> str:
        mode = self.query_one("#status-mode", Static)
        return str(mode.content) if mode.display else ""

    @property
    def text(self) -> str:
        return str(self.query_one("#status-text", Static).content)

    def _show(self, message: str, state: str) -> None:
        self.set_classes(state)
        self.query_one("#status-text", Static).update(Content(sanitize(message)))
