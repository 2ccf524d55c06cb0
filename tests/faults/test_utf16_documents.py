"""UTF-16 Chinese without a byte-order mark is read, not refused as binary (it was, before issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from askdoc.documents.loader import load_document

pytestmark = pytest.mark.slow  # fault tests

CHINESE = "长江是中国最长的河流，全长约六千三百公里。\n它流经十一个省、自治区和直辖市，最后注入东海。\n"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_chinese_utf16_without_a_mark_is_read(codec: str, tmp_path: Path, guard) -> None:
    path = tmp_path / "river.txt"
    path.write_bytes(CHINESE.encode(codec))
    guard.keep(path)
    assert load_document(path).text.split() == CHINESE.split()
