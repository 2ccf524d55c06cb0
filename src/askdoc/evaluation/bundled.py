"""The eval sets shipped inside the package, so `askdoc eval` works outside the checkout.

The top-level ``eval/`` folder is the source of truth; ``askdoc/data/eval`` holds copies of its
question files (a test keeps them identical), since a wheel holds only the package.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

DEFAULT_EVAL_FILE = Path("eval/questions.jsonl")


def eval_file(path: Path | None) -> Path:
    """``path`` as given when it exists; else (the default, or ``eval/NAME`` outside the checkout) the shipped copy."""
    path = path or DEFAULT_EVAL_FILE
    if path.exists() or path.parent != DEFAULT_EVAL_FILE.parent:
        return path
    shipped = Path(str(resources.files("askdoc").joinpath("data/eval", path.name)))
    return shipped if shipped.is_file() else path
