"""Term analysis shared by BM25, the composer, follow-up detection and the LLM check."""

from __future__ import annotations

import re
from functools import lru_cache

from askdoc.locations import stopwords_file

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    text = stopwords_file().read_text(encoding="utf-8")
    return frozenset(text.split())


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


def analyze(text: str) -> list[str]:
    """Lower-case words, stopwords dropped, Snowball-stemmed: the terms BM25 counts."""
    stop = _stopwords()
    words = [word.replace("’", "'") for word in _WORD.findall(text.lower())]
    return _stemmer().stemWords([word for word in words if word not in stop])
