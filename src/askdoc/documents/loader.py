"""Read a document, a file or standard input, and parse it by its format: told by content, then by extension."""

from __future__ import annotations

import errno
import hashlib
import re
import stat
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from importlib import import_module
from pathlib import Path
from typing import Any

from askdoc.documents.decoding import decode_text
from askdoc.documents.formats import FORMAT_OF_EXTENSION, SUPPORTED
from askdoc.documents.sizes import DEFAULT_MAX_BYTES, size_text
from askdoc.errors import AskdocError
from askdoc.types import Document

STDIN = "-"
# The formats parsed from text; each parser's module (askdoc.documents.formats.<format>) is imported
# when a document is parsed, so a question answered from a fresh index never loads them.
_PARSERS = ("text", "markdown", "html")
_HTML_START = re.compile(r"\A\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL)
_HTML_TAGS = re.compile(r"<(body|div|p|h[1-6]|article|section|table|ul)\b[^>]*>", re.IGNORECASE)
_MARKDOWN_SIGNS = re.compile(r"^(#{1,6}\s+\S|```|~~~|\s*[-*+]\s+\[[ xX]\]|\[[^\]]+\]:\s+\S)", re.MULTILINE)


@dataclass(frozen=True)
class Source:
    """A document's bytes as read; ``path`` is None for standard input."""

    path: Path | None
    raw: bytes

    @property
    def label(self) -> str:
        """How messages refer to it: the path as given."""
        return "standard input" if self.path is None else str(self.path)

    @property
    def name(self) -> str:
        """How citations refer to it: the file name."""
        return "stdin" if self.path is None else self.path.name

    @cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()


def load_document(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read ``path`` (``-`` for standard input) and return its Document; AskdocError with a plain reason if it can't."""
    return parse_source(read_source(Path(path), max_bytes))


def read_source(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """The document's bytes; AskdocError when it is missing, a folder, unreadable, empty or over ``max_bytes``."""
    if str(path) == STDIN:
        raw = sys.stdin.buffer.read(max_bytes + 1)
        source = Source(None, raw)
        if len(raw) > max_bytes:
            raise _too_large(source.label, None, max_bytes)
    else:
        source = Source(path, _read_file(path, max_bytes))
    if not source.raw.strip():
        raise AskdocError(f"{source.label} is empty.")
    return source


def parse_source(source: Source) -> Document:
    """The Document of ``source``, parsed as PDF, HTML, Markdown or plain text."""
    if source.raw[:1024].lstrip().startswith(b"%PDF-"):
        return _parser("pdf")(source.raw, source.label, source.sha256)
    text = decode_text(source.raw, source.label)
    return _parser(text_format(text, source.path))(text, source.label, source.sha256)


def _parser(kind: str) -> Callable[[Any, str, str], Document]:
    """``parse_<kind>`` of askdoc.documents.formats.<kind>."""
    return getattr(import_module(f"askdoc.documents.formats.{kind}"), f"parse_{kind}")


def text_format(text: str, path: Path | None) -> str:
    """``html``, ``markdown`` or ``text``: an HTML page is HTML whatever its name; else the extension decides, or the content."""
    if _HTML_START.match(text):
        return "html"
    by_extension = FORMAT_OF_EXTENSION.get(path.suffix.lower()) if path is not None else None
    if by_extension in _PARSERS:
        return by_extension
    if text.lstrip().startswith("<") and _HTML_TAGS.search(text[:4096]):
        return "html"
    return "markdown" if _MARKDOWN_SIGNS.search(text[:65536]) else "text"


def expand_documents(paths: Sequence[Path], skip: Path | None = None) -> list[Path]:
    """The documents named: files as given, folders by their readable files (hidden ones and ``skip`` left out)."""
    found: list[Path] = []
    for path in paths:
        if str(path) != STDIN and path.is_dir():
            inside = _readable_files(path, skip)
            if not inside:
                raise AskdocError(f"{path} holds no document askdoc can read ({SUPPORTED}).")
            found.extend(inside)
        else:
            found.append(path)
    unique: dict[str, Path] = {}
    for path in found:
        unique.setdefault(STDIN if str(path) == STDIN else str(path.resolve()), path)
    return list(unique.values())


def _read_file(path: Path, max_bytes: int) -> bytes:
    kind = _file_kind(path)
    if kind is not None:
        raise AskdocError(f"{path} is {kind}, not a document." if kind != "missing" else f"No such file: {path}.")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise _too_large(str(path), size, max_bytes)
        with open(path, "rb") as file:
            raw = file.read(max_bytes + 1)
    except OSError as exc:
        raise AskdocError(f"Cannot read {path}: {exc.strerror}.") from exc
    if len(raw) > max_bytes:
        raise _too_large(str(path), None, max_bytes)
    return raw


def _file_kind(path: Path) -> str | None:
    """What ``path`` is when it is not a regular file, told by stat before anything opens it (a FIFO would block)."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symbolic link loop"
        return "missing" if exc.errno in (errno.ENOENT, errno.ENOTDIR) else None  # else reading it says why
    if stat.S_ISREG(mode):
        return None
    kinds = {stat.S_ISDIR: "a folder", stat.S_ISFIFO: "a named pipe (FIFO)", stat.S_ISSOCK: "a socket"}
    return next((kind for test, kind in kinds.items() if test(mode)), "a device")


def _too_large(label: str, size: int | None, max_bytes: int) -> AskdocError:
    how_big = f"is {size_text(size)}, over" if size is not None else "is over"
    return AskdocError(f"{label} {how_big} the limit of {size_text(max_bytes)}; raise it with --max-bytes.")


def _readable_files(folder: Path, skip: Path | None) -> list[Path]:
    skip = skip.resolve() if skip is not None else None
    files = []
    for path in sorted(folder.rglob("*")):
        hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
        skipped = skip is not None and path.resolve().is_relative_to(skip)
        if path.is_file() and path.suffix.lower() in FORMAT_OF_EXTENSION and not hidden and not skipped:
            files.append(path)
    return files
