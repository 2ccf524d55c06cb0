"""The sentences that carry on from an answering sentence: what it introduces, and what adds to it.

A sentence that ends with a colon introduces what follows ("Paulo Teixeira … stresses:", "He gives
reasons for his refusal:"): the next sentences of the document (up to ``INTRODUCED``) are its content.
A sentence that opens by adding to the one before ("Also killed was …", "In addition, …",
"Another …") names one more item of the same kind, so it follows its predecessor into a list; one
that carries on a reported statement ("He added that …") brings the rest of what was said.
Furniture (page headers, share prompts) is passed over. A sentence that opens by pointing back
("This is because …", "These soldiers …") needs the one before it in its passage: on bench/lists.py's
open lists (28 questions) that adds one right answer, .536 -> .571 ("It …" as well: the same, so left out,
since "It is common …" points nowhere).
"""

from __future__ import annotations

import re

from askdoc.answer.document_sentences import IndexedSentence
from askdoc.index.document_index import DocumentIndex

# Sentences taken after one that ends with a colon: on bench/lists.py's open lists (28 questions) 0, 1, 2, 3
# give .500, .500, .536, .536 right answers (3 brings no more within the answer's 60 words).
INTRODUCED = 2
_POINTS_BACK = re.compile(r"^\W*(this|that|these|those|such)\b", re.I)
_ADDS = re.compile(
    r"^\W*(also|in addition|additionally|moreover|furthermore|besides|likewise|similarly|another|other|a second|a third|"
    r"as well)\b",
    re.I,
)
# A sentence that carries on what the one before reports someone saying ("He added that …", "She went on to say …",
# "Kadhimi also added …"): the rest of the statement.
_SAYS_MORE = re.compile(
    r"^\W*[A-Z][\w'-]+\s+(?:also\s+)?(?:added|continued|went on|further (?:said|stated|noted)|concluded)\b"
)


def continuation(index: DocumentIndex, sentences: list[IndexedSentence], at: int) -> list[IndexedSentence]:
    """The sentences after sentence ``at`` that it introduces (it ends with ":") or that add to it, in order."""
    following = [s for s in sentences[at + 1 : at + 1 + 4 * INTRODUCED] if s.chunk.role != "furniture"]
    if _text(index, sentences[at]).rstrip().endswith(":"):
        return following[:INTRODUCED]
    taken: list[IndexedSentence] = []
    for sentence in following:
        text = _text(index, sentence)
        if not (_ADDS.match(text) or _SAYS_MORE.match(text)):
            break
        taken.append(sentence)
    return taken


def _text(index: DocumentIndex, sentence: IndexedSentence) -> str:
    return index.text[sentence.span.start : sentence.span.end]


def antecedent(index: DocumentIndex, sentences: list[IndexedSentence], at: int) -> IndexedSentence | None:
    """The sentence before sentence ``at`` in its passage when ``at`` opens by pointing back to it ("This is
    because …", "These soldiers …"), else None."""
    if at == 0 or not _POINTS_BACK.match(_text(index, sentences[at])):
        return None
    before = sentences[at - 1]
    return before if before.chunk.chunk_id == sentences[at].chunk.chunk_id else None
