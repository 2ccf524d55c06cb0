"""The sentence a summary opens with: the one that says what the document is about.

A reader expects a summary's first sentence to state the topic or thesis, not the first
event of the story. Candidates are the document's prose sentences (``is_prose``: a full
sentence, not a code line, an option name or a heading-like fragment); the ways of picking
one are kept so bench/summaries.py --real can compare them on documents with a reference
gist, and ``LEAD`` is the one it chose:

- ``first``: the first prose sentence;
- ``centroid``: the prose sentence closest to the mean of all of them;
- ``early_centroid``: the one closest to that mean among the first ``EARLY`` prose sentences;
- ``early_textrank``: the best TextRank sentence among the first ``EARLY``;
- ``conclusion``: among the first ``EARLY``, the one closest to the document's last sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from askdoc.answer.document_sentences import IndexedSentence
from askdoc.answer.textrank import textrank_scores

# bench/summaries.py --real (10 real documents with a reference gist, the bundled article left
# out): the figures are in its docstring.
LEAD = "first"
# The compared alternatives look at the first EARLY prose sentences and the last CLOSING ones
# (not tuned: the chosen lead uses neither).
EARLY = 10
CLOSING = 3
# The same bench, key-point coverage of the summary: 4 words .77, 6 words .80, 8 words .77.
MIN_WORDS = 6
_ENDS = re.compile(r"[.!?][\"”’')\]]*$")
_OPENS = re.compile(r"^[\"“‘'(]?[A-Za-z]")
_CODE = re.compile(r"[{}|<>$=_]|\[-|>>>|\.\.\.\]")
# A question ("Why not start a startup while you're in college?") raises a point, a sentence wholly in brackets
# ("(This essay is derived from a talk at MIT.)") sets one aside: neither states one.
_ASIDE = re.compile(r"^.*\?[\"”’')\]]*$|^\(.*\)$", re.S)


def is_prose(text: str) -> bool:
    """Whether ``text`` reads as a full sentence that states something: six words or more, opens with a letter, ends
    like a sentence but not as a question, is not wholly in brackets, and is mostly letters (not a command line, an
    option name or a table row)."""
    words = text.split()
    if _ASIDE.match(text.strip()):
        return False
    if len(words) < MIN_WORDS or not _OPENS.match(text) or not _ENDS.search(text.rstrip()) or _CODE.search(text):
        return False
    letters = sum(c.isalpha() or c.isspace() for c in text)
    return letters >= 0.8 * len(text)


def lead_index(vectors: np.ndarray, method: str = LEAD) -> int:
    """The position, among prose sentences with unit ``vectors`` in document order, of the one to open with."""
    return _LEADS[method](vectors)


def prose_sentences(sentences: list[IndexedSentence], texts: list[str]) -> list[IndexedSentence]:
    """The sentences whose text is prose; all of them when none is (a document of code or option lists)."""
    chosen = [s for s, text in zip(sentences, texts, strict=True) if is_prose(text)]
    return chosen or sentences


def _first(vectors: np.ndarray) -> int:
    return 0


def _closest(vectors: np.ndarray, target: np.ndarray, among: int) -> int:
    return int(np.argmax(vectors[:among] @ (target / (np.linalg.norm(target) or 1.0))))


def _centroid(vectors: np.ndarray) -> int:
    return _closest(vectors, vectors.mean(axis=0), len(vectors))


def _early_centroid(vectors: np.ndarray) -> int:
    return _closest(vectors, vectors.mean(axis=0), EARLY)


def _early_textrank(vectors: np.ndarray) -> int:
    return int(np.argmax(textrank_scores(vectors)[:EARLY]))


def _conclusion(vectors: np.ndarray) -> int:
    return _closest(vectors, vectors[-CLOSING:].mean(axis=0), min(EARLY, max(1, len(vectors) - CLOSING)))


_LEADS: dict[str, Callable[[np.ndarray], int]] = {
    "first": _first,
    "centroid": _centroid,
    "early_centroid": _early_centroid,
    "early_textrank": _early_textrank,
    "conclusion": _conclusion,
}
