"""One-shot `askdoc ask --json` in fresh processes: the ONNX fast path against a baseline.

The baseline is sentence-transformers (ASKDOC_ONNX=0) or, with --against REF, the fast path
of another commit (its src/ taken with `git archive`). All paths run in this one invocation
on the same built index, alternating, so the ratios are measured under the same machine load.
Bytecode is cached as an installed askdoc has it (a private PYTHONPYCACHEPREFIX, warmed by one
run of each path first). Prints the median wall time, the median CPU time (user + system, less
sensitive to other load), the peak RSS of each and their ratios.

    python bench/oneshot.py [--runs 7] [--question "..."] [--against main] [--text]

--text runs `askdoc ask QUESTION` as a person types it (the answer printed with rich) instead of --json.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FAST = "fast (onnxruntime)"


def run_once(question: str, env: dict[str, str], text: bool = False) -> tuple[float, float, float, str]:
    """Wall seconds, CPU seconds, peak RSS in MB and the answer of one fresh `askdoc ask [--json]`."""
    started = time.perf_counter()
    command = [sys.executable, "-m", "askdoc", "ask", question, *([] if text else ["--json"])]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    stdout, stderr = process.stdout.read(), process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"askdoc failed: {stderr.decode()}")
    answer = stdout.decode().splitlines()[0] if text else json.loads(stdout)["answer"]
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, answer


def source_of(ref: str, into: Path) -> Path:
    """The src/ folder of git ``ref``, unpacked under ``into``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "src"], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def path_envs(against: str | None, scratch: Path) -> dict[str, dict[str, str]]:
    """Each path's environment: this checkout's fast path first, then the baseline."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env |= {"HF_HUB_OFFLINE": "1", "PYTHONPYCACHEPREFIX": str(scratch / "pycache")}
    fast = {**env, "PYTHONPATH": str(ROOT / "src")}
    if against is None:
        return {FAST: fast, "baseline (sentence-transformers)": {**fast, "ASKDOC_ONNX": "0"}}
    other = {**env, "PYTHONPATH": str(source_of(against, scratch)), "ASKDOC_INDEX_DIR": str(scratch / "index")}
    return {FAST: fast, f"baseline (fast path of {against})": other}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--question", default="Who was named Prime Minister-designate?")
    parser.add_argument("--against", metavar="REF", help="Compare with the fast path of this git commit or branch.")
    parser.add_argument("--text", action="store_true", help="Run `askdoc ask` without --json (the answer as printed).")
    args = parser.parse_args()
    subprocess.run([sys.executable, "-m", "askdoc", "index"], check=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    with tempfile.TemporaryDirectory() as scratch:
        paths = path_envs(args.against, Path(scratch))
        # One run of each first: it caches the bytecode (and builds the baseline's index in the scratch folder).
        answers = {name: run_once(args.question, env, args.text)[3] for name, env in paths.items()}
        walls: dict[str, list[float]] = {name: [] for name in paths}
        cpus: dict[str, list[float]] = {name: [] for name in paths}
        peaks: dict[str, list[float]] = {name: [] for name in paths}
        for _ in range(args.runs):
            for name, env in paths.items():
                wall, cpu, peak, answer = run_once(args.question, env, args.text)
                walls[name].append(wall)
                cpus[name].append(cpu)
                peaks[name].append(peak)
                answers[name] = answer
    fast, slow = (statistics.median(walls[name]) for name in paths)
    fast_cpu, slow_cpu = (statistics.median(cpus[name]) for name in paths)
    fast_rss, slow_rss = (max(peaks[name]) for name in paths)
    form = "askdoc ask" if args.text else "askdoc ask --json"
    print(f"question: {args.question}  ({form}, {args.runs} runs of each, alternating; load average {os.getloadavg()[0]:.2f})")
    print(f"{'path':36} {'median wall s':>14} {'min':>7} {'max':>7} {'median CPU s':>13} {'peak RSS MB':>12}")
    for name in paths:
        times = walls[name]
        print(
            f"{name:36} {statistics.median(times):14.3f} {min(times):7.3f} {max(times):7.3f}"
            f" {statistics.median(cpus[name]):13.3f} {max(peaks[name]):12.0f}"
        )
    print(
        f"speed-up (baseline / fast): {slow / fast:.2f}x wall, {slow_cpu / fast_cpu:.2f}x CPU"
        f"   memory (baseline / fast): {slow_rss / fast_rss:.1f}x"
    )
    print(f"same answer on both paths: {len(set(answers.values())) == 1}")


if __name__ == "__main__":
    main()
