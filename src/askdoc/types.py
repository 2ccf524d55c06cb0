"""The small frozen records that travel between the steps of a question."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

Notify = Callable[[str], None]
"""Receives one-line progress reports (\"Indexing X…\") from slow steps."""


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` into a document's clean text."""

    start: int
    end: int


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of clean text; ``number`` is 1-based and skips headings; ``page`` is 1-based (PDF only)."""

    number: int
    start: int
    end: int
    section: str
    page: int | None = None


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

    ``page`` is the page it starts on (PDF only). In an index over several documents,
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

    @property
    def location(self) -> str:
        """Where the chunk is, for people: "report.pdf · Section title · ¶6 · p. 2", the parts it has."""
        paragraphs = ", ".join(f"¶{number}" for number in self.paragraphs)
        page = f"p. {self.page}" if self.page is not None else ""
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
    """What a question gets back: the text, its sources and how long each step took.

    ``kind`` is the question's intent (fact, list, yesno, summary, metadata) and
    ``resolved_question`` the question as understood after follow-up resolution (empty: the question itself).
    """

    question: str
    text: str
    abstained: bool
    confidence: float
    citations: tuple[Citation, ...]
    retrieved: tuple[Passage, ...]
    timings_ms: dict[str, float] = field(default_factory=dict)
    kind: str = "fact"
    resolved_question: str = ""
