"""Human-readable output of an Answer for the terminal (rich); every string passes the output boundary."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text

from askdoc.answer.contract import marker
from askdoc.output.quotes import quoted_pieces
from askdoc.output.sanitize import sanitize
from askdoc.types import Answer, Chunk, DocumentMetadata, Passage, Span

if TYPE_CHECKING:
    from askdoc.index.catalog import IndexEntry


def print_answer(console: Console, answer: Answer) -> None:
    """The answer, then its numbered sources with the cited sentences highlighted."""
    console.print(Text(sanitize(answer.text), style="italic" if answer.abstained else "bold"))
    if answer.citations:
        console.print()
        for citation in answer.citations:
            _print_passage(console, marker(citation.n), citation.passage, citation.quoted)
    elif answer.retrieved:
        console.print()
        console.print(Text("Closest passages:", style="dim"))
        for rank, passage in enumerate(answer.retrieved[:3], start=1):
            _print_passage(console, f"({rank})", passage, ())


def _print_passage(console: Console, label: str, passage: Passage, quoted: tuple[Span, ...]) -> None:
    chunk = passage.chunk
    location = sanitize(chunk.location)
    console.print(Text.assemble((label, "bold cyan"), " ", (location, "cyan"), (f"  score {passage.score:.2f}", "dim")))
    console.print(highlighted(chunk, quoted), style="default")
    console.print()


def highlighted(chunk: Chunk, quoted: tuple[Span, ...]) -> Text:
    """The chunk's text, sanitised, with the quoted sentences (absolute spans) styled."""
    text = Text(style="dim" if quoted else "")
    for piece, is_quoted in quoted_pieces(chunk.text, chunk.start, quoted):
        text.append(piece, "bold yellow" if is_quoted else "")
    return text


def index_table(entries: Sequence[IndexEntry]) -> str:
    """`askdoc list` as plain aligned columns, one indexed document a line."""
    from askdoc.embedding.embedder import model_label

    rows: list[tuple[str, ...]] = [("DOCUMENT", "PASSAGES", "MODEL", "BUILT", "PATH")]
    for entry in entries:
        if entry.problem is not None:
            rows.append((entry.name, "-", "-", "-", f"{entry.folder} ({entry.problem})"))
        else:
            built = entry.built_at.replace("T", " ").replace("Z", " UTC")
            model = f"{model_label(entry.model_path)} ({entry.dimension}-d)"
            rows.append((entry.name, str(entry.chunks), model, built, entry.path or "(standard input)"))
    rows = [tuple(sanitize(cell) for cell in row) for row in rows]
    widths = [max(len(row[column]) for row in rows) for column in range(4)]
    lines = ["  ".join(row[column].ljust(widths[column]) for column in range(4)) + "  " + row[4] for row in rows]
    for line_number, entry in reversed(list(enumerate(entries, start=1))):
        if about := metadata_line(entry.metadata):
            lines.insert(line_number + 1, f"  {sanitize(about)}")
    return "\n".join(lines)


def metadata_line(metadata: DocumentMetadata) -> str:
    """"Title · by Jane Doe · April 19, 2020 · Publisher": what the document says about itself, as found."""
    parts = [metadata.title.value if metadata.title else ""]
    if metadata.authors:
        parts.append("by " + ", ".join(author.value for author in metadata.authors))
    parts += [field.value for field in (metadata.date, metadata.publisher) if field is not None]
    return " · ".join(part for part in parts if part)
