"""What every answer promises, whoever writes it: the composer, the LLM check, the eval and the chat.

DESIGN.md ("Contracts"): at most about 60 words for a fact, list or yes/no answer, each claim
followed by the ``[n]`` of its source, and a plain sentence when the document does not answer.
"""

from __future__ import annotations

import re

MAX_WORDS = 60
ABSTENTION_TEXT = "The document does not say. The closest passages are listed below."
MARKER = re.compile(r"\[(\d+)\]")
"""A citation marker ``[n]`` in an answer's text; group 1 is ``n``."""


def marker(n: int) -> str:
    """The marker citing source ``n``."""
    return f"[{n}]"


def without_markers(text: str) -> str:
    """The answer's words with its ``[n]`` markers taken out."""
    return MARKER.sub(" ", text)


_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen"
    " nineteen twenty"
)
NUMBER_WORDS: dict[str, int] = {word: value for value, word in enumerate(_UNITS.split())} | {
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
"""Numbers written as words: an answer's "eight" is the passage's "8"."""
MAGNITUDES: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12}
"""Words that multiply the number before them ("2 trillion")."""
