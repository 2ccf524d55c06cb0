"""Which passages may be quoted: furniture (copyright, share prompts, navigation) only when asked about.

The hook for the composers: ``quotable_ids`` is applied to retrieval's candidates, so no
composer sees a furniture passage unless the question is about what furniture says
("Can I republish this article?", "Who holds the copyright?").
"""

from __future__ import annotations

import re

import numpy as np

from askdoc.index.store import DocumentIndex

_ABOUT_FURNITURE = re.compile(
    r"\b(copyright|licen[cs]e|republish|reprint|repost|cross-?post|permission|disclaim\w*|fair use|"
    r"original(ly)? (source|published)|first published|share|comment|subscribe|member(ship)?|newsletter|"
    r"image|photo|picture|credit|contact|inquir\w*|reproduce|navigation|table of contents)\b",
    re.IGNORECASE,
)


def wants_furniture(question: str) -> bool:
    """True when the question is about what furniture says (rights, sharing, credits, contacts)."""
    return bool(_ABOUT_FURNITURE.search(question))


def quotable_ids(index: DocumentIndex, candidates: np.ndarray, question: str) -> np.ndarray:
    """``candidates`` without furniture passages, unless the question asks about furniture (or nothing else is left)."""
    if wants_furniture(question):
        return candidates
    kept = np.array([i for i in candidates if index.chunks[int(i)].role != "furniture"], dtype=np.int64)
    return kept if len(kept) else candidates
