"""A sentence that itself asks a question is quoted only when no other candidate is left.

Essays and FAQs raise the reader's question before answering it ("The number one question people ask us
is: Where can I find a co-founder?"); such a sentence shares the question's words, so the ranker puts it
first, but it answers nothing. The asking sentences keep their order among themselves, behind the others;
the confidence, read from the answerability model's best probability, is unchanged.
"""

from __future__ import annotations

import re

from askdoc.answer.answerability import Candidate

# A sentence ending in a question mark, before any closing quote or bracket.
_ASKS = re.compile(r"\?[\"'”’)\]]*\s*$")


def asking_last(text: str, ranked: list[Candidate]) -> list[Candidate]:
    """``ranked`` with the candidates whose sentence asks a question moved behind the others."""
    asking = [c for c in ranked if _ASKS.search(text[c.span.start : c.span.end])]
    if not asking or len(asking) == len(ranked):
        return ranked
    return [c for c in ranked if c not in asking] + asking
