"""Where askdoc keeps things: every folder and file it reads or writes unless told otherwise.

The variables that move them: ``ASKDOC_INDEX_DIR`` (indexes), ``ASKDOC_CACHE_DIR`` (the ONNX
export of the model), ``ASKDOC_DATA_DIR`` (saved conversations and exports) and
``ASKDOC_PROMPTS_DIR`` (the LLM prompts). Run from a checkout, askdoc uses the checkout's
``index/``, ``prompts/`` and ``eval/``; installed, the user's cache and data directories and
the copies shipped inside the package.
"""

from __future__ import annotations

import os
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

APP = "askdoc"
_CHECKOUT = Path(__file__).resolve().parents[2]


def _in_checkout(name: str) -> Path | None:
    """``name`` at the top of the source checkout askdoc runs from, None when not run from one or it is absent."""
    path = _CHECKOUT / name
    return path if (_CHECKOUT / "pyproject.toml").is_file() and path.exists() else None


def _user_cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP))


def index_dir() -> Path:
    """ASKDOC_INDEX_DIR, else the checkout's index/ when run from source, else the user cache's index/."""
    if env := os.environ.get("ASKDOC_INDEX_DIR"):
        return Path(env)
    checkout = _in_checkout("index")
    return checkout if checkout is not None and checkout.is_dir() else _user_cache_dir() / "index"


def onnx_dir() -> Path:
    """Where ONNX exports of models are kept: ASKDOC_CACHE_DIR/onnx, else the user cache's onnx/."""
    env = os.environ.get("ASKDOC_CACHE_DIR")
    return (Path(env) if env else _user_cache_dir()) / "onnx"


def data_dir() -> Path:
    """ASKDOC_DATA_DIR, else the user data directory (e.g. ~/.local/share/askdoc)."""
    if env := os.environ.get("ASKDOC_DATA_DIR"):
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP))


def conversations_dir(data: Path) -> Path:
    """Where the chat saves conversations, under the data directory ``data``."""
    return data / "conversations"


def exports_dir(data: Path) -> Path:
    """Where the chat writes Markdown exports, beside the conversations."""
    return data / "exports"


def prompts_dir() -> Traversable:
    """ASKDOC_PROMPTS_DIR, else the checkout's prompts/ (an edit takes effect at once), else the packaged copy."""
    if env := os.environ.get("ASKDOC_PROMPTS_DIR"):
        return Path(env)
    checkout = _in_checkout("prompts/system.md")
    return checkout.parent if checkout is not None else packaged_prompts()


def packaged_prompts() -> Traversable:
    """The copy of prompts/ inside the package (a wheel holds only the package)."""
    return resources.files(APP).joinpath("data/prompts")


def bundled_article() -> Path:
    """The default document: the article shipped inside the package."""
    return Path(str(resources.files(APP).joinpath("data/article.txt")))


def stopwords_file() -> Traversable:
    """The stopword list BM25 and the composer leave out."""
    return resources.files(APP).joinpath("data/stopwords.txt")


def eval_dir() -> Path:
    """The bundled eval sets: the checkout's eval/, else the copies shipped in the package."""
    return _in_checkout("eval") or packaged_eval_dir()


def packaged_eval_dir() -> Path:
    """The copies of eval/'s question files inside the package (a test keeps them identical)."""
    return Path(str(resources.files(APP).joinpath("data/eval")))


def default_eval_set() -> Path:
    """The questions `askdoc eval` asks when given no file: eval/questions.jsonl."""
    return eval_dir() / "questions.jsonl"
