"""Running heads that carry the page's printed number ("Chapter 2: ASN.1 structure handling 3").

A head that changes with each chapter repeats on too few pages for the repeated-line rule of
pdf.py when the chapter is short (libtasn1.pdf: chapter 2 spans two pages), but its number moves
in step with the page: an edge line ending in a number N on PDF page P, where P - N is the same
for at least three pages, is a running head. Front matter numbered in roman numerals ("Debian New
Maintainers' Guide iii") runs at a shift of its own, so each shift held by three pages counts.
"""

from __future__ import annotations

import re
from collections import Counter

_FOLIO = re.compile(r"[A-Za-z].*\s(\d{1,4}|[ivxlc]{1,7})$")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_MIN_PAGES = 3


def folio_lines(pages: list[list[str]], edge: int) -> set[tuple[int, int]]:
    """(page index, line index) of the edge lines that end in the page's printed number."""
    candidates: dict[tuple[int, int], int] = {}
    for page, lines in enumerate(pages):
        for index in {*range(min(edge, len(lines))), *range(max(len(lines) - edge, 0), len(lines))}:
            match = _FOLIO.match(lines[index].strip())
            if match:
                candidates[page, index] = page - _number(match.group(1))
    shifts = Counter(offset for _, offset in {(page, offset) for (page, _), offset in candidates.items()})
    return {key for key, offset in candidates.items() if shifts[offset] >= _MIN_PAGES}


def _number(folio: str) -> int:
    """The value of an arabic or lower-case roman page number."""
    if folio.isdigit():
        return int(folio)
    values = [_ROMAN[c] for c in folio]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
