"""The progress bar of an index build on a terminal: passages embedded, passages per second, time left.

Rich's progress widgets load when a bar is drawn, not when this module is imported: every
`askdoc ask` names this class, and only a build draws it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console


class RichBuildProgress:
    """One document's build, drawn on stderr while it runs and left as one finished line."""

    def __init__(self, name: str, passages: int, console: Console | None = None):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("passages · {task.fields[rate]} passages/s ·"),
            TimeRemainingColumn(),
            console=console or Console(stderr=True),
            transient=False,
        )
        self._task = self._progress.add_task(name, total=passages, rate="–")
        self._progress.start()

    def advance(self, passages: int) -> None:
        self._progress.advance(self._task, passages)
        speed = self._progress.tasks[0].speed
        self._progress.update(self._task, rate=f"{speed:.0f}" if speed else "–")

    def close(self) -> None:
        self._progress.stop()
