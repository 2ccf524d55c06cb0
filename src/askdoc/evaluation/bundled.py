"""Which eval file `askdoc eval` reads, so that it works outside the checkout too.

The top-level ``eval/`` folder is the source of truth; ``askdoc/data/eval`` holds copies of its
question files (a test keeps them identical), since a wheel holds only the package.
"""

from __future__ import annotations

from pathlib import Path

from askdoc import locations


def eval_file(path: Path | None) -> Path:
    """``path`` as given when it exists; the default set when None; ``eval/NAME`` outside the checkout: the shipped copy."""
    if path is None:
        return locations.default_eval_set()
    if path.exists() or path.parent != Path("eval"):
        return path
    shipped = locations.packaged_eval_dir() / path.name
    return shipped if shipped.is_file() else path
