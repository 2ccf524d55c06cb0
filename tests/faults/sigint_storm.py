"""Ctrl-C at random moments of `askdoc ask`'s first second: every run must end with one line and exit 130.

Run by hand for many runs (``python tests/faults/sigint_storm.py --runs 300``); the fault suite
runs a few at fixed moments (test_interrupts.py). Prints each run whose ending was not that
line, and a summary of the endings (see :func:`ending`).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INTERRUPTED = "askdoc: interrupted.\n"


def interrupt_at(delay: float, args: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Start `askdoc ARGS`, send SIGINT after ``delay`` seconds; its exit code and stderr."""
    process = subprocess.Popen(
        [sys.executable, "-m", "askdoc", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT / "src"), **env},
        cwd=ROOT,
    )
    time.sleep(delay)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=300)
    return process.returncode, stderr


def ending(code: int, stderr: str) -> str:
    """How a run ended: 'interrupted' (the one promised line, 130), 'finished' (the signal came too late),
    'before Python' (killed by the signal before the interpreter set its handler: nothing printed,
    and a shell reports 130 too), 'Python start-up' (the interpreter's own start-up, its site or
    runpy module, was interrupted before any askdoc code ran), else 'other'."""
    if code == 130 and stderr.strip() == INTERRUPTED.strip():
        return "interrupted"
    if code == -signal.SIGINT and stderr == "":
        return "before Python"
    if code == 1 and ("Could not import runpy module" in stderr or "Failed to import the site module" in stderr):
        return "Python start-up"
    return "finished" if code == 0 else "other"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=1.0, help="Signals land uniformly in [0, seconds).")
    parser.add_argument("--index-dir", default=os.environ.get("ASKDOC_INDEX_DIR", "index"))
    parser.add_argument("--seed", type=int, default=15)
    options = parser.parse_args()
    chance = random.Random(options.seed)
    args = ["ask", "Who was named Prime Minister-designate?"]
    counts: Counter[str] = Counter()
    for run in range(options.runs):
        delay = chance.uniform(0, options.seconds)
        code, stderr = interrupt_at(delay, args, {"ASKDOC_INDEX_DIR": options.index_dir})
        kind = ending(code, stderr)
        counts[kind] += 1
        if kind == "other":
            print(f"--- run {run}, SIGINT after {delay:.3f} s, exit {code}:\n{stderr}", flush=True)
    print(
        f"{options.runs} runs: {counts['interrupted']} interrupted cleanly, {counts['before Python']} before Python started, "
        f"{counts['Python start-up']} in Python's start-up, "
        f"{counts['finished']} finished first, {counts['other']} other endings"
    )


if __name__ == "__main__":
    main()
