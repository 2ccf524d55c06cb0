"""What every format parser produces: blocks of text (paragraphs and headings) turned into a Document.

The clean text is the blocks joined by one blank line; a paragraph knows its offsets into
it, the heading above it (its section) and, for PDFs, its page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from askdoc.errors import AskdocError
from askdoc.types import Document, Paragraph

SEPARATOR = "\n\n"
SENTENCE_END = tuple(".!?:;\"'”’)]")
_HEADING_MAX_WORDS = 12
_TITLE_MAX_WORDS = 20
_BODY_MIN_WORDS = 20


@dataclass
class Block:
    """A paragraph or a heading as the parser found it; ``text`` is already clean and stripped."""

    text: str
    heading: bool = False
    page: int | None = None


def assemble(blocks: list[Block], path: str, sha256: str, title: str | None = None) -> Document:
    """The Document of ``blocks``; its title is the first heading, else ``title``, else the file name."""
    blocks = [block for block in blocks if block.text]
    if not any(not block.heading for block in blocks):
        raise AskdocError(f"{path} has no text to answer from.")
    if blocks[0].heading:
        title = blocks[0].text
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    offset = 0
    section = ""
    for block in blocks:
        if block.heading:
            section = block.text
        else:
            paragraphs.append(Paragraph(len(paragraphs) + 1, offset, offset + len(block.text), section, block.page))
        parts.append(block.text)
        offset += len(block.text) + len(SEPARATOR)
    return Document(
        path=path, title=title or Path(path).stem, text=SEPARATOR.join(parts), paragraphs=tuple(paragraphs), sha256=sha256
    )


def join_broken(blocks: list[Block]) -> list[Block]:
    """Re-join a paragraph broken mid-sentence: no closing punctuation, next starts lowercase."""
    joined: list[Block] = []
    for block in blocks:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and not previous.heading
            and not block.heading
            and not previous.text.endswith(SENTENCE_END)
            and block.text[0].islower()
        ):
            previous.text = f"{previous.text} {block.text}"
        else:
            joined.append(block)
    return joined


def mark_headings(blocks: list[Block]) -> None:
    """A short single line without closing punctuation, followed by body text, is a heading."""
    for index, block in enumerate(blocks):
        if block.heading or index + 1 >= len(blocks):
            continue
        following = blocks[index + 1]
        if index == 0:
            block.heading = looks_like_heading(block.text, _TITLE_MAX_WORDS)
        else:
            block.heading = (
                looks_like_heading(block.text, _HEADING_MAX_WORDS)
                and not following.heading
                and len(following.text.split()) >= _BODY_MIN_WORDS
            )


def looks_like_heading(text: str, max_words: int = _HEADING_MAX_WORDS) -> bool:
    return (
        "\n" not in text
        and len(text.split()) <= max_words
        and any(char.isalpha() for char in text)
        and not text.endswith((*SENTENCE_END, ","))
        and not text[0].islower()
    )
