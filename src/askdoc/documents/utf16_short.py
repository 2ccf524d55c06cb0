"""Short Chinese or Japanese UTF-16 without a byte-order mark (fewer than 64 characters), told by content.

Too short for askdoc.documents.utf16_script's share of one script, such a file is taken as
UTF-16 only when all of these hold: its length is even and it decodes strictly (no broken
surrogate pair); every visible character is a CJK ideograph, kana, or CJK, full-width or
general punctuation, and at least half are ideographs or kana; the other byte order reads
neither so nor as letters of one script; and few of its code units are two printable ASCII
bytes. The last rule is what tells Latin text in Windows-1252 apart: "résumé"
read as UTF-16-BE is three ideographs, but every code unit of it but the accented ones is two
ASCII letters, while a Chinese code unit is that only about one time in five.

Two more rules tell random Latin-1 apart, as tests/test_properties.py draws it: unassigned code
points and CJK Extension A ideographs (U+3400-U+4DBF, rare in text, and what "4"-"9", ":"-"@"
or "A"-"M" before any byte reads as in UTF-16-BE) are not CJK text; and when every byte is
printable Latin-1, so the bytes read as clean Latin-1 text too, the reading needs 8 characters,
not 6, unless it is kana alone (every code unit's high byte 0x30, "0" in Latin-1): katakana
words such as "ダウンロード" are all printable Latin-1 ("0À0¦0ó0í0ü0É") and common.
"""

from __future__ import annotations

import unicodedata

# Measured by bench/utf16_short.py on the gettext catalogues of this machine's Debian packages:
# Chinese and Japanese strings of 6-63 characters in both byte orders were read 46,745 times in
# 48,894 (95.6%; 2.9% before these rules), and of 148,113 French, German, Spanish, Portuguese,
# Italian, Dutch, Nordic, Polish and Czech strings in Windows-1252 that are not UTF-8, 6 were
# misread (1 before). At 5 characters 10 Latin ones were misread, at 4, 171; an ASCII share of
# 0.67 misread 69. Shorter strings stay unread: "Boké" is two ideographs either way. Random
# bytes passed 33 times in 200,000 tries of 12-127 bytes, all of them 20 bytes or fewer.
MIN_CHARACTERS = 6
# At least half the visible characters are ideographs or kana: "000000\xa00\xa0…" in Latin-1 read
# as UTF-16-BE is wavy dashes and double hyphens only (tests/test_properties.py found it). The
# same bench reads the same 46,745 CJK strings with this rule, and misreads the same 6 Latin ones.
_LETTER_SHARE = 0.5
_ASCII_UNIT_SHARE = 0.6
# Below this many bytes the sample is the whole file and utf16_script's rules need more text.
SHORT_BYTES = 128
# CJK symbols and kana; full-width forms. Not U+3030-U+303F (wavy dash, vertical repeat marks, Hangzhou numerals):
# rare in text, they are what two ASCII digits read as UTF-16-BE ("00" is U+3030), and with a kana "0¡" (U+30A1)
# Latin-1 digits passed as Japanese ("0000000¡0¡0¡" read "〰〰〰ァァァ", tests/test_properties.py). bench/utf16_short.py
# reads the same 46,745 CJK strings without them and misreads the same 6 Latin ones.
_PUNCTUATION_BLOCKS = ((0x3000, 0x302F), (0x3040, 0x30FF), (0xFF00, 0xFFEF))
_GENERAL_PUNCTUATION = (0x2010, 0x2027)  # dashes, curly quotes, the ellipsis
# No string of the CJK catalogues has an Extension A ideograph; 39 of the 42 Latin-1 strings that askdoc misread in
# 200,000 drawn as tests/test_properties.py draws them had one (CI found "0@0@0\xa00¡400A0¡", read "\u3040\u3040゠ァ㐰ぁァ",
# whose U+3040 is unassigned). Leaving out both, bench/utf16_short.py reads the same 46,745 CJK strings.
_EXTENSION_A = (0x3400, 0x4DBF)
# Every byte printable Latin-1 (no C0 or C1 control): 90% of the CJK readings have a control byte, random Latin-1
# never. With Extension A left out, 11 of 600,000 drawn Latin-1 strings were still read as UTF-16, all 6 or 7
# ideographs of printable bytes. Needing 8 characters then, none is (7: 1); bench/utf16_short.py reads 46,365 CJK
# strings of 48,894 (46,745 before; 7: 46,511) and misreads 4 Windows-1252 ones instead of 6 (7: 6).
_MIN_PRINTABLE_CHARACTERS = 8
_PRINTABLE_LATIN_1 = frozenset(range(0x20, 0x7F)) | frozenset(range(0xA0, 0x100))
_KANA_HIGH_BYTE = 0x30


def short_utf16(sample: bytes) -> str | None:
    """utf-16-le or utf-16-be when ``sample``, a whole short file, reads as CJK text in that order alone; else None."""
    if not MIN_CHARACTERS * 2 <= len(sample) < SHORT_BYTES or len(sample) % 2 or _ascii_unit_share(sample) >= _ASCII_UNIT_SHARE:
        return None
    readings = {codec: _visible(sample, codec) for codec in ("utf-16-le", "utf-16-be")}
    cjk = [codec for codec, text in readings.items() if _cjk_text(text)]
    if len(cjk) != 1 or any(_one_script(text) for codec, text in readings.items() if codec != cjk[0]):
        return None
    if len(sample) < 2 * _MIN_PRINTABLE_CHARACTERS and _printable_latin_1(sample) and not _kana_only(sample, cjk[0]):
        return None
    return cjk[0]


def _printable_latin_1(sample: bytes) -> bool:
    return all(byte in _PRINTABLE_LATIN_1 for byte in sample)


def _kana_only(sample: bytes, codec: str) -> bool:
    """Whether every code unit of ``sample`` in ``codec`` has the kana block's high byte."""
    high = sample[0::2] if codec == "utf-16-be" else sample[1::2]
    return all(byte == _KANA_HIGH_BYTE for byte in high)


def _ascii_unit_share(sample: bytes) -> float:
    units = [sample[i : i + 2] for i in range(0, len(sample), 2)]
    return sum(1 for unit in units if all(0x20 <= byte < 0x7F for byte in unit)) / len(units)


def _visible(sample: bytes, codec: str) -> str | None:
    """The characters of ``sample`` read in ``codec``, spaces left out; None when it does not decode."""
    try:
        return "".join(sample.decode(codec).split())
    except UnicodeDecodeError:
        return None


def _cjk_text(text: str | None) -> bool:
    if text is None or len(text) < MIN_CHARACTERS or not all(_cjk_character(char) for char in text):
        return False
    return sum(char.isalpha() for char in text) >= _LETTER_SHARE * len(text)


def _one_script(text: str | None) -> bool:
    """Whether ``text`` is all letters of one script, as 一一一 read the other way is NNN: then neither is chosen."""
    if not text or not all(char.isalpha() for char in text):
        return False
    return len({unicodedata.name(char, "?").split()[0] for char in text}) == 1


def _cjk_character(char: str) -> bool:
    code = ord(char)
    if unicodedata.category(char) == "Cn" or _EXTENSION_A[0] <= code <= _EXTENSION_A[1]:
        return False
    if any(low <= code <= high for low, high in _PUNCTUATION_BLOCKS):
        return True
    if _GENERAL_PUNCTUATION[0] <= code <= _GENERAL_PUNCTUATION[1]:
        return unicodedata.category(char).startswith("P")
    name = unicodedata.name(char, "")
    return char.isalpha() and name.startswith(("CJK ", "HIRAGANA ", "KATAKANA "))
