"""UTF-8 with one bad byte against Windows-1252: how much damaged UTF-8 stays UTF-8, how much Windows-1252 is misread.

Real text: the translations in the gettext catalogues (.mo) under a locale folder (default
/usr/share/locale), joined a few lines at a time into files of 1, 4 and 32 lines, per language.
Damaged UTF-8: each file in UTF-8 with one stray 0xFF byte put in, or one byte of a multi-byte
character cut out; it must decode as UTF-8 with U+FFFD for the bad byte. Windows-1252: the files in
Latin-script languages that are not UTF-8; they must decode back. Prints read or misread, tried and
the share, for files under 64 bytes and for longer ones.

    python bench/damaged_utf8.py [--locales /usr/share/locale] [--limit N]
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable, Iterator
from pathlib import Path

from askdoc.documents.decoding import decode_text
from utf16_short import LATIN, translations, windows_1252_only

OTHER = ("ru", "uk", "bg", "el", "he", "ar", "hi", "ja", "zh_CN", "zh_TW", "ko", "tr", "vi", "hu", "ro")
LINES = (1, 4, 32)
SHORT = 64


def files(locales: Path, languages: tuple[str, ...], limit: int) -> Iterator[str]:
    """The translations of each language joined ``LINES`` lines at a time."""
    for language in languages:
        strings = translations(locales, (language,), limit)
        for lines in LINES:
            for start in range(0, len(strings), lines):
                yield "\n".join(strings[start : start + lines]) + "\n"


def stray_byte(raw: bytes, rng: random.Random) -> bytes:
    text = raw.decode("utf-8")
    at = len(text[: rng.randrange(len(text) + 1)].encode("utf-8"))
    return raw[:at] + b"\xff" + raw[at:]


def cut_character(raw: bytes, rng: random.Random) -> bytes:
    leads = [at for at, byte in enumerate(raw) if byte >= 0xC0]
    at = rng.choice(leads)
    return raw[:at] + raw[at + 1 :]


def damaged_read(texts: list[str], damage: Callable[[bytes, random.Random], bytes]) -> dict[bool, list[int]]:
    rng = random.Random(0)
    counts = {True: [0, 0], False: [0, 0]}
    for text in texts:
        raw = text.encode("utf-8")
        if raw.isascii():
            continue
        broken = damage(raw, rng)
        count = counts[len(broken) < SHORT]
        count[1] += 1
        count[0] += _decoded(broken) == broken.decode("utf-8", errors="replace")
    return counts


def windows_1252_misread(texts: list[str]) -> dict[bool, list[int]]:
    counts = {True: [0, 0], False: [0, 0]}
    for text in texts:
        raw = windows_1252_only(text)
        if raw is None:
            continue
        count = counts[len(raw) < SHORT]
        count[1] += 1
        count[0] += _decoded(raw) != text
    return counts


def _decoded(raw: bytes) -> str | None:
    try:
        return decode_text(raw, "bench.txt")
    except Exception:
        return None


def _print(label: str, counts: dict[bool, list[int]]) -> None:
    for short in (True, False):
        done, tried = counts[short]
        size = f"under {SHORT} bytes" if short else f"{SHORT} bytes or more"
        print(f"{label}, {size}: {done}/{tried} = {done / max(tried, 1):.4f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--locales", type=Path, default=Path("/usr/share/locale"))
    parser.add_argument("--limit", type=int, default=20000, help="At most this many strings of each language.")
    options = parser.parse_args()
    latin = list(files(options.locales, LATIN, options.limit))
    every = latin + list(files(options.locales, OTHER, options.limit))
    _print("UTF-8 with a stray byte read as UTF-8", damaged_read(every, stray_byte))
    _print("UTF-8 with a cut character read as UTF-8", damaged_read(every, cut_character))
    _print("Windows-1252 misread", windows_1252_misread(latin))


if __name__ == "__main__":
    main()
