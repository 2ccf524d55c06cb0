"""A tiny PDF writer for tests: pages of headings and wrapped paragraphs in Helvetica, byte-for-byte repeatable."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

Page = Sequence[tuple[str, str]]
_HEADING = (16, 22, 48)
_BODY = (11, 14, 88)


def pdf_bytes(pages: Sequence[Page]) -> bytes:
    """A PDF whose pages hold ``(kind, text)`` blocks: kind ``h`` is a heading, ``p`` a paragraph."""
    objects: list[bytes] = [
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"",
    ]
    page_ids = []
    for page in pages:
        stream = _content(page)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        objects.append(
            b"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
            b"/Resources << /Font << /F1 1 0 R /F2 2 0 R >> >> >>" % len(objects)
        )
        page_ids.append(len(objects))
    kids = b" ".join(b"%d 0 R" % number for number in page_ids)
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))
    objects.append(b"<< /Type /Catalog /Pages 3 0 R >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, len(objects), xref)
    return bytes(out)


def _content(page: Page) -> bytes:
    operations = ["BT", "72 760 Td"]
    for kind, text in page:
        size, leading, width = _HEADING if kind == "h" else _BODY
        operations.append(f"/{'F2' if kind == 'h' else 'F1'} {size} Tf {leading} TL")
        for line in textwrap.wrap(text, width, break_on_hyphens=False, break_long_words=False):
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            operations.append(f"({escaped}) Tj T*")
        operations.append("T*")
    operations.append("ET")
    return "\n".join(operations).encode("cp1252")
