"""The conversation: questions and answers, newest at the bottom, one answer selected at a time.

The view is anchored to its end, so it follows new messages while the reader is at the
bottom and stays put once they scroll up to read (Textual's ``anchor``).
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widget import AwaitMount

from askdoc.tui.widgets.answer_turn import AnswerTurn
from askdoc.tui.widgets.notice import Notice
from askdoc.tui.widgets.question_turn import QuestionTurn


class ConversationView(VerticalScroll, can_focus=True):
    """Questions and answers; up/down move the selection between answers."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "select(-1)", "Previous answer"),
        Binding("down", "select(1)", "Next answer"),
        Binding("enter", "screen.focus_sources", "To sources"),
    ]

    class Selected(Message):
        """Another answer is selected; the sources panel shows its sources."""

        def __init__(self, turn: AnswerTurn):
            super().__init__()
            self.turn = turn

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.selected: AnswerTurn | None = None

    def on_mount(self) -> None:
        self.anchor()

    @property
    def answered(self) -> list[AnswerTurn]:
        return [turn for turn in self.query(AnswerTurn) if turn.answer is not None]

    @property
    def following(self) -> bool:
        """Whether the reader is at the bottom, following the conversation.

        While anchored, a conversation shorter than the view sits at its bottom (scroll_y < 0).
        """
        return self.max_scroll_y <= 0 or self.scroll_y >= self.max_scroll_y

    def add_turn(self, turn: AnswerTurn) -> AwaitMount:
        """Show a question and its answer (or the placeholder of the answer to come)."""
        return self.mount_all([QuestionTurn(turn.question, turn.standalone), turn])

    def add_notice(self, message: str, error: bool = False) -> None:
        """Show ``message`` at the end and scroll it into view; the same notice twice in a row is shown once."""
        last = self.children[-1] if self.children else None
        notice = last if isinstance(last, Notice) and last.message == message else Notice(message, error)
        if notice is not last:
            self.mount(notice)
        self.call_after_refresh(self.scroll_to_widget, notice, animate=False)

    async def clear(self) -> None:
        self.selected = None
        await self.remove_children()

    def select(self, turn: AnswerTurn, scroll: bool = True) -> None:
        for other in self.query(AnswerTurn):
            other.set_class(other is turn, "-selected")
        self.selected = turn
        self.post_message(self.Selected(turn))
        if scroll:
            self.scroll_to_widget(turn, animate=False)

    def action_select(self, step: int) -> None:
        answered = self.answered
        if not answered:
            return
        index = answered.index(self.selected) + step if self.selected in answered else len(answered) - 1
        self.select(answered[min(max(index, 0), len(answered) - 1)])

    def on_answer_turn_chosen(self, event: AnswerTurn.Chosen) -> None:
        self.select(event.turn, scroll=False)
