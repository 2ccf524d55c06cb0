"""Path completion for the open dialog: the first folder or readable document that the typed path begins."""

from __future__ import annotations

import os
from pathlib import Path

from textual.suggester import Suggester

from askdoc.documents.formats import FORMAT_OF_EXTENSION


class PathSuggester(Suggester):
    """Suggests the typed path completed to a folder (ending in the separator) or a file askdoc reads.

    Hidden entries are offered only once their leading dot is typed, as a shell would.
    """

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        if not value:
            return None
        typed = Path(value).expanduser()
        folder, stem = (typed, "") if value.endswith(os.sep) else (typed.parent, typed.name)
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError:
            return None
        for entry in entries:
            if not entry.name.startswith(stem) or entry.name == stem or (entry.name.startswith(".") and not stem.startswith(".")):
                continue
            try:
                is_folder = entry.is_dir()
            except OSError:
                continue
            if is_folder or Path(entry.name).suffix.lower() in FORMAT_OF_EXTENSION:
                head = value[: len(value) - len(stem)]
                return head + entry.name + (os.sep if is_folder else "")
        return None
