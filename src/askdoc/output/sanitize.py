"""The output boundary: every string shown on a terminal passes :func:`sanitize`; `--json` passes :func:`json_text`.

A document, a file name or an endpoint can hold bytes a terminal obeys: ESC sequences (CSI
``ESC[2J`` clears the screen, OSC ``ESC]0;…BEL`` retitles the window, ``ESC c`` resets it),
their one-byte C1 forms (``\\x9b``), and other C0 controls (backspace, carriage return).
:func:`sanitize` removes them all but newline and tab, and shows bidirectional overrides
(which reorder what the reader sees) as visible ``<U+202E>`` marks. Documents keep their text;
only what is displayed is cleaned.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from itertools import pairwise

# ESC [ … final byte (CSI); ESC ] / P / X / ^ / _ … up to BEL or ST (OSC, DCS, SOS, PM, APC); ESC and one more byte
# (ESC c, ESC 7, ESC ( B …); and the same introducers as single C1 bytes.
_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?"
    r"|(?:\x1b[\]PX^_]|[\x9d\x90\x98\x9e\x9f])[^\x07\x1b\x9c]{0,512}(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[\x20-\x2f]*[\x30-\x7e]?"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def sanitize(text: str) -> str:
    """``text`` safe to print: escape sequences and controls (but newline and tab) removed, bidi overrides visible."""
    text = _CONTROL.sub("", _SEQUENCE.sub("", text))
    return _BIDI.sub(lambda match: f"<U+{ord(match.group()):04X}>", text)


def sanitize_segments(text: str, cuts: Iterable[int]) -> list[tuple[int, str]]:
    """``text`` cut at the offsets ``cuts``: each piece's start in ``text`` and the piece sanitised.

    Styles given by offsets into the raw text (quoted sentences) are applied piece by piece, so they still line up.
    """
    edges = sorted({0, len(text), *(cut for cut in cuts if 0 < cut < len(text))})
    return [(start, sanitize(text[start:end])) for start, end in pairwise(edges)]


def json_text(value: object) -> str:
    """``value`` as one line of JSON in which every control, C1 and bidi character is a ``\\u`` escape."""
    text = json.dumps(value, ensure_ascii=False)
    return _JSON_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
