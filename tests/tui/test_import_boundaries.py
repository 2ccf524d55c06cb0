"""What each side imports, checked in fresh interpreters: the chat paints before the retrieval stack loads,
and the core never imports Textual."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # every test starts a fresh interpreter

SRC = Path(__file__).resolve().parents[2] / "src"
HEAVY = ("numpy", "faiss", "torch", "transformers", "sentence_transformers", "markdown_it")


def imported_roots(code: str) -> set[str]:
    """The top-level packages imported after running ``code`` in a fresh interpreter."""
    result = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport json, sys\nprint(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}})))"],
        env={**os.environ, "PYTHONPATH": str(SRC)},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return set(json.loads(result.stdout.splitlines()[-1]))


def test_starting_the_chat_imports_no_retrieval_stack(tmp_path: Path) -> None:
    code = f"""
from pathlib import Path
import pytest

from askdoc.cli.main import main
from askdoc.locations import bundled_article
from askdoc.tui.app import AskdocApp
AskdocApp(None, bundled_article(), lambda document, report: None, Path({str(tmp_path)!r}))
"""
    roots = imported_roots(code)
    assert "textual" in roots
    assert roots.isdisjoint(HEAVY)


def test_the_core_and_askdoc_ask_never_import_textual() -> None:
    """Every module outside askdoc.tui, imported together, brings no textual."""
    modules = sorted(
        ".".join(path.relative_to(SRC).with_suffix("").parts).removesuffix(".__init__")
        for path in (SRC / "askdoc").rglob("*.py")
        if path.relative_to(SRC / "askdoc").parts[0] not in ("tui", "__main__.py")
    )
    assert "askdoc.answer.engine" in modules and "askdoc.cli.main" in modules
    code = "import importlib\n" + "".join(f"importlib.import_module({name!r})\n" for name in modules)
    assert "textual" not in imported_roots(code)
