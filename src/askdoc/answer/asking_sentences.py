"""A sentence that asks what the reader asks is quoted only when no other candidate is left.

Essays and FAQs raise the reader's question before answering it ("The number one question people ask us
is: Where can I find a co-founder?" for "Where is the best place to find a co-founder?"); such a
sentence shares the question's words, so the ranker puts it first, but it answers nothing. Only a
sentence asking with the reader's own question word is moved: a rhetorical question that tells of
something else ("… will the African Leaders … speak out for the sexual minorities …?" for "Why does the post
bring up the UN?") may be the answer (eval/dev/why.jsonl w48). The moved sentences keep their order among
themselves, behind the others; the confidence, read from the answerability model's best probability, is
unchanged.
"""

from __future__ import annotations

import re

from askdoc.answer.answerability import Candidate

# A sentence ending in a question mark, before any closing quote or bracket.
_ASKS = re.compile(r"\?[\"'”’)\]]*\s*$")
_QUESTION_WORD = re.compile(r"\b(what|why|how|where|when|who|whom|whose|which)\b", re.I)


def asking_last(text: str, question: str, ranked: list[Candidate]) -> list[Candidate]:
    """``ranked`` with the candidates that ask with ``question``'s own question word moved behind the others."""
    asked = _QUESTION_WORD.search(question)
    if asked is None:
        return ranked
    word = asked.group(1).lower()
    asking = [c for c in ranked if _asks_with(text[c.span.start : c.span.end], word)]
    if not asking or len(asking) == len(ranked):
        return ranked
    return [c for c in ranked if c not in asking] + asking


def _asks_with(sentence: str, word: str) -> bool:
    """Whether ``sentence`` is a question whose asking part (after a colon, if any) uses ``word``."""
    if not _ASKS.search(sentence):
        return False
    asking = sentence.rsplit(":", 1)[-1]
    return any(m.group(1).lower() == word for m in _QUESTION_WORD.finditer(asking))
