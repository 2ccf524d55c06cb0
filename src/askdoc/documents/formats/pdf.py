"""PDF, read with pypdf: lines with their position and type size, grouped into paragraphs per page.

A paragraph ends where the gap to the next line is clearly wider than the line spacing
(the smallest gap on the page, at most 1.3 times the type size; for lines in larger type, scaled by their size),
where the type size changes, at a bullet, or after a short line that ends a sentence.
Larger type is a heading, also when it opens in lower case (a function's name: "asn1 strerror"),
which looks_like_heading refuses in plain text, where no type size tells; but not right after
large type, where such a line is a heading's next line ("modules" after "3.9. /lib : … kernel").
A heading's level is the rank of its type size among the document's heading sizes.
Page numbers and lines repeated at the top or bottom of most pages (running heads) are dropped;
a paragraph broken across pages is joined again.
"""

from __future__ import annotations

import functools
import io
import itertools
import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from askdoc.documents.formats.blocks import SENTENCE_END, Block, assemble, join_broken, looks_like_heading, mark_headings
from askdoc.documents.formats.pdf_folio import folio_lines
from askdoc.documents.formats.pdf_word_gaps import WORD_GAP, space_word_gaps
from askdoc.documents.roles import assign_roles
from askdoc.errors import AskdocError
from askdoc.types import Document

_GAP_RATIO = 1.35
_HEADING_SIZE_RATIO = 1.15
_SHORT_LINE_RATIO = 0.75
_MIN_LINE_STEP = 0.8
_MAX_LINE_STEP = 1.3
_BULLETS = ("•", "◦", "▪", "●", "‣")
_PAGE_NUMBER = re.compile(r"^(page\s+)?(\d+|[ivxlc]+)(\s*(/|of)\s*\d+)?$", re.IGNORECASE)
_RUNNING_MIN_PAGES = 3
_EDGE_LINES = 2
# A running head in capitals: debian-faq.pdf's are all capitals and 5 words or more; a line of two capitalised
# words is too often a heading or a table's head.
_CAPITAL_HEAD_MIN_WORDS = 3
_CAPITALS = 0.9


@dataclass
class _Line:
    text: str
    y: float
    size: float


class _LineCollector:
    """pypdf's text visitor: pieces of text with their matrices, assembled into lines."""

    def __init__(self) -> None:
        self.lines: list[_Line] = []
        self._open: _Line | None = None

    def visit(self, text: str, cm: list[float], tm: list[float], _font: object, font_size: float) -> None:
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        size = font_size * (abs(tm[3] * cm[3]) or 1.0)
        for position, piece in enumerate(text.split("\n")):
            if position:
                self._close()
            if not piece.strip():
                # a gap drawn on its own (LibreOffice sets "$163", a no-break space, "million" as three pieces):
                # the words on either side keep it, as one space
                if piece and self._open is not None and not self._open.text.endswith((" ", "\xa0")):
                    self._open.text += " "
                continue
            if self._open is None:
                self._open = _Line(piece, y, size)
            else:
                self._open.text += piece
                self._open.size = max(self._open.size, size)

    def _close(self) -> None:
        if self._open is not None:
            self.lines.append(self._open)
            self._open = None

    def finish(self) -> list[_Line]:
        self._close()
        return self.lines


def parse_pdf(raw: bytes, path: str, sha256: str, word_gap: float = WORD_GAP) -> Document:
    """The PDF's paragraphs; word_gap (em/1000) is the TJ pen move read as a space (pdf_word_gaps.py)."""
    pages, labels, info = _read_lines(raw, path, word_gap)
    if not any(pages):
        raise AskdocError(f"{path} is a PDF without a text layer (scanned pages?); askdoc cannot read text from images.")
    running = _running_shapes(pages)
    capital_heads = _capital_head_openings(pages)
    folios = folio_lines([[line.text for line in lines] for lines in pages], _EDGE_LINES)
    blocks: list[Block] = []
    after_heading = False  # the last body block so far is a heading
    for number, lines in enumerate(pages, start=1):
        heads = [
            line
            for index, line in enumerate(lines)
            if number > 1
            and (
                _shape(line.text.strip()) in running
                or (number - 1, index) in folios
                or (_at_edge(index, len(lines)) and _capital_opening(line.text) in capital_heads)
            )
        ]
        blocks.extend(Block(" ".join(line.text.split()), page=number, role="furniture") for line in heads)
        page_body = _page_blocks([line for line in lines if line not in heads], number, after_heading)
        blocks.extend(page_body)
        after_heading = page_body[-1].heading if page_body else after_heading
    printed = _printed_numbers(blocks)
    blocks = join_broken(_without_running_lines([b for b in blocks if not _PAGE_NUMBER.match(b.text)], len(pages)))
    for block in blocks:
        block.page_label = labels[block.page - 1] if labels else printed.get(block.page)
    mark_headings(blocks)
    assign_roles(blocks)
    _rank_heading_sizes(blocks)
    return assemble(blocks, path, sha256, hints=info, kind="pdf")


def _rank_heading_sizes(blocks: list[Block]) -> None:
    """A heading in larger type gets the level of its size among the document's heading sizes, largest first
    (fhs-3.0.pdf: "3.11. /media …" 20.7 pt over "3.11.1. Purpose" 17.3 pt over "Rationale" 14 pt); a heading
    in body type (mark_headings) keeps no level."""
    sizes = sorted({round(block.size, 1) for block in blocks if block.heading and block.size is not None}, reverse=True)
    rank = {size: number for number, size in enumerate(sizes, start=1)}
    for block in blocks:
        if block.heading and block.size is not None:
            block.level = rank[round(block.size, 1)]


def _printed_numbers(blocks: list[Block]) -> dict[int, str]:
    """The number printed alone at the top or bottom of a page (when the PDF has no page labels)."""
    printed: dict[int, str] = {}
    for index, block in enumerate(blocks):
        edge = (
            index == 0 or index == len(blocks) - 1 or blocks[index - 1].page != block.page or blocks[index + 1].page != block.page
        )
        match = _PAGE_NUMBER.match(block.text)
        if edge and match and block.page is not None:
            printed.setdefault(block.page, match.group(2))
    return printed


def _read_lines(raw: bytes, path: str, word_gap: float) -> tuple[list[list[_Line]], list[str], dict[str, str]]:
    """Each page's lines; the page labels when the PDF defines them; its title and author."""
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise AskdocError(f"{path} is a password-protected PDF.")
        pages = []
        spacer = functools.partial(space_word_gaps, word_gap=word_gap)
        for page in reader.pages:
            collector = _LineCollector()
            page.extract_text(visitor_text=collector.visit, visitor_operand_before=spacer)
            pages.append(collector.finish())
        labels = list(reader.page_labels) if "/PageLabels" in reader.trailer["/Root"] else []
        info = {key: str(value) for key, value in _document_info(reader).items() if value}
    except AskdocError:
        raise
    except Exception as exc:  # pypdf raises many kinds of error on a malformed file
        raise AskdocError(f"{path} is a damaged or unreadable PDF.") from exc
    return pages, labels, info


def _document_info(reader) -> dict[str, object]:
    info = reader.metadata or {}
    return {"title": info.get("/Title"), "author": info.get("/Author")}


def _page_blocks(lines: list[_Line], page: int, after_large: bool) -> list[Block]:
    """The page's paragraphs; after_large: the previous page ended with a heading."""
    if not lines:
        return []
    body = Counter({line.size: 0 for line in lines})
    for line in lines:
        body[line.size] += len(line.text)
    body_size = body.most_common(1)[0][0]
    gaps = [above.y - below.y for above, below in itertools.pairwise(lines)]
    steps = [gap for gap in gaps if gap >= _MIN_LINE_STEP * body_size]
    step = min([*steps, _MAX_LINE_STEP * body_size])
    longest = max(len(line.text.strip()) for line in lines)
    blocks: list[Block] = []
    current: list[_Line] = [lines[0]]
    for (above, below), gap in zip(itertools.pairwise(lines), gaps, strict=True):
        ends_paragraph = (
            gap < 0
            or gap > _GAP_RATIO * step * _type_scale(above, below, body_size)
            or _large(above, body_size) != _large(below, body_size)
            or below.text.lstrip().startswith(_BULLETS)
            or (above.text.rstrip().endswith(SENTENCE_END) and len(above.text.strip()) < _SHORT_LINE_RATIO * longest)
        )
        if ends_paragraph:
            blocks.append(_block(current, body_size, page, after_large))
            after_large = all(_large(line, body_size) for line in current)
            current = []
        current.append(below)
    blocks.append(_block(current, body_size, page, after_large))
    return [block for block in blocks if block.text]


def _type_scale(above: _Line, below: _Line, body_size: float) -> float:
    """How much wider than the body's the line spacing of two lines may be: a heading set in larger type over
    two lines ("3.4. /bin : Essential user command binaries (for" / "use by all users)") is spaced for its size."""
    return max(1.0, min(above.size, below.size) / body_size)


def _large(line: _Line, body_size: float) -> bool:
    return line.size > _HEADING_SIZE_RATIO * body_size


def _block(lines: list[_Line], body_size: float, page: int, after_large: bool) -> Block:
    text = ""
    for line in lines:
        words = " ".join(line.text.split())
        if text.endswith("-") and text[-2:-1].isalpha() and words[:1].islower():
            text = text[:-1] + words
        else:
            text = f"{text} {words}" if text else words
    large = all(_large(line, body_size) for line in lines)
    # a closing bracket or a question mark ends a heading in larger type ("3.14. /root : Home directory for the root
    # user (optional)", a FAQ's "8.1 What programs does Debian provide for managing its packages?")
    unbracketed = text.rstrip(")?")
    lower_case_name = not after_large and looks_like_heading(unbracketed[:1].upper() + unbracketed[1:])
    heading = large and (looks_like_heading(unbracketed) or lower_case_name)
    return Block(text, heading=heading, page=page, size=max(line.size for line in lines) if heading else None)


def _without_running_lines(blocks: list[Block], pages: int) -> list[Block]:
    """Drop a page's first or last block when the same line (numbers aside) opens or closes most pages; on the
    first page a heading so repeated is the title the running heads repeat, and stays (shared-mime-info-spec.pdf's
    "Shared MIME-info Database" was dropped, and its title read from the line under it)."""
    if pages < _RUNNING_MIN_PAGES:
        return blocks
    edges = [block for index, block in enumerate(blocks) if _at_page_edge(blocks, index)]
    counts = Counter(_shape(block.text) for block in edges)
    running = {shape for shape, count in counts.items() if count >= _RUNNING_MIN_PAGES and count > pages / 2}
    return [
        block
        for block in blocks
        if not (block in edges and _shape(block.text) in running and not (block.page == 1 and block.heading))
    ]


def _running_shapes(pages: list[list[_Line]]) -> set[str]:
    """Lines (numbers aside) that open or close at least three pages: running heads and feet ("Chapter 4: Reference 16").

    On the first page such a line is the title the heads repeat, and stays.
    """
    return _repeated_at_edges(pages, _running_shape)


def _running_shape(text: str) -> str:
    """The line's shape (numbers as #), or "" for a page number, which is no running head of its own."""
    shape = _shape(text.strip())
    return "" if _PAGE_NUMBER.match(shape.replace("#", "1")) else shape


def _capital_head_openings(pages: list[list[_Line]]) -> set[str]:
    """The openings (first two words, numbers aside) of lines in capitals that open or close at least three pages.

    A book's running head names the chapter and section the page is in ("CHAPTER 6. THE DEBIAN ARCHIVES 6.3.
    WHAT ABOUT "SID"?"), so it changes from page to page, and only its opening repeats.
    """
    return _repeated_at_edges(pages, _capital_opening)


def _repeated_at_edges(pages: list[list[_Line]], key: Callable[[str], str]) -> set[str]:
    """The ``key``s (of a page's first and last lines; "" counts for none) found on at least three pages."""
    if len(pages) < _RUNNING_MIN_PAGES:
        return set()
    counts = Counter(
        found
        for lines in pages
        for found in {key(line.text) for index, line in enumerate(lines) if _at_edge(index, len(lines))}
        if found
    )
    return {found for found, count in counts.items() if count >= _RUNNING_MIN_PAGES}


def _capital_opening(text: str) -> str:
    """The first two words (numbers as #) of a line of at least three words written in capitals, else ""."""
    words = text.split()
    letters = [char for char in text if char.isalpha()]
    if len(words) < _CAPITAL_HEAD_MIN_WORDS or not letters or sum(char.isupper() for char in letters) < _CAPITALS * len(letters):
        return ""
    return _shape(" ".join(words[:2]))


def _at_edge(index: int, count: int) -> bool:
    return index < _EDGE_LINES or index >= count - _EDGE_LINES


def _at_page_edge(blocks: list[Block], index: int) -> bool:
    """The first or last block of its page."""
    page = blocks[index].page
    return index == 0 or index == len(blocks) - 1 or blocks[index - 1].page != page or blocks[index + 1].page != page


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text)
