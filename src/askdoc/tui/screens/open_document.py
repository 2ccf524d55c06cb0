"""The dialog that asks which document or folder to open next, completing paths as they are typed."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from askdoc.tui.path_suggester import PathSuggester

FORMATS = "text, Markdown, HTML or PDF"


class OpenDocumentScreen(ModalScreen[Path | None]):
    """A path box: Enter opens the file or folder if it exists, Tab or → takes the completion, Escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("tab", "complete", "Complete the path", show=False, priority=True),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="open-dialog"):
            yield Label(f"Open another document ({FORMATS}) or a folder of them")
            yield Input(placeholder="path/to/document.pdf or path/to/folder/", suggester=PathSuggester(), id="path")
            yield Static(id="open-error")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        typed = event.value.strip()
        path = Path(typed).expanduser()
        if not typed:
            self.query_one("#open-error", Static).update("Type the path of a document or a folder.")
        elif not path.exists():
            self.query_one("#open-error", Static).update(f"No such file or folder: {path}.")
        else:
            self.dismiss(path)

    def action_complete(self) -> None:
        """Take the suggested completion, as the right arrow does at the end of the line."""
        box = self.query_one("#path", Input)
        box.action_cursor_right()

    def action_cancel(self) -> None:
        self.dismiss(None)
