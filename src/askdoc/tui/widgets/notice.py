"""A line in the conversation that is not an answer: an error, or what the chat is doing."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from askdoc.output.sanitize import sanitize


class Notice(Static):
    """A message from askdoc itself; ``error=True`` styles it as a problem to fix."""

    def __init__(self, message: str, error: bool = False):
        super().__init__(Content(sanitize(message)), classes="-error" if error else "")
        self.message = message
