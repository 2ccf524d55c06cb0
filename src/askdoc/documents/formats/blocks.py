"""What every format parser produces: blocks of text (paragraphs and headings) turned into a Document.

The clean text is the blocks joined by one blank line; a paragraph knows its offsets into
it, the heading above it (its section), the headings that one sits under (outline.py) and, for PDFs, its page.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from askdoc.documents.metadata import find_metadata
from askdoc.documents.outline import Outline
from askdoc.errors import AskdocError
from askdoc.types import Document, Paragraph, Role

SEPARATOR = "\n\n"
SENTENCE_END = tuple(".!?:;\"'”’)]")
ITEM_MARKER = re.compile(r"^(?:[-–—]{1,2}[\w?#@%+]|[*•·◦‣▪+o]\s|\(?\d{1,3}(?:\.\d{1,3})*[.)]\s|\(?[a-z][.)]\s)")
"""What opens a list item, an option or a numbered point, rather than going on with a sentence."""
_HEADING_MAX_WORDS = 12
_TITLE_MAX_WORDS = 20
_BODY_MIN_WORDS = 20


@dataclass
class Block:
    """A paragraph or a heading as the parser found it; ``text`` is already clean and stripped.

    ``links`` is the share of its characters that were link text in the source (navigation is mostly links);
    ``level`` a heading's level when the format gives one (Markdown's ``#`` count, HTML's h1-h6, a PDF's type
    size), ``size`` a PDF heading's type size.
    """

    text: str
    heading: bool = False
    page: int | None = None
    role: Role = "content"
    page_label: str | None = None
    links: float = 0.0
    level: int | None = None
    size: float | None = None


def assemble(
    blocks: list[Block],
    path: str,
    sha256: str,
    title: str | None = None,
    hints: Mapping[str, str] | None = None,
    kind: str = "text",
) -> Document:
    """The Document of ``blocks`` with its metadata (metadata.py; ``hints`` are the format's own fields).

    Its title is the metadata's, else the first heading, else ``title``, else the file name.
    """
    blocks = [block for block in blocks if block.text]
    if not blocks:
        raise AskdocError(f"{path} has no text to answer from.")
    if all(block.heading for block in blocks):
        # Nothing but heading-like lines (a list of titles, a note of a few short lines): they are its text.
        blocks = [replace(block, heading=False, role="content") for block in blocks]
    if blocks[0].heading:
        title = blocks[0].text
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    headings: list[tuple[str, int]] = []
    offset = 0
    section = ""
    outline = Outline(title if blocks[0].heading else None)
    for block in blocks:
        if block.heading:
            section = block.text
            headings.append((block.text, offset))
            outline.enter(block.text, block.level)
        else:
            end = offset + len(block.text)
            paragraphs.append(
                Paragraph(len(paragraphs) + 1, offset, end, section, block.page, block.role, block.page_label, outline.above())
            )
        parts.append(block.text)
        offset += len(block.text) + len(SEPARATOR)
    text = SEPARATOR.join(parts)
    metadata = find_metadata(text, tuple(paragraphs), headings, hints or {}, kind)
    title = metadata.title.value if metadata.title is not None else title
    return Document(path, title or Path(path).stem, text, tuple(paragraphs), sha256, metadata)


def join_broken(blocks: list[Block]) -> list[Block]:
    """Re-join a paragraph broken mid-sentence: no closing punctuation, next starts lowercase.

    Furniture between the two halves (a page's foot and the next one's head) is moved after them.
    """
    joined: list[Block] = []
    for block in blocks:
        between = 0
        while between < len(joined) and joined[-1 - between].role == "furniture" and block.role != "furniture":
            between += 1
        previous = joined[-1 - between] if between < len(joined) else None
        if (
            previous is not None
            and previous.role == block.role
            and not previous.heading
            and not block.heading
            and not previous.text.endswith(SENTENCE_END)
            and block.text[:1].islower()
            and not ITEM_MARKER.match(block.text)
        ):
            previous.text = f"{previous.text} {block.text}"
        else:
            joined.append(block)
    return joined


def mark_headings(blocks: list[Block]) -> None:
    """A short single line without closing punctuation, followed by body text, is a heading."""
    for index, block in enumerate(blocks):
        if block.heading or block.role != "content" or index + 1 >= len(blocks):
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
