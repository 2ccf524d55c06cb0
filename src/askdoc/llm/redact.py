"""The redaction boundary: the API key taken out of every string an endpoint sends back.

The key is found in any letter case and split anywhere by up to a few characters of white
space, zero-width or markup characters (``sk-ab cd``, ``SK-ABCD``, ``s*k*-*a*b*c*d``), since a
model that repeats it may change either. Redaction runs before a string is cut, stored or
shown, so a cut never leaves the start of a key behind. Short keys (under 8 characters) are
matched only whole, in any case: a looser match would eat ordinary words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

REDACTED = "[redacted]"
_GAP_CLASS = r"[\s\u00ad\u200b-\u200f\u2060\ufeff*_`~'\"|.,:;-]"
_GAP_CHARS = 3
_GAP = re.compile(_GAP_CLASS)
_MIN_SPLIT_KEY = 8
_PREFIX_SHOWN = 4  # a reply that ends on this many characters of the key's start (cut there) ends on [redacted]


class Redactor:
    """Replaces the key (and so the ``Authorization`` value) in text; counts what it replaced."""

    def __init__(self, key: str | None):
        self.found = 0
        self._key = (key or "").lower()
        self._pattern = _key_pattern(key) if key else None

    def __call__(self, text: str) -> str:
        if self._pattern is None:
            return text
        redacted, count = self._pattern.subn(REDACTED, text)
        self.found += count
        return redacted

    def stream(self, deltas: Iterable[str]) -> Iterator[str]:
        """The deltas redacted as one text: a key split across deltas is caught; text is held back only while it may begin one."""
        if self._pattern is None:
            yield from deltas
            return
        pending = ""
        for delta in deltas:
            pending = self(pending + delta)
            cut = next((i for i in range(len(pending)) if self._may_begin_key(pending, i)), len(pending))
            if cut:
                yield pending[:cut]
            pending = pending[cut:]
        if pending:
            yield REDACTED if len(pending) >= _PREFIX_SHOWN and self._may_begin_key(pending, 0) else pending

    def _may_begin_key(self, text: str, start: int) -> bool:
        """Whether ``text[start:]`` is the beginning of the key (with the gaps a match allows) that more text may finish."""
        matched = gap = 0
        gaps = _GAP_CHARS if len(self._key) >= _MIN_SPLIT_KEY else 0
        for char in text[start:].lower():
            if matched < len(self._key) and char == self._key[matched]:
                matched, gap = matched + 1, 0
            elif matched and gap < gaps and _GAP.fullmatch(char):
                gap += 1
            else:
                return False
        return True


def _key_pattern(key: str) -> re.Pattern[str]:
    if len(key) < _MIN_SPLIT_KEY:
        return re.compile(re.escape(key), re.IGNORECASE)
    return re.compile(f"{_GAP_CLASS}{{0,{_GAP_CHARS}}}".join(re.escape(char) for char in key), re.IGNORECASE)
