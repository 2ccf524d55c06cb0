"""Ending a one-shot command without the interpreter's teardown.

Once `askdoc ask` has printed its answer nothing is left to do, yet Python's finalisation frees
every module and object it loaded (numpy, the onnxruntime session and its weights, the index):
40-55 ms of a one-shot ask's wall time, against 8-22 ms when the process ends at once
(3 runs each, 2 cores at load ~3.5). The command marks itself done; the entry point
(askdoc.cli.main.run) then flushes the output and ends the process with exit code 0.
"""

from __future__ import annotations

import os
import sys

_state = {"done": False}


def mark_done() -> None:
    """The command has written all it will: the process may end without tearing down."""
    _state["done"] = True


def exit_if_done() -> None:
    """End the process now, with exit code 0, if the command marked itself done and its output flushes."""
    if not _state["done"]:
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # e.g. a closed pipe: the usual exit reports it as it always did
        return
    os._exit(0)
