"""Which passages may be quoted: furniture (copyright, share prompts, navigation) only when asked about, and a
byline or dateline only when the question is about who wrote the text or when.

The hook for the composers: ``quotable_ids`` is applied to retrieval's candidates, so no
composer sees a furniture passage unless the question is about what furniture says
("Can I republish this article?", "Who holds the copyright?").
"""

from __future__ import annotations

import re

import numpy as np

from askdoc.index.store import DocumentIndex

_ABOUT_FURNITURE = re.compile(
    r"\b(copyright|licen[cs](e[ds]?|ing)|republish|reprint|repost|cross-?post|permission|disclaim\w*|fair use|"
    r"original(ly)? (source|published)|first published|share|comment|subscribe|member(ship)?|newsletter|"
    r"image|photo|picture|credit|contact|inquir\w*|reproduce|navigation|table of contents)\b",
    re.IGNORECASE,
)


# A byline or dateline block ("Written by Ian A. Murdock / Revised 01/06/94") answers who wrote the text and when;
# quoted for anything else it is a name that matched ("Does Murdock think SLS is well maintained?", eval/dev/articles
# fit half b12, a11).
_ABOUT_WRITING = re.compile(r"\b(who|author\w*|wr[io]te|written|writer|by whom|when|date[ds]?|published|posted|revised)\b", re.I)


def wants_furniture(question: str) -> bool:
    """True when the question is about what furniture says (rights, sharing, credits, contacts)."""
    return bool(_ABOUT_FURNITURE.search(question))


def quotable_ids(index: DocumentIndex, candidates: np.ndarray, question: str) -> np.ndarray:
    """``candidates`` without furniture passages (nor bylines, unless the question asks who wrote it or when), unless
    the question asks about furniture (or nothing else is left)."""
    if wants_furniture(question):
        return candidates
    hidden = {"furniture"} if _ABOUT_WRITING.search(question) else {"furniture", "metadata"}
    kept = np.array([i for i in candidates if index.chunks[int(i)].role not in hidden], dtype=np.int64)
    return kept if len(kept) else candidates
