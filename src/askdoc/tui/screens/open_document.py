"""The dialog that asks which document to open next."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static


class OpenDocumentScreen(ModalScreen[Path | None]):
    """A path box: Enter opens the file if it exists, Escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(id="open-dialog"):
            yield Label("Open another document (text or Markdown)")
            yield Input(placeholder="path/to/document.md", id="path")
            yield Static(id="open-error")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        typed = event.value.strip()
        path = Path(typed).expanduser()
        if not typed:
            self.query_one("#open-error", Static).update("Type the path of a file.")
        elif not path.is_file():
            self.query_one("#open-error", Static).update(f"No such file: {path}.")
        else:
            self.dismiss(path)

    def action_cancel(self) -> None:
        self.dismiss(None)
