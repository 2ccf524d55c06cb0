"""A crash inside Textual, in the chat: one line naming a log under the state directory, exit 1, no traceback.

Before issue 15's last cases, Textual printed its own traceback, with local variables, after
the chat closed. Here Textual's Header icon is made to raise while the real `askdoc chat` runs
in a pseudo-terminal, as a person's would.
"""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow  # fault tests: the chat in a fresh interpreter

_BREAK_TEXTUAL = """
import sys
from textual.widgets._header import HeaderIcon
def render(self):
    raise ZeroDivisionError("a Textual widget broke")
HeaderIcon.render = render
sys.argv = ["askdoc", "chat", "--doc", sys.argv[1]]
from askdoc.cli.entry import run
run()
"""
_DEADLINE_S = 120
# What Textual writes to set the terminal up and restore it: CSI and OSC sequences, the rest, and its bell.
_ESCAPES = re.compile(r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b\[[0-9;?<>=$]*[A-Za-z~]|\x1b[()][A-Z0-9]|\x1b[=>]|[\r\x07]")


def _run_in_a_terminal(args: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run ``args`` with a pseudo-terminal as stdin, stdout and stderr; its exit code and all it wrote."""
    main, child = pty.openpty()
    process = subprocess.Popen(args, stdin=child, stdout=child, stderr=child, env=env, cwd=ROOT, close_fds=True)
    os.close(child)
    output, deadline = bytearray(), time.monotonic() + _DEADLINE_S
    while time.monotonic() < deadline:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the child closed the terminal: it has ended
            break
        if not chunk:
            break
        output += chunk
    os.close(main)
    return process.wait(timeout=_DEADLINE_S), output.decode("utf-8", errors="replace")


def test_crash_inside_textual_is_one_line_naming_the_log(tmp_path: Path, memo: Path, guard) -> None:
    guard.keep(memo)
    state = tmp_path / "state"
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT / "src"),
        "ASKDOC_STATE_DIR": str(state),
        "ASKDOC_INDEX_DIR": str(tmp_path / "index"),
        "ASKDOC_DATA_DIR": str(tmp_path / "data"),
        "TERM": "xterm-256color",
        "COLUMNS": "120",
        "LINES": "40",
    }
    code, output = _run_in_a_terminal([sys.executable, "-c", _BREAK_TEXTUAL, str(memo)], env)
    [log] = (state / "logs").glob("error-*.log")
    assert code == 1, output[-2000:]
    assert "Traceback" not in output and "ZeroDivisionError: a Textual widget broke" not in output
    last_line = _ESCAPES.sub("", output).rstrip().splitlines()[-1]
    assert last_line == f"askdoc: unexpected error (ZeroDivisionError); the details are in {log}"
    assert "ZeroDivisionError: a Textual widget broke" in log.read_text(encoding="utf-8")
