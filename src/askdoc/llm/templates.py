"""The prompt templates of prompts/: found, checked for their placeholders, and filled.

Where they are read from, first match wins:
1. ``ASKDOC_PROMPTS_DIR``, for users who tune the prompts of an installed askdoc;
2. the checkout's top-level ``prompts/`` when running from source, so an edit there takes effect at once;
3. the copy shipped inside the package (``askdoc/data/prompts``), since a wheel holds only the package.
A test keeps the shipped copy identical to ``prompts/``.
"""

from __future__ import annotations

import os
import string
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from askdoc.errors import AskdocError

PLACEHOLDERS = {
    "system": frozenset(),
    "answer": frozenset({"title", "passages", "question"}),
    "condense": frozenset({"history", "question"}),
}


@dataclass(frozen=True)
class Templates:
    """The three prompts, as text with ``{placeholder}`` fields."""

    system: str
    answer: str
    condense: str


def prompts_folder() -> Traversable:
    """The folder the templates are read from (see the module docstring for the order)."""
    if env := os.environ.get("ASKDOC_PROMPTS_DIR"):
        return Path(env)
    checkout = Path(__file__).resolve().parents[3]
    if (checkout / "pyproject.toml").is_file() and (checkout / "prompts" / "system.md").is_file():
        return checkout / "prompts"
    return packaged_prompts()


def packaged_prompts() -> Traversable:
    """The copy of prompts/ inside the package."""
    return resources.files("askdoc").joinpath("data/prompts")


def load_templates(folder: Traversable | None = None) -> Templates:
    """Read and check ``system.md``, ``answer.md`` and ``condense.md``; AskdocError when one is missing or wrong."""
    folder = folder or prompts_folder()
    texts = {name: _read(folder, name) for name in PLACEHOLDERS}
    return Templates(**texts)


def fill(template: str, **values: str) -> str:
    """The template with its placeholders replaced (values are inserted as they are, never re-read)."""
    return template.format_map(values)


def _read(folder: Traversable, name: str) -> str:
    entry = folder.joinpath(f"{name}.md")
    try:
        text = entry.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        raise AskdocError(f"The prompt template {entry} cannot be read.") from None
    try:
        fields = {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}
    except ValueError:
        raise AskdocError(f"The prompt template {entry} has an unmatched brace; write a literal brace as {{{{ or }}}}.") from None
    expected = PLACEHOLDERS[name]
    if fields != expected:
        raise AskdocError(f"The prompt template {entry} must use {_listed(expected)}; it uses {_listed(fields)}.")
    return text


def _listed(fields: set[str] | frozenset[str]) -> str:
    return ", ".join(f"{{{field}}}" for field in sorted(fields)) or "no placeholders"
