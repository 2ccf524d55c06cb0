"""UTF-16 without a byte-order mark in non-Latin scripts is read by content; Latin-1 and UTF-8 are read as before."""

from __future__ import annotations

import pytest

from askdoc.documents.decoding import decode_text
from askdoc.documents.utf16_script import utf16_by_script
from askdoc.locations import bundled_article

CHINESE = (
    "中华人民共和国是位于东亚的社会主义国家，首都为北京。全国共划分为二十三个省、五个自治区、四个直辖市和两个特别行政区。\n"
    "人口约十四亿，是世界上人口第二多的国家。长江是中国最长的河流。\n"
)
CYRILLIC = "Москва — столица России, крупнейший по численности населения город страны.\n"
GREEK = "Η Αθήνα είναι η πρωτεύουσα της Ελλάδας και μια από τις αρχαιότερες πόλεις.\n"
LATIN = {
    "French": "L'été dernier, nous sommes allés à la plage près de Nîmes; c'était très agréable.\n",
    "German": "Die Straße führt über die Brücke zum schönen Marktplatz in München.\n",
    "curly quotes": "\u201cIt\u2019s late,\u201d she said \u2014 and left.\n",
}


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [CHINESE, CHINESE * 40, CHINESE.replace("\n", ""), CYRILLIC * 5, GREEK * 5])
def test_utf16_without_a_mark_is_read_by_its_script(text: str, codec: str) -> None:
    assert decode_text(text.encode(codec), "notes.txt") == text


@pytest.mark.parametrize("text", [*LATIN.values(), CHINESE, CYRILLIC])
@pytest.mark.parametrize("repeat", [1, 3, 100])
def test_windows_1252_and_utf8_are_never_taken_for_utf16(text: str, repeat: int) -> None:
    text *= repeat
    assert decode_text(text.encode("utf-8"), "notes.txt") == text
    if all(ord(char) < 0x100 or char in "\u201c\u201d\u2019\u2014" for char in text):
        assert decode_text(text.encode("cp1252"), "notes.txt") == text


def test_the_article_in_windows_1252_is_not_utf16() -> None:
    raw = bundled_article().read_text(encoding="utf-8").encode("cp1252", errors="replace")
    assert utf16_by_script(raw[:8192]) is None
    assert utf16_by_script(raw[1:8193]) is None


def test_utf8_with_a_bad_byte_stays_utf8() -> None:
    raw = CHINESE.encode("utf-8") + b"\xff" + CHINESE.encode("utf-8")
    assert decode_text(raw, "notes.txt") == CHINESE + "\ufffd" + CHINESE


def test_one_ambiguous_ideograph_run_is_not_guessed() -> None:
    """一 (U+4E00) read the other way is N: both readings are text of one script, so neither is chosen."""
    assert utf16_by_script(("一" * 50).encode("utf-16-le")) is None
