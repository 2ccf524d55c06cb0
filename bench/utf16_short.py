"""Short UTF-16 without a byte-order mark: how many CJK strings are read, how many Latin ones misread.

The strings are the translations in the gettext catalogues (.mo) under a locale folder
(default /usr/share/locale): Chinese and Japanese ones of 6-63 characters are encoded as
UTF-16-LE and -BE and must decode back; Latin-script ones in Windows-1252 that are not UTF-8
must not be read as UTF-16. Prints one line per set: read, tried and the share.

    python bench/utf16_short.py [--locales /usr/share/locale] [--limit N]
"""

from __future__ import annotations

import argparse
import gettext
from pathlib import Path

from askdoc.documents.decoding import decode_text
from askdoc.documents.utf16_short import MIN_CHARACTERS, SHORT_BYTES

CJK = ("zh_CN", "zh_TW", "ja")
LATIN = ("fr", "de", "es", "pt", "pt_BR", "it", "nl", "sv", "da", "pl", "cs")


def translations(locales: Path, languages: tuple[str, ...], limit: int) -> list[str]:
    """Every one-line translation in the catalogues of ``languages``, at most ``limit``."""
    found: list[str] = []
    for language in languages:
        for catalogue in sorted((locales / language / "LC_MESSAGES").glob("*.mo")):
            try:
                with open(catalogue, "rb") as file:
                    entries = gettext.GNUTranslations(file)._catalog  # type: ignore[attr-defined]
            except (OSError, ValueError):  # not a catalogue, or not in UTF-8
                continue
            found.extend(text for text in entries.values() if isinstance(text, str) and text.strip() and "\n" not in text)
            if len(found) >= limit:
                return found[:limit]
    return found


def cjk_read(strings: list[str]) -> tuple[int, int]:
    tried = read = 0
    for text in strings:
        if not MIN_CHARACTERS <= len(text) < SHORT_BYTES // 2 or any(ord(char) < 0x100 for char in text):
            continue
        for codec in ("utf-16-le", "utf-16-be"):
            tried += 1
            read += _decoded(text.encode(codec)) == text
    return read, tried


def latin_misread(strings: list[str]) -> tuple[int, int]:
    tried = misread = 0
    for text in strings:
        raw = windows_1252_only(text)
        if raw is None or len(raw) >= SHORT_BYTES:
            continue
        tried += 1
        misread += _decoded(raw) != text
    return misread, tried


def windows_1252_only(text: str) -> bytes | None:
    """``text`` in Windows-1252 when it has that encoding and is not also UTF-8; else None."""
    try:
        raw = text.encode("cp1252")
        raw.decode("utf-8")
    except UnicodeEncodeError:
        return None
    except UnicodeDecodeError:
        return raw
    return None


def _decoded(raw: bytes) -> str | None:
    try:
        return decode_text(raw, "bench.txt")
    except Exception:
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--locales", type=Path, default=Path("/usr/share/locale"))
    parser.add_argument("--limit", type=int, default=10**7, help="At most this many strings of each set.")
    options = parser.parse_args()
    read, tried = cjk_read(translations(options.locales, CJK, options.limit))
    print(f"CJK UTF-16 read: {read}/{tried} = {read / max(tried, 1):.4f}")
    misread, tried = latin_misread(translations(options.locales, LATIN, options.limit))
    print(f"Windows-1252 misread as UTF-16: {misread}/{tried} = {misread / max(tried, 1):.5f}")


if __name__ == "__main__":
    main()
