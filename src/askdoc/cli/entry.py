"""The `askdoc` command's entry point: Ctrl-C from its first moment ends with one line (askdoc.cli.interrupts).

Kept apart from askdoc.cli.main so that nothing but this and the standard library is loaded
before the handler is set: importing the CLI (click, rich, the stage packages) takes a tenth
of a second in which an interrupt used to print a traceback.
"""

from __future__ import annotations

import os

from askdoc.cli.interrupts import exit_at_once_on_interrupt


def run() -> None:
    """Set the start-up handler, load the CLI, and run it (askdoc.cli.main.run, the error boundary)."""
    exit_at_once_on_interrupt()
    try:
        from askdoc.cli.main import run as run_cli
    except OSError as exc:  # e.g. no file can be opened any more (ulimit -n): the boundary cannot load either
        os.write(2, f"askdoc: cannot load askdoc ({exc.strerror or exc}).\n".encode(errors="replace"))
        os._exit(2)
    run_cli()
