"""Time to first paint of `askdoc chat`, in a fresh process on a real pseudo-terminal.

    PYTHONPATH=src python bench/first_paint.py [--runs 7]

Starts `python -m askdoc chat` in a 120x40 pty and times from the spawn until the
document's title appears on the terminal; then stops the process. Measured in the same
run, as baselines: a minimal Textual app (one Static) painting its text in the same pty,
and `python -c "import textual.app"`. Prints the medians and the ratios to the baselines,
in wall time and in the CPU time the process used (steadier on a busy machine).
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import re
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ANSI = re.compile(rb"\x1b\[[0-9;?<>=$ ]*[A-Za-z~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[=>()][0-9A-Za-z]?")
TITLE = "Line in the Sand"
MINIMAL_APP = (
    "from textual.app import App\n"
    "from textual.widgets import Static\n"
    "class Minimal(App):\n"
    "    def compose(self):\n"
    "        yield Static('Line in the Sand')\n"
    "Minimal().run()\n"
)
TIMEOUT_S = 60.0


def paint_seconds(command: list[str], env: dict[str, str], marker: str = TITLE) -> tuple[float, float]:
    """Wall and CPU seconds from spawning ``command`` in a 120x40 pty until ``marker`` shows on its screen."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    started = time.perf_counter()
    process = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=ROOT, start_new_session=True)
    os.close(slave)
    seen = b""
    wall = None
    try:
        while wall is None and time.perf_counter() - started < TIMEOUT_S:
            ready, _, _ = select.select([master], [], [], 0.05)
            if not ready:
                continue
            try:
                seen += os.read(master, 65536)
            except OSError:
                break
            if marker in ANSI.sub(b"", seen).decode("utf-8", "replace"):
                wall = time.perf_counter() - started
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = status
        os.close(master)
    if wall is None:
        raise RuntimeError(f"{command[-2:]} did not paint {marker!r}; it wrote: {ANSI.sub(b'', seen)[-400:]!r}")
    return wall, usage.ru_utime + usage.ru_stime


def import_seconds(env: dict[str, str]) -> tuple[float, float]:
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", "import textual.app"], env=env)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = status
    return time.perf_counter() - started, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        env = {
            **os.environ,
            "TERM": "xterm-256color",
            "COLORTERM": "truecolor",
            "PYTHONPATH": str(ROOT / "src"),
            "ASKDOC_DATA_DIR": data_dir,
        }
        chat, minimal, imports = [], [], []
        for _ in range(args.runs):
            chat.append(paint_seconds([sys.executable, "-m", "askdoc", "chat"], env))
            minimal.append(paint_seconds([sys.executable, "-c", MINIMAL_APP], env))
            imports.append(import_seconds(env))
    rows = [
        ("askdoc chat: first paint (title shown)", chat),
        ("minimal Textual app: first paint", minimal),
        ('python -c "import textual.app"', imports),
    ]
    medians = [(label, statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)) for label, runs in rows]
    print(f"median of {args.runs} runs, each in a fresh process{'':<6}wall       CPU")
    for label, wall, cpu in medians:
        print(f"  {label:<44}{wall:7.3f} s  {cpu:7.3f} s")
    (_, chat_wall, chat_cpu), (_, minimal_wall, minimal_cpu), (_, import_wall, import_cpu) = medians
    print(f"  {'askdoc chat / minimal Textual app':<44}{chat_wall / minimal_wall:7.2f} x  {chat_cpu / minimal_cpu:7.2f} x")
    print(f"  {'askdoc chat / import textual.app':<44}{chat_wall / import_wall:7.2f} x  {chat_cpu / import_cpu:7.2f} x")
    verdict = "met" if chat_wall < 0.5 else "missed"
    print(f"  target: first paint under 0.5 s (wall) -> {verdict}; load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
