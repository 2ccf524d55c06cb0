"""The retrieval modes, kept apart from the retriever so the CLI can offer them without importing numpy."""

from __future__ import annotations

from typing import Literal

Mode = Literal["hybrid", "dense", "lexical"]
MODES: tuple[Mode, ...] = ("hybrid", "dense", "lexical")
