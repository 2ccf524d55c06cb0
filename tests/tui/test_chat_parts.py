"""The chat's pure helpers: the quick title, answer Markdown, passage excerpts."""

from __future__ import annotations

from pathlib import Path

import pytest

from askdoc.answer.engine import Engine
from askdoc.locations import bundled_article
from askdoc.tui.document_title import peek_title
from askdoc.tui.passage_text import QUOTE_STYLE, excerpt
from askdoc.tui.widgets.answer_turn import linked_markdown


def test_quick_title_is_the_leading_heading_or_the_file_name(tmp_path: Path) -> None:
    assert peek_title(bundled_article()) == "A Line in the Sand Is Drawn: The US Military Must Leave Iraq"
    notes = tmp_path / "notes.md"
    notes.write_text(
        "# Budget *notes*\n\n" + "The budget grows by four percent next year, the memo says. " * 100, encoding="utf-8"
    )
    assert peek_title(notes) == "Budget notes"
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\x00\x00")
    assert peek_title(binary) == "image.png"
    assert peek_title(tmp_path / "missing.txt") == "missing.txt"


def test_answer_markdown_links_markers_and_escapes_the_rest() -> None:
    markdown = linked_markdown("It cost *$2* [trillion] <b> [1] and more [12]")
    assert markdown == r"It cost \*$2\* \[trillion\] \<b\> [\[1\]](source:1) and more [\[12\]](source:12)"


@pytest.mark.slow
def test_excerpt_keeps_the_quoted_sentence_with_one_either_side(engine: Engine) -> None:
    chunk = next(c for c in engine.index.chunks if "expected to be approved" in c.text)
    middle = next(i for i, s in enumerate(chunk.sentences) if "expected to be approved" in engine.index.text[s.start : s.end])
    quoted = chunk.sentences[middle]
    content = excerpt(chunk, (quoted,))
    before, after = chunk.sentences[middle - 1], chunk.sentences[middle + 1]
    text = engine.index.text
    assert content.plain.strip("… ").startswith(text[before.start : before.end])
    assert content.plain.strip("… ").endswith(text[after.start : after.end])
    assert [content.plain[s.start : s.end] for s in content.spans if s.style == QUOTE_STYLE] == [text[quoted.start : quoted.end]]
