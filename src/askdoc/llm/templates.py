"""The prompt templates of prompts/: found (askdoc.locations.prompts_dir), checked for their placeholders, and filled.

A test keeps the copy shipped inside the package identical to ``prompts/``.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from importlib.resources.abc import Traversable

from askdoc.errors import AskdocError
from askdoc.locations import prompts_dir

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


def load_templates(folder: Traversable | None = None) -> Templates:
    """Read and check ``system.md``, ``answer.md`` and ``condense.md``; AskdocError when one is missing or wrong."""
    folder = folder or prompts_dir()
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
