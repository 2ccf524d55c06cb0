"""Markdown exports name where each source is: the document of a folder and the page number printed on it."""

from __future__ import annotations

from askdoc.output.markdown_export import answer_markdown
from askdoc.types import Answer, Chunk, Citation, Passage, Span


def test_a_source_names_its_document_and_printed_page() -> None:
    text = "The keeper logged two hundred and twelve storms in 1987."
    chunk = Chunk(
        7,
        100,
        100 + len(text),
        text,
        "The storm log",
        (3,),
        (Span(100, 100 + len(text)),),
        12,
        page=2,
        document="report.pdf",
        page_label="23",
    )
    passage = Passage(chunk, 0.9)
    answer = Answer(
        "How many storms?", "Two hundred and twelve. [1]", False, 0.8, (Citation(1, passage, chunk.sentences),), (passage,)
    )
    exported = answer_markdown(answer)
    assert "[1] report.pdf · The storm log · ¶3 · p. 23" in exported
    assert f"> {text}" in exported
