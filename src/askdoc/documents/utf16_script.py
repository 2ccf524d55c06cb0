"""UTF-16 without a byte-order mark, told by what it decodes to: text mostly in one script.

Text outside Latin scripts (Chinese, Cyrillic, Greek…) has few or no zero bytes in UTF-16, so
the zero-byte test in askdoc.documents.decoding misses it. Here the bytes are decoded both
ways; one reading must be clean (no unassigned, private, control or format characters, no
broken surrogate pairs) and mostly letters of one script, and the other reading must not be.
Bytes that are UTF-8 without a zero byte are never tried: ASCII decodes as UTF-16 to CJK
ideographs both ways, which the "not both readings" rule also refuses. (Cyrillic UTF-16 is
valid UTF-8 too, but has zero bytes: its spaces and newlines.) Shorter CJK text has rules of
its own (askdoc.documents.utf16_short).
"""

from __future__ import annotations

import codecs
import unicodedata
from collections import Counter

from askdoc.documents.utf16_short import short_utf16

# Measured on 8 KB samples (tests/test_utf16_script.py's texts and the bundled article): Chinese,
# Cyrillic and Greek UTF-16 read the right way have no bad character and 0.91-0.98 of their
# non-space characters in their script; read the wrong way they have 1.5-1.6% bad characters or
# do not decode; English, French and German Windows-1252 read as UTF-16 have 8-24% bad
# characters (or do not decode) and are 0.66-0.82 CJK both ways; Chinese UTF-8 has 33%.
_BAD_SHARE = 0.005
# A few code units prove nothing. UTF-16 text with a space or newline has a zero byte, which
# Windows-1252 text never has; without one, the evidence must be longer and stronger. Random
# Latin-1 strings (20,000 of 16-300 characters, and real words such as "résumé été Zürich año")
# were read as UTF-16 71 times with 16 characters and 0.6 and never with 64 and 0.8.
_MIN_CHARACTERS = 16
_MIN_CHARACTERS_WITHOUT_ZERO = 64
_SCRIPT_SHARE_WITHOUT_ZERO = 0.8
_SCRIPT_SHARE = 0.6
_BAD_CATEGORIES = frozenset({"Cc", "Cf", "Cn", "Co", "Cs"})
_SAME_SCRIPT = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "IDEOGRAPHIC": "CJK", "HALFWIDTH": "CJK"}


def utf16_by_script(sample: bytes) -> str | None:
    """The codec, utf-16-le or utf-16-be, in which alone ``sample`` reads as text of one script; else None."""
    if len(sample) < 4 or _is_utf8(sample):
        return None
    if codec := short_utf16(sample):
        return codec
    if 0 in sample:
        least, share = _MIN_CHARACTERS, _SCRIPT_SHARE
    else:
        least, share = _MIN_CHARACTERS_WITHOUT_ZERO, _SCRIPT_SHARE_WITHOUT_ZERO
    readings = [codec for codec in ("utf-16-le", "utf-16-be") if _one_script(_decode(sample, codec), least, share)]
    return readings[0] if len(readings) == 1 else None


def _is_utf8(sample: bytes) -> bool:
    if b"\x00" in sample:
        return False
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _decode(sample: bytes, codec: str) -> str | None:
    """The sample in ``codec``, a sequence cut at its end allowed; None when it does not decode."""
    try:
        return codecs.getincrementaldecoder(codec)().decode(sample, final=False)
    except UnicodeDecodeError:
        return None


def _one_script(text: str | None, least: int, share: float) -> bool:
    """Whether ``text`` has ``least`` visible characters, none bad, and ``share`` of them letters of one script."""
    if text is None:
        return False
    visible = [char for char in text if not char.isspace()]
    if len(visible) < least:
        return False
    bad = sum(1 for char in visible if unicodedata.category(char) in _BAD_CATEGORIES)
    if bad > _BAD_SHARE * len(visible):
        return False
    scripts = Counter(_script(char) for char in visible if char.isalpha())
    return bool(scripts) and scripts.most_common(1)[0][1] >= share * len(visible)


def _script(char: str) -> str:
    """The script a letter belongs to, from the first word of its Unicode name (CJK for kana too)."""
    word = unicodedata.name(char, "UNKNOWN").split()[0]
    return _SAME_SCRIPT.get(word, word)
