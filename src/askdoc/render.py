"""Human-readable output of an Answer for the terminal (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from askdoc.types import Answer, Chunk, Passage, Span


def print_answer(console: Console, answer: Answer) -> None:
    """The answer, then its numbered sources with the cited sentences highlighted."""
    console.print(Text(answer.text, style="italic" if answer.abstained else "bold"))
    if answer.citations:
        console.print()
        for citation in answer.citations:
            _print_passage(console, f"[{citation.n}]", citation.passage, citation.quoted)
    elif answer.retrieved:
        console.print()
        console.print(Text("Closest passages:", style="dim"))
        for rank, passage in enumerate(answer.retrieved[:3], start=1):
            _print_passage(console, f"({rank})", passage, ())


def _print_passage(console: Console, label: str, passage: Passage, quoted: tuple[Span, ...]) -> None:
    chunk = passage.chunk
    console.print(Text.assemble((label, "bold cyan"), " ", (chunk.location, "cyan"), (f"  score {passage.score:.2f}", "dim")))
    console.print(highlighted(chunk, quoted), style="default")
    console.print()


def highlighted(chunk: Chunk, quoted: tuple[Span, ...]) -> Text:
    """The chunk's text with the quoted sentences (absolute spans) styled."""
    text = Text(chunk.text, style="dim" if quoted else "")
    for span in quoted:
        text.stylize("bold yellow", span.start - chunk.start, span.end - chunk.start)
    return text
