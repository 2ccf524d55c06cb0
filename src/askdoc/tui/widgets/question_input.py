"""The question box, with the earlier questions one up-arrow away."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import Input


class QuestionInput(Input):
    """An Input that remembers what was asked: up for the previous question, down for the next."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "recall(-1)", "Earlier question", show=False),
        Binding("down", "recall(1)", "Later question", show=False),
    ]

    def __init__(self, history: list[str] | None = None, **kwargs):
        # Focus keeps the draft as it is: a key typed elsewhere in the chat lands here and must not replace it.
        super().__init__(select_on_focus=False, **kwargs)
        self.history: list[str] = list(history or [])
        self._position = len(self.history)
        self._draft = ""

    def remember(self, question: str) -> None:
        """Add a question asked just now and go back to an empty draft."""
        if not self.history or self.history[-1] != question:
            self.history.append(question)
        self._position = len(self.history)
        self._draft = ""

    def action_recall(self, step: int) -> None:
        position = min(max(self._position + step, 0), len(self.history))
        if position == self._position:
            return
        if self._position == len(self.history):
            self._draft = self.value
        self._position = position
        self.value = self.history[position] if position < len(self.history) else self._draft
        self.cursor_position = len(self.value)
