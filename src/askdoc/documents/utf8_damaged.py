"""UTF-8 with a few bad bytes, told from Windows-1252 by how many good multi-byte characters it has and their script.

Windows-1252 (or Latin-1) text rarely has two high bytes in a row, so it seldom decodes as
UTF-8; but a short run of accented letters and symbols can pair up by chance into several
good multi-byte characters with one bad byte left over ('ì´²R§@ÔµÕ¯.Ç±l' reads as
'촲R\ufffd@Եկ.Ǳl'). Such chance characters come from many scripts (Hangul, Armenian, Latin
Extended), while real text has its non-ASCII letters in one script.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

from askdoc.documents.utf16_script import _script

# At most one bad byte per thousand (at least one), four good multi-byte characters for each:
# Windows-1252 text whose high bytes pair up once stays Windows-1252 (property test).
_BAD_PER_BYTE = 1000
_GOOD_PER_BAD = 4
# Most of the non-ASCII letters in one script, and none of the good characters unassigned, private-use
# or C1 controls, which chance characters often are. bench/damaged_utf8.py (gettext translations in
# 26 languages, 1-32 lines a file) with one stray byte: read as UTF-8 0.5316 -> 0.5297 under 64 bytes,
# 0.8352 -> 0.8348 from 64 bytes, with these rules at 0.8 (0.5220 and 0.8321 at 0.9); its Windows-1252
# files are misread as UTF-8 neither way. Chance UTF-8 made of Latin-1 bytes with one bad byte that
# the count rules let through (60,177 of 100,000): 2,747 pass at 0.8, 1,414 with the categories too.
_SCRIPT_SHARE = 0.8
_BAD_CATEGORIES = frozenset({"Cc", "Cn", "Co"})


def damaged_utf8(raw: bytes) -> str | None:
    """``raw`` decoded as UTF-8 with U+FFFD for its bad bytes when it is UTF-8 with a few of them; else None."""
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    wide = [char for char in text if ord(char) > 0x7F and char != "\ufffd"]
    if bad > max(1, len(raw) // _BAD_PER_BYTE) or len(wide) < _GOOD_PER_BAD * bad:
        return None
    if any(unicodedata.category(char) in _BAD_CATEGORIES for char in wide):
        return None
    scripts = Counter(_script(char) for char in wide if char.isalpha())
    if scripts and scripts.most_common(1)[0][1] < _SCRIPT_SHARE * sum(scripts.values()):
        return None
    return text
