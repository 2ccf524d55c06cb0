"""A question the reader asked, as it appears in the conversation."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from askdoc.output.sanitize import sanitize


class QuestionTurn(Static):
    """The reader's question, right of the answers."""

    def __init__(self, question: str, standalone: bool = False):
        """``standalone``: re-asked as a new question, without the earlier ones."""
        super().__init__(Content(sanitize(question)))
        self.border_title = "You · asked anew" if standalone else "You"
