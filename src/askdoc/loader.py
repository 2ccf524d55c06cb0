"""Load a text or Markdown file into a Document: clean text, paragraphs with offsets, sections."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from askdoc.errors import AskdocError
from askdoc.markup import clean_inline
from askdoc.types import Document, Paragraph

_BLANK_LINES = re.compile(r"\n[ \t]*\n")
_ATX_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
_SENTENCE_END = tuple(".!?:;\"'”’)]")
_HEADING_MAX_WORDS = 12
_TITLE_MAX_WORDS = 20
_BODY_MIN_WORDS = 20


@dataclass
class _Block:
    text: str
    heading: bool = False


def load_document(path: str | Path) -> Document:
    """Read ``path`` and return its Document; raise AskdocError with a plain reason if it can't."""
    path = Path(path)
    raw = read_document_bytes(path)
    return parse_text(decode_text(raw, path), path=str(path), sha256=hashlib.sha256(raw).hexdigest())


def read_document_bytes(path: Path) -> bytes:
    """The file's bytes; AskdocError when it is missing, a folder, unreadable or empty."""
    if not path.exists():
        raise AskdocError(f"No such file: {path}.")
    if path.is_dir():
        raise AskdocError(f"{path} is a folder, not a document.")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise AskdocError(f"Cannot read {path}: {exc.strerror}.") from exc
    if not raw.strip():
        raise AskdocError(f"{path} is empty.")
    return raw


def decode_text(raw: bytes, path: Path) -> str:
    """Decode UTF-8 text, refusing binary files by name."""
    if b"\x00" in raw[:8192]:
        raise AskdocError(f"{path} is a binary file, not text.")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AskdocError(f"{path} is not UTF-8 text (undecodable byte at offset {exc.start}).") from exc


def parse_text(text: str, path: str, sha256: str) -> Document:
    """Turn raw text into a Document; the clean text joins blocks with one blank line."""
    blocks = _join_broken(_blocks(text))
    _mark_headings(blocks)
    if not any(not block.heading for block in blocks):
        raise AskdocError(f"{path} has no text to answer from.")
    title = blocks[0].text if blocks[0].heading else Path(path).stem
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    offset = 0
    section = ""
    for block in blocks:
        if block.heading:
            section = block.text
        else:
            paragraphs.append(Paragraph(len(paragraphs) + 1, offset, offset + len(block.text), section))
        parts.append(block.text)
        offset += len(block.text) + 2
    return Document(path=path, title=title, text="\n\n".join(parts), paragraphs=tuple(paragraphs), sha256=sha256)


def _blocks(text: str) -> list[_Block]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = []
    for chunk in _BLANK_LINES.split(text):
        lines = [clean_inline(line).strip() for line in chunk.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        heading = _ATX_HEADING.match(lines[0]) if len(lines) == 1 else None
        if heading:
            blocks.append(_Block(heading.group(1), heading=True))
        else:
            blocks.append(_Block("\n".join(lines)))
    return blocks


def _join_broken(blocks: list[_Block]) -> list[_Block]:
    """Re-join a paragraph broken mid-sentence: no closing punctuation, next starts lowercase."""
    joined: list[_Block] = []
    for block in blocks:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and not previous.heading
            and not block.heading
            and not previous.text.endswith(_SENTENCE_END)
            and block.text[0].islower()
        ):
            previous.text = f"{previous.text} {block.text}"
        else:
            joined.append(block)
    return joined


def _mark_headings(blocks: list[_Block]) -> None:
    """A short single line without closing punctuation, followed by body text, is a heading."""
    for index, block in enumerate(blocks):
        if block.heading or index + 1 >= len(blocks):
            continue
        following = blocks[index + 1]
        if index == 0:
            block.heading = _looks_like_heading(block.text, _TITLE_MAX_WORDS)
        else:
            block.heading = (
                _looks_like_heading(block.text, _HEADING_MAX_WORDS)
                and not following.heading
                and len(following.text.split()) >= _BODY_MIN_WORDS
            )


def _looks_like_heading(text: str, max_words: int) -> bool:
    return (
        "\n" not in text
        and len(text.split()) <= max_words
        and any(char.isalpha() for char in text)
        and not text.endswith((*_SENTENCE_END, ","))
        and not text[0].islower()
    )
