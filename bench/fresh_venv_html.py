"""A new user's install: a fresh venv with the pip `python3.11 -m venv` ships (no upgrade), `pip install .`, an HTML question.

Catches dependencies the code imports but pyproject.toml does not declare (lxml.html.clean
came only with lxml[html_clean]), and package data missing from the wheel (the eval sets).
torch==2.13.0 is installed first, as the Makefile does, so pip never picks another torch.

    python bench/fresh_venv_html.py [--keep]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGE = """<!doctype html>
<html><head><title>Harbor Bridge</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article>
<h1>The Harbor Bridge</h1>
<p>The Harbor Bridge opened in 1932 after eight years of work and carries 40,000 cars a day.</p>
<p>Its steel arch spans 503 metres and was painted grey to hide the soot of the city.</p>
</article>
<footer>Copyright the city council</footer>
</body></html>
"""
QUESTION = "When did the Harbor Bridge open?"


def run(*args: str | Path, cwd: Path | None = None) -> str:
    started = time.monotonic()
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    result = subprocess.run([str(arg) for arg in args], capture_output=True, text=True, cwd=cwd, env=env)
    print(f"  {time.monotonic() - started:6.1f} s  {' '.join(str(arg) for arg in args[:4])} …", flush=True)
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}):\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}")
    return result.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="Keep the venv and print where it is.")
    options = parser.parse_args()
    python = shutil.which("python3.11") or sys.executable
    work = Path(tempfile.mkdtemp(prefix="askdoc-fresh-"))
    try:
        venv, bin_dir = work / "venv", work / "venv" / "bin"
        run(python, "-m", "venv", venv)
        print(f"pip in the fresh venv: {run(bin_dir / 'python', '-m', 'pip', '--version').split()[1]}")
        run(bin_dir / "python", "-m", "pip", "install", "--quiet", "torch==2.13.0")
        run(bin_dir / "python", "-m", "pip", "install", "--quiet", ROOT)
        page = work / "bridge.html"
        page.write_text(PAGE, encoding="utf-8")
        home = work / "home"  # outside the checkout: the installed package only
        home.mkdir()
        env_dirs = ("--index-dir", str(work / "index"))
        answer = run(bin_dir / "askdoc", "ask", QUESTION, "--doc", page, *env_dirs, cwd=home)
        print(answer)
        assert "1932" in answer, "the HTML question was not answered"
        evaluated = run(bin_dir / "askdoc", "eval", "--json", *env_dirs, cwd=home)
        print(f"askdoc eval outside the checkout: {len(evaluated)} bytes of JSON")
        print("fresh venv: HTML answered, eval set found")
    finally:
        if options.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
