"""The small frozen records that travel between the steps of a question."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

Role = Literal["content", "heading", "metadata", "furniture"]
"""What a block of a document is to its reader: furniture (navigation, share prompts, copyright
lines, page heads) stays in the clean text but is not quoted as an answer."""

Notify = Callable[[str], None]
"""Receives one-line progress reports (\"Indexing X…\") from slow steps."""


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` into a document's clean text."""

    start: int
    end: int


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of clean text; ``number`` is 1-based and skips headings; ``page`` is 1-based (PDF only).

    ``page_label`` is the number printed on that page, when the source has one.
    """

    number: int
    start: int
    end: int
    section: str
    page: int | None = None
    role: Role = "content"
    page_label: str | None = None


@dataclass(frozen=True)
class Document:
    """A loaded document: its clean text and the paragraphs found in it."""

    path: str
    title: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    sha256: str


@dataclass(frozen=True)
class Chunk:
    """A contiguous passage of the clean text, the unit that is embedded and retrieved.

    ``page`` is the page it starts on (PDF only), ``page_label`` the number printed on it.
    ``role`` is its paragraphs' role (a chunk never mixes roles): furniture is not quoted. In an index over several documents,
    ``document`` names the file it comes from (empty otherwise), offsets are into the index's
    joined text, and ``document_start`` is where the chunk's own document begins in it.
    """

    chunk_id: int
    start: int
    end: int
    text: str
    section: str
    paragraphs: tuple[int, ...]
    sentences: tuple[Span, ...]
    n_tokens: int
    page: int | None = None
    document: str = ""
    document_start: int = 0
    role: Role = "content"
    page_label: str | None = None

    @property
    def location(self) -> str:
        """Where the chunk is, for people: "report.pdf · Section title · ¶6 · p. 2", the parts it has."""
        paragraphs = ", ".join(f"¶{number}" for number in self.paragraphs)
        shown = self.page_label or self.page
        page = f"p. {shown}" if shown is not None else ""
        return " · ".join(part for part in (self.document, self.section, paragraphs, page) if part)


@dataclass(frozen=True)
class Passage:
    """A chunk retrieved for a question, with its fused score."""

    chunk: Chunk
    score: float


@dataclass(frozen=True)
class Citation:
    """A numbered source of an answer: the passage and the sentences quoted from it."""

    n: int
    passage: Passage
    quoted: tuple[Span, ...]


@dataclass(frozen=True)
class Answer:
    """What a question gets back: the text, its sources and how long each step took."""

    question: str
    text: str
    abstained: bool
    confidence: float
    citations: tuple[Citation, ...]
    retrieved: tuple[Passage, ...]
    timings_ms: dict[str, float] = field(default_factory=dict)
