"""The small frozen records that travel between the steps of a question."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, Protocol

Role = Literal["content", "heading", "metadata", "furniture"]
"""What a block of a document is to its reader: furniture (navigation, share prompts, copyright
lines, page heads) stays in the clean text but is not quoted as an answer."""

Notify = Callable[[str], None]
"""Receives one-line progress reports (\"Indexing X…\") from slow steps."""


class BuildProgress(Protocol):
    """Told as an index's passages are embedded (a progress bar on a terminal)."""

    def advance(self, passages: int) -> None: ...

    def close(self) -> None: ...


ProgressFactory = Callable[[str, int], BuildProgress]
"""Opens the progress of indexing one document: its name and its number of passages."""


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` into a document's clean text."""

    start: int
    end: int


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of clean text; ``number`` is 1-based and skips headings; ``page`` is 1-based (PDF only).

    ``page_label`` is the number printed on that page, when the source has one. ``outline`` holds the headings
    its section sits under, outermost first (not the document's title).
    """

    number: int
    start: int
    end: int
    section: str
    page: int | None = None
    role: Role = "content"
    page_label: str | None = None
    outline: tuple[str, ...] = ()


@dataclass(frozen=True)
class MetadataField:
    """One fact about a document and where it was found: ``start``/``end`` into the clean text
    (None when only the file's own metadata states it), ``source`` the kind of place."""

    value: str
    start: int | None = None
    end: int | None = None
    source: str = "text"

    def to_json(self) -> dict:
        return {"value": self.value, "start": self.start, "end": self.end, "source": self.source}

    @classmethod
    def from_json(cls, record: dict) -> MetadataField:
        start, end = record.get("start"), record.get("end")
        return cls(
            str(record["value"]),
            None if start is None else int(start),
            None if end is None else int(end),
            str(record.get("source", "text")),
        )


_SINGLE_FIELDS = ("title", "date", "publisher", "source", "copyright", "licence")


@dataclass(frozen=True)
class DocumentMetadata:
    """Title, authors, date, publisher, original source, copyright holder and licence, as far as the document
    states them."""

    title: MetadataField | None = None
    authors: tuple[MetadataField, ...] = ()
    date: MetadataField | None = None
    publisher: MetadataField | None = None
    source: MetadataField | None = None
    copyright: MetadataField | None = None
    licence: MetadataField | None = None

    def to_json(self) -> dict:
        single = {name: getattr(self, name) for name in _SINGLE_FIELDS}
        return {
            **{name: value.to_json() for name, value in single.items() if value is not None},
            "authors": [author.to_json() for author in self.authors],
        }

    @classmethod
    def from_json(cls, record: dict) -> DocumentMetadata:
        def one(name: str) -> MetadataField | None:
            return MetadataField.from_json(record[name]) if isinstance(record.get(name), dict) else None

        authors = tuple(MetadataField.from_json(author) for author in record.get("authors") or ())
        return cls(one("title"), authors, one("date"), one("publisher"), one("source"), one("copyright"), one("licence"))

    def found(self) -> list[str]:
        """The names of the fields that were found, for reports."""
        names = [name for name in _SINGLE_FIELDS if getattr(self, name) is not None]
        return names + (["authors"] if self.authors else [])


@dataclass(frozen=True)
class Document:
    """A loaded document: its clean text, the paragraphs found in it and what it says about itself."""

    path: str
    title: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    sha256: str
    metadata: DocumentMetadata = field(default_factory=DocumentMetadata)


@dataclass(frozen=True)
class Chunk:
    """A contiguous passage of the clean text, the unit that is embedded and retrieved.

    ``page`` is the page it starts on (PDF only), ``page_label`` the number printed on it.
    ``role`` is its paragraphs' role (a chunk never mixes roles): furniture is not quoted. In an index over several documents,
    ``document`` names the file it comes from (empty otherwise), offsets are into the index's
    joined text, and ``document_start`` is where the chunk's own document begins in it. ``outline``: the
    headings its section sits under, outermost first.
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
    outline: tuple[str, ...] = ()

    @property
    def location(self) -> str:
        """Where the chunk is, for people: "report.pdf · Part › Section title · ¶6 · p. 2", the parts it has."""
        paragraphs = ", ".join(f"¶{number}" for number in self.paragraphs)
        shown = self.page_label or self.page
        page = f"p. {shown}" if shown is not None else ""
        section = " › ".join((*self.outline, self.section)) if self.section else ""
        return " · ".join(part for part in (self.document, section, paragraphs, page) if part)


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
