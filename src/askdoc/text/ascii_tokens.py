"""cl100k_base token counts of ASCII text in Python, for the few texts a re-index counts anew.

tiktoken takes 0.15 s to build its tables in every process, more than counting the dozen new
texts of an edited paragraph costs here. On ASCII text, cl100k's pattern needs no Unicode
classes (letters are A-Z and a-z, numbers 0-9, white space Rust's six), so Python's re splits it
as tiktoken does, and each piece is merged by tiktoken's rule: a piece that is a token is one;
otherwise the adjacent pair whose join ranks lowest merges first, the leftmost on a tie.
tests/test_ascii_tokens.py checks the counts against tiktoken's on every text of the real
documents and on random ASCII.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_SPACE = r"\t\n\x0b\x0c\r "
# cl100k_base's pattern with \p{L}, \p{N} and \s spelled out for ASCII, and $ as \Z (Rust's $
# without multi-line mode is the end of the text; Python's $ also matches before a final newline).
_PIECE = re.compile(
    r"'(?i:[sdmt]|ll|ve|re)"
    r"|[^\r\nA-Za-z0-9]?+[A-Za-z]++"
    r"|[0-9]{1,3}+"
    rf"| ?[^{_SPACE}A-Za-z0-9]++[\r\n]*+"
    rf"|[{_SPACE}]++\Z"
    rf"|[{_SPACE}]*[\r\n]"
    rf"|[{_SPACE}]+(?![^{_SPACE}])"
    rf"|[{_SPACE}]"
)


def count_ascii_tokens(text: str, ranks: Mapping[bytes, int]) -> int:
    """How many tokens tiktoken gives ``text`` (ASCII only) with the mergeable ``ranks``."""
    total = 0
    for piece in _PIECE.findall(text):
        data = piece.encode("ascii")
        total += 1 if data in ranks else _merged_parts(data, ranks)
    return total


def _merged_parts(data: bytes, ranks: Mapping[bytes, int]) -> int:
    """The number of tokens byte-pair merging leaves of ``data``."""
    parts = [data[i : i + 1] for i in range(len(data))]
    while len(parts) > 1:
        best, where = None, -1
        for i in range(len(parts) - 1):
            rank = ranks.get(parts[i] + parts[i + 1])
            if rank is not None and (best is None or rank < best):
                best, where = rank, i
        if best is None:
            break
        parts[where : where + 2] = [parts[where] + parts[where + 1]]
    return len(parts)
