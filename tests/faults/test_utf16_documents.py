"""UTF-16 Chinese without a byte-order mark is read, not refused as binary (it was, before issue 15),
short texts too (fewer than 64 characters and no newline, so no zero byte), and Latin text or
binary bytes are not taken for it."""

from __future__ import annotations

import sys
import zlib
from pathlib import Path

import pytest

from askdoc.documents.decoding import decode_text
from askdoc.documents.loader import load_document
from askdoc.documents.utf16_script import utf16_by_script
from askdoc.documents.utf16_short import short_utf16

pytestmark = pytest.mark.slow  # fault tests

CHINESE = "长江是中国最长的河流，全长约六千三百公里。\n它流经十一个省、自治区和直辖市，最后注入东海。\n"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_chinese_utf16_without_a_mark_is_read(codec: str, tmp_path: Path, guard) -> None:
    path = tmp_path / "river.txt"
    path.write_bytes(CHINESE.encode(codec))
    guard.keep(path)
    assert load_document(path).text.split() == CHINESE.split()


# The last is katakana alone, every byte printable Latin-1 ("0¤0ó0¹0È0ü0ë" read as UTF-16-BE).
SHORT = ["长江是中国最长的河流。", "北京是中华人民共和国的首都", "東京は日本の首都です。", "“你好”，世界……再见", "インストール"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", SHORT)
def test_short_chinese_utf16_without_a_mark_is_read(text: str, codec: str, tmp_path: Path, guard) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes(text.encode(codec))
    guard.keep(path)
    assert load_document(path).text.strip() == text


@pytest.mark.parametrize(
    "text",
    # The last one read as UTF-16-BE is wavy dashes and double hyphens: punctuation, no ideograph.
    ["Télimélé", "résumé été", "Kénédougou", "déjà-vu du café crème", "Größenverhältnisse", "000000\xa00\xa00\xa0000"],
)
def test_short_windows_1252_is_not_taken_for_utf16(text: str) -> None:
    raw = text.encode("cp1252")
    assert short_utf16(raw) is None and utf16_by_script(raw) is None
    assert decode_text(raw, "short.txt") == text


def test_short_binary_is_not_taken_for_utf16() -> None:
    """Compressed bytes look random; slices of the Python program hold zero bytes and machine code."""
    program = Path(sys.executable).resolve().read_bytes()
    samples = [zlib.compress(CHINESE.encode("utf-16-le") * n)[2:][:size] for n in (1, 3) for size in (40, 64, 100, 126)]
    samples += [program[offset : offset + 64] for offset in range(4096, 4096 + 64 * 50, 64)]
    assert [sample for sample in samples if short_utf16(sample) is not None] == []
