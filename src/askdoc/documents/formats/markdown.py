"""Markdown, parsed with markdown-it-py: headings become sections, inline markup plain words.

Paragraphs, list items and table rows become paragraphs; code blocks are kept as text.
A line of badges (images only) is furniture. A YAML front-matter block at the top is
skipped, its author/date kept as metadata, and its title when no heading opens the text.
"""

from __future__ import annotations

import re

from askdoc.documents.formats.blocks import Block, assemble
from askdoc.documents.roles import assign_roles
from askdoc.types import Document

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n.*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"[ \t]+")


def parse_markdown(text: str, path: str, sha256: str) -> Document:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(_FRONT_MATTER.sub("", text, count=1))
    blocks: list[Block] = []
    row: list[str] = []
    for index, token in enumerate(tokens):
        opener = tokens[index - 1].type if index else ""
        if token.type == "inline" and opener in ("th_open", "td_open"):
            row.append(_plain(token))
        elif token.type == "inline" and _only_images(token):
            blocks.append(Block(_plain(token), role="furniture"))
        elif token.type == "inline":
            heading = opener == "heading_open"
            blocks.append(Block(_plain(token), heading=heading, level=int(tokens[index - 1].tag[1:]) if heading else None))
        elif token.type == "tr_close":
            blocks.append(Block(" | ".join(cell for cell in row if cell)))
            row = []
        elif token.type in ("fence", "code_block"):
            blocks.append(Block(token.content.strip()))
        elif token.type == "html_block":
            blocks.append(Block(_SPACES.sub(" ", _TAG.sub(" ", token.content)).strip()))
    assign_roles(blocks)
    hints = _front_matter(text)
    if blocks and blocks[0].heading:
        hints.pop("title", None)
    return assemble(blocks, path, sha256, hints=hints, kind="front matter")


def _front_matter(text: str) -> dict[str, str]:
    """title/author/date of a YAML front-matter block, read line by line (no YAML parser needed for these)."""
    match = _FRONT_MATTER.match(text)
    fields: dict[str, str] = {}
    for line in match.group(0).splitlines()[1:-1] if match else ():
        key, _, value = line.partition(":")
        if key.strip().lower() in ("title", "author", "date") and value.strip():
            fields[key.strip().lower()] = value.strip().strip("\"'")
    return fields


def _only_images(inline) -> bool:
    """A line of badges: images (often inside links) and nothing else."""
    kinds = {child.type for child in inline.children or ()} - {"link_open", "link_close", "softbreak", "text"}
    texts = [child.content.strip() for child in inline.children or () if child.type == "text"]
    return kinds == {"image"} and not any(texts)


def _plain(inline) -> str:
    """An inline token's words without markup: links keep their text, images their alt text."""
    parts: list[str] = []
    for child in inline.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "image":
            parts.append(_plain(child))
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "\n".join(line.strip() for line in "".join(parts).split("\n") if line.strip())
