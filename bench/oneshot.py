"""One-shot `askdoc ask --json` in fresh processes: the ONNX fast path against sentence-transformers.

Both paths run in this one invocation on the same built index, alternating, so the ratio
is measured under the same machine load. Prints the median wall time and peak RSS of each
and their ratios.

    python bench/oneshot.py [--runs 7] [--question "..."]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PATHS = {"fast (onnxruntime)": {}, "baseline (sentence-transformers)": {"ASKDOC_ONNX": "0"}}


def run_once(question: str, extra_env: dict[str, str]) -> tuple[float, float, dict]:
    """Wall seconds, peak RSS in MB and the parsed answer of one fresh `askdoc ask --json`."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT / "src"), **extra_env}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "askdoc", "ask", question, "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    stdout, stderr = process.stdout.read(), process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"askdoc failed: {stderr.decode()}")
    return wall, usage.ru_maxrss / 1024, json.loads(stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--question", default="Who was named Prime Minister-designate?")
    args = parser.parse_args()
    subprocess.run([sys.executable, "-m", "askdoc", "index"], check=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    walls: dict[str, list[float]] = {name: [] for name in PATHS}
    peaks: dict[str, list[float]] = {name: [] for name in PATHS}
    answers = {}
    for _ in range(args.runs):
        for name, extra in PATHS.items():
            wall, peak, answer = run_once(args.question, extra)
            walls[name].append(wall)
            peaks[name].append(peak)
            answers[name] = answer["answer"]
    fast, slow = (statistics.median(walls[name]) for name in PATHS)
    fast_rss, slow_rss = (max(peaks[name]) for name in PATHS)
    print(f"question: {args.question}  ({args.runs} runs of each, alternating)")
    print(f"{'path':36} {'median wall s':>14} {'min':>7} {'max':>7} {'peak RSS MB':>12}")
    for name in PATHS:
        times = walls[name]
        print(f"{name:36} {statistics.median(times):14.3f} {min(times):7.3f} {max(times):7.3f} {max(peaks[name]):12.0f}")
    print(f"speed-up (baseline / fast): {slow / fast:.1f}x   memory (baseline / fast): {slow_rss / fast_rss:.1f}x")
    print(f"same answer on both paths: {len(set(answers.values())) == 1}")


if __name__ == "__main__":
    main()
