"""Open lists ("What steps did …", "What were the consequences …"): every sentence that answers, not only the best.

The candidates are the sentences of the top passages, scored by the answerability model
(answerability.py). Those whose probability of answering is at least ``CUT`` are kept (the best
always), a near-duplicate of one already kept left out, and quoted in document order within the
contract's word limit, each cited. A kept sentence that introduces a list ("the most common
motivations are:", or followed by bulleted lines) brings the list's items after it, each shown
by its head ("Authentication", from "o *Authentication* - Obtaining user credentials …").
"""

from __future__ import annotations

import re

import numpy as np

from askdoc.answer.answerability import Candidate, answer_confidence, rank, stored_model
from askdoc.answer.composer import Composition
from askdoc.answer.contract import MAX_WORDS
from askdoc.answer.document_sentences import IndexedSentence, document_sentences
from askdoc.answer.item_citations import Piece, cite_pieces
from askdoc.index.document_index import DocumentIndex
from askdoc.types import Passage

# bench/lists.py on eval/lists/real_open.jsonl (12 open-list questions over tests/fixtures/real): cuts .02-.10
# give .58 right answers (.15-.30: .50); .05 holds the most gold groups (.62) at fewer words than .02.
CUT = 0.05
# Cosine between sentence vectors above which two sentences say the same thing (a repeated line). A guard, not
# tuned: on that set the closest two candidates over CUT are at .834 (bench/lists.py), so no answer loses one.
NEAR_DUPLICATE = 0.9
MAX_SENTENCES = 4
MAX_ITEMS = 8
_ITEM_WORDS = 12  # words of an item's head shown; a line of its own up to twice this after a colon is an item
_BULLET = re.compile(r"^\s*(?:[-*•o]|\d{1,2}[.)])\s+")
_HEAD = re.compile(r"^(.{2,60}?)\s+[-–—:]\s+")


def compose_open_list(
    index: DocumentIndex, question: str, query_vector: np.ndarray, passages: tuple[Passage, ...], cut: float = CUT
) -> Composition | None:
    """The answering sentences of ``passages`` at or above ``cut`` (and the items of a list one introduces), in
    document order, each cited; None below the model's abstention threshold (the answer then abstains)."""
    model = stored_model()
    ranked = rank(index, question, query_vector, passages)
    confidence = answer_confidence(ranked, model)
    if not ranked or confidence < model.threshold:
        return None
    sentences = document_sentences(index)
    position = {s.span: i for i, s in enumerate(sentences)}
    groups: list[list[Piece]] = []
    listed: set[int] = set()
    words = 0
    for candidate in _kept(index, ranked, cut, [sentences[position[c.span]].row for c in ranked]):
        at = position[candidate.span]
        text = _clipped(_text(index, sentences[at]))
        if at in listed or (groups and words + len(text.split()) > MAX_WORDS):
            continue
        words += len(text.split())
        group = [Piece(text, sentences[at].chunk, candidate.span, bullet=False)]
        for item in _items(index, sentences, at):
            head = _head(_text(index, item))
            if words + 1 + len(head.split()) > MAX_WORDS:
                break
            words += 1 + len(head.split())
            group.append(Piece(head, item.chunk, item.span))
            listed.add(position[item.span])
        groups.append(group)
    return cite_pieces(index, [piece for group in sorted(groups, key=lambda g: g[0].span.start) for piece in group], confidence)


def _kept(index: DocumentIndex, ranked: list[Candidate], cut: float, rows: list[int]) -> list[Candidate]:
    """The best candidate, then those at or above ``cut`` that are no near-duplicate of one kept, best first
    (``rows``: each candidate's row in the sentence vectors)."""
    kept: list[Candidate] = []
    vectors: list[np.ndarray] = []
    for candidate, row in zip(ranked, rows, strict=True):
        if (kept and candidate.probability < cut) or len(kept) == MAX_SENTENCES:
            break
        vector = index.sentence_vectors[row]
        if not any(float(vector @ v) > NEAR_DUPLICATE for v in vectors):
            kept.append(candidate)
            vectors.append(vector)
    return kept


def _items(index: DocumentIndex, sentences: list[IndexedSentence], at: int) -> list[IndexedSentence]:
    """The list items that follow sentence ``at`` when it introduces a list (ends with ":" or bullets follow).

    An item is a bulleted sentence or, after a colon, a short line of its own that opens with a capital; a
    sentence that goes on in the last item's passage is part of that item; a page header or footer between
    items is passed over; anything else ends the list."""
    introduces = _text(index, sentences[at]).rstrip().endswith(":")
    items: list[IndexedSentence] = []
    for sentence in sentences[at + 1 : at + 1 + 4 * MAX_ITEMS]:
        text = _text(index, sentence)
        if sentence.chunk.role == "furniture":
            continue
        own_line = index.text[sentence.span.start - 1 : sentence.span.start] == "\n" and text[:1].isupper()
        if sentence.chunk.role == "content" and (
            _BULLET.match(text) or (introduces and own_line and len(text.split()) <= 2 * _ITEM_WORDS)
        ):
            items.append(sentence)
        elif not items or sentence.chunk.chunk_id != items[-1].chunk.chunk_id:
            break
        if len(items) == MAX_ITEMS:
            break
    return items


def _head(item: str) -> str:
    """What a list item is called: the words before its dash or colon, its bullet and emphasis taken off."""
    item = _BULLET.sub("", item).strip()
    head = _HEAD.match(item)
    text = (head.group(1) if head else item).replace("*", "").replace("_", " ").strip()
    words = text.split()
    return text if len(words) <= _ITEM_WORDS else " ".join(words[:_ITEM_WORDS]) + " …"


def _clipped(sentence: str) -> str:
    """A sentence longer than the answer may be is cut to its opening words."""
    words = sentence.split()
    return sentence if len(words) <= MAX_WORDS - 5 else " ".join(words[: MAX_WORDS - 5]) + " …"


def _text(index: DocumentIndex, sentence: IndexedSentence) -> str:
    return index.text[sentence.span.start : sentence.span.end]
