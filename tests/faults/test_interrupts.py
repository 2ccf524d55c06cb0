"""Ctrl-C wherever it lands: one line, "askdoc: interrupted.", and exit 130, never a traceback.

Before issue 15's last cases, a SIGINT in askdoc's first second printed a traceback in about
one run of five (tests/faults/sigint_storm.py, 150 runs: 23 tracebacks from imports, 6 an
ImportError from onnxruntime's interrupted initialisation logged as an unexpected error).
Each way an interrupt can surface is staged here in a fresh interpreter, where the command
itself is replaced by code that interrupts itself at that point.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import ROOT
from faults.sigint_storm import INTERRUPTED, ending, interrupt_at

pytestmark = pytest.mark.slow  # fault tests: askdoc in fresh interpreters

_INTERRUPT = "os.kill(os.getpid(), signal.SIGINT); time.sleep(1)"
STAGED = {
    "in the command": f"def command(**_):\n    {_INTERRUPT}",
    "inside an import": "def command(**_):\n"
    f"    (tmp / 'slow_module.py').write_text('import os, signal, time\\n{_INTERRUPT}\\n')\n"
    "    sys.path.insert(0, str(tmp))\n    import slow_module",
    "turned into ImportError, as onnxruntime does": "def command(**_):\n    try:\n"
    f"        {_INTERRUPT}\n    except KeyboardInterrupt:\n        raise ImportError('initialization failed') from None",
    "swallowed, then an AttributeError of a half-imported module": "def command(**_):\n    try:\n"
    f"        {_INTERRUPT}\n    except BaseException:\n        pass\n    return half_imported.missing",
    "in a finaliser, only 'ignored'": "class Finalised:\n    def __del__(self):\n"
    f"        {_INTERRUPT}\n\ndef command(**_):\n    Finalised()",
    "in an atexit handler, after the command": f"def at_exit():\n    {_INTERRUPT}\n\ndef command(**_):\n"
    "    atexit.register(at_exit)",
}


@pytest.mark.parametrize("where", list(STAGED))
def test_interrupt_staged_anywhere_is_one_line_and_130(where: str, tmp_path: Path) -> None:
    script = "\n".join(
        [
            "import atexit, os, signal, sys, time, types",
            "from pathlib import Path",
            "from askdoc.cli import main as cli",
            f"tmp = Path({str(tmp_path)!r})",
            "half_imported = types.ModuleType('half_imported')",
            textwrap.dedent(STAGED[where]),
            "cli.main = command",
            "cli.run()",
        ]
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src"), "ASKDOC_STATE_DIR": str(tmp_path / "state")},
        timeout=60,
    )
    assert (result.returncode, result.stderr) == (130, INTERRUPTED)


@pytest.mark.parametrize("delay", [0.1, 0.2, 0.35, 0.5, 0.7, 0.9])
def test_real_ask_interrupted_in_its_first_second(delay: float, article_index_dir: Path) -> None:
    code, stderr = interrupt_at(
        delay, ["ask", "Who was named Prime Minister-designate?"], {"ASKDOC_INDEX_DIR": str(article_index_dir)}
    )
    assert ending(code, stderr) in {"interrupted", "finished"}, (code, stderr)
