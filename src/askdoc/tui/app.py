"""The askdoc chat application: picks the conversation to show and hands it to the chat screen."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar

from textual.app import App, SystemCommand
from textual.screen import Screen

from askdoc.errors import AskdocError
from askdoc.locations import conversations_dir, exports_dir
from askdoc.output.conversation_store import Conversation, ConversationStore, new_conversation
from askdoc.tui.document_title import peek_title
from askdoc.tui.engine_loader import RequestFactory
from askdoc.tui.screens.chat import ChatScreen, Note

NARROW_BELOW = 100


class AskdocApp(App[None]):
    """``askdoc chat``: questions about one document, answers with sources you can open."""

    CSS_PATH = "styles/app.tcss"
    TITLE = "askdoc"
    unexpected_error: Exception | None = None
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (NARROW_BELOW, "-wide")]

    def __init__(
        self,
        document: Path | None,
        default_document: Path,
        request_for: RequestFactory,
        data_dir: Path,
        resume: bool = False,
    ):
        """``document`` None means the default document, or with ``resume`` the last conversation's."""
        super().__init__()
        self.store = ConversationStore(conversations_dir(data_dir))
        notes: list[Note] = []
        conversation = self._resumed(document, notes) if resume else None
        if conversation is None:
            start = document or default_document
            conversation = new_conversation(start, peek_title(start))
        self.chat = ChatScreen(conversation, request_for, self.store, exports_dir(data_dir), notes)

    def _resumed(self, document: Path | None, notes: list[Note]) -> Conversation | None:
        try:
            conversation = self.store.latest(document)
        except AskdocError as exc:
            notes.append((f"{exc} Starting a new conversation.", True))
            return None
        if conversation is None:
            notes.append(("There is no saved conversation to resume yet; this is a new one.", False))
        else:
            notes.append((f"Resumed the conversation of {conversation.started}.", False))
        return conversation

    def get_default_screen(self) -> Screen:
        return self.chat

    def _handle_exception(self, error: Exception) -> None:
        """An unexpected error, in askdoc's widgets or in Textual's own code, ends the chat as Textual does,
        and is kept in ``unexpected_error`` for the CLI's error boundary to log (askdoc.cli.failures)."""
        if self.unexpected_error is None:
            self.unexpected_error = error
        super()._handle_exception(error)

    def _print_error_renderables(self) -> None:
        """After a crash Textual prints its traceback, with locals, here; askdoc says one line instead (the boundary)."""
        if self.unexpected_error is None:
            super()._print_error_renderables()
        else:
            self._exit_renderables.clear()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if isinstance(screen, ChatScreen):
            yield from (
                SystemCommand("New conversation", "Start over on the same document (ctrl+n)", screen.action_new_conversation),
                SystemCommand(
                    "Open another document",
                    "Ask about another document or folder: text, Markdown, HTML, PDF (ctrl+o)",
                    screen.action_open_document,
                ),
                SystemCommand("Toggle sources", "Show or hide the sources panel (ctrl+b)", screen.action_toggle_sources),
                SystemCommand(
                    "LLM answers", "Answers by the model at ASKDOC_LLM_BASE_URL, on or off (ctrl+l)", screen.action_toggle_llm
                ),
                SystemCommand(
                    "Copy answer", "Copy the selected answer and its sources as Markdown (ctrl+y)", screen.action_copy_answer
                ),
                SystemCommand("Export conversation", "Save it as Markdown with its citations (ctrl+s)", screen.action_export),
            )
