"""Ctrl-C, wherever it lands, ends askdoc with one line on stderr and exit code 130.

The first SIGINT while a command works raises KeyboardInterrupt, as usual, so that ``finally``
blocks run (a progress bar gives the cursor back, a half-built index is removed) and it is
remembered: whatever the interrupted code then raises instead (onnxruntime turns an interrupt
during its import into ImportError, a half-imported module into AttributeError later) or
swallows (an interrupt in a finaliser is only "ignored") still ends as an interrupt. While
askdoc starts, after its command has finished, and at a second Ctrl-C, there is nothing to
clean up: the line is written and the process ends at once, before atexit handlers could
print a traceback of their own. During the interpreter's final clean-up Ctrl-C is ignored.
"""

from __future__ import annotations

import atexit
import os
import signal
import sys

# Only small standard modules (not contextlib or typing): the entry point sets the handler after
# importing this module, and every millisecond spent here is one a Ctrl-C can land in.

LINE = b"askdoc: interrupted.\n"
EXIT_INTERRUPTED = 130
_state = {"interrupted": False}


def exit_interrupted(_signum: int = signal.SIGINT, _frame: object = None) -> None:
    """Write the one line and end the process with 130, at once (a signal handler, or called)."""
    try:
        sys.stderr.flush()
        os.write(2, LINE)
    except (OSError, ValueError, RuntimeError):  # stderr closed, broken, or mid-write: no line can be said
        os._exit(EXIT_INTERRUPTED)
    os._exit(EXIT_INTERRUPTED)


def exit_at_once_on_interrupt() -> None:
    """From now on Ctrl-C ends the process at once (start-up, and after the command)."""
    signal.signal(signal.SIGINT, exit_interrupted)


def interrupt_the_command() -> None:
    """From now on the first Ctrl-C raises KeyboardInterrupt and is remembered; a second ends at once.

    The atexit handler registered here runs after those registered later (they run last in,
    first out): from then on Ctrl-C is ignored, as Python's own finalisation would otherwise put
    back the default action, which kills the process without a word.
    """
    _state["interrupted"] = False
    signal.signal(signal.SIGINT, _raise_once)
    sys.unraisablehook = _quiet_when_interrupted(sys.unraisablehook)
    atexit.register(signal.signal, signal.SIGINT, signal.SIG_IGN)


def interrupted() -> bool:
    """Whether Ctrl-C came since :func:`interrupt_the_command`."""
    return _state["interrupted"]


def _raise_once(_signum: int, _frame: object) -> None:
    if _state["interrupted"]:
        exit_interrupted()
    _state["interrupted"] = True
    raise KeyboardInterrupt


def _quiet_when_interrupted(default):
    """An unraisable KeyboardInterrupt (in a finaliser or callback) is not printed: the exit says it."""

    def hook(unraisable) -> None:
        if not isinstance(unraisable.exc_value, KeyboardInterrupt):
            default(unraisable)

    return hook
