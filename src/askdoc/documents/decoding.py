"""Bytes to text: byte-order marks, UTF-8, UTF-16 without a mark (by its zero bytes or its script),
else Windows-1252; binary files refused by name."""

from __future__ import annotations

import codecs
import unicodedata

from askdoc.documents.formats import SUPPORTED
from askdoc.documents.utf8_damaged import damaged_utf8
from askdoc.documents.utf16_script import utf16_by_script
from askdoc.errors import AskdocError

_SAMPLE = 8192
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive, as Word, Excel and EPUB files are"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
    (b"{\\rtf", "an RTF document"),
)
_UTF16_ZERO_SHARE = 0.3
_CONTROL_SHARE = 0.05
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")


def decode_text(raw: bytes, name: str) -> str:
    """The text in ``raw``; AskdocError naming ``name`` when it is a binary file."""
    for mark, codec in _BYTE_ORDER_MARKS:
        if raw.startswith(mark):
            return _decode_strictly(raw[len(mark) :], codec, name)
    for magic, kind in _MAGIC:
        if raw.startswith(magic):
            raise not_a_document(name, f"a binary file ({kind})")
    codec = _utf16_without_mark(raw[:_SAMPLE]) or utf16_by_script(raw[:_SAMPLE])
    if codec is not None:
        text = raw.decode(codec, errors="replace")
    elif b"\x00" in raw[:_SAMPLE]:
        raise not_a_document(name, "a binary file")
    else:
        text = _utf8_or_windows_1252(raw)
    if _mostly_controls(text[:_SAMPLE]):
        raise not_a_document(name, "a binary file")
    return text


def not_a_document(name: str, what: str) -> AskdocError:
    return AskdocError(f"{name} is {what}, not a document askdoc can read; it reads {SUPPORTED}.")


def _decode_strictly(raw: bytes, codec: str, name: str) -> str:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        raise AskdocError(f"{name} is marked as {codec.upper()} text but has an undecodable byte at offset {exc.start}.") from exc


def _utf16_without_mark(sample: bytes) -> str | None:
    """UTF-16 text in Latin scripts has a zero in every other byte: low-endian odd bytes, big-endian even."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_zeros, odd_zeros = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_zeros > _UTF16_ZERO_SHARE and even_zeros == 0:
        return "utf-16-le"
    if even_zeros > _UTF16_ZERO_SHARE and odd_zeros == 0:
        return "utf-16-be"
    return None


def _utf8_or_windows_1252(raw: bytes) -> str:
    """UTF-8 when it decodes, or when it is UTF-8 with a few bad bytes (askdoc.documents.utf8_damaged: those
    become U+FFFD); else Windows-1252 (Latin-1 plus curly quotes), Latin-1 for its five unused bytes."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if (text := damaged_utf8(raw)) is not None:
        return text
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _mostly_controls(sample: str) -> bool:
    controls = sum(1 for char in sample if char not in _TEXT_CONTROLS and unicodedata.category(char) == "Cc")
    return controls > _CONTROL_SHARE * max(len(sample), 1)
