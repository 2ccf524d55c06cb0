"""Open lists ("What steps did …", "What were the consequences …"): every sentence that answers, not only the best.

The candidates are the sentences of the top ``READ`` passages, scored by the answerability model
(answerability.py). Those whose probability of answering is at least ``CUT`` are kept (the best
always), a near-duplicate of one already kept left out, and quoted in document order within the
contract's word limit, each cited. A kept sentence that introduces a list ("the most common
motivations are:", or followed by bulleted lines) brings the list's items after it, each shown
by its head ("Authentication", from "o *Authentication* - Obtaining user credentials …"); one that
introduces prose ("… stresses:") or is followed by one that adds to it ("Also killed was …") brings
those sentences; one that points back ("This is because …") the sentence before it (continuation.py).
Room left within the word limit is filled with sentences of the best passage's section (and the
neighbours section_pool.py reads with it) that say most that the listed ones do not (``_fill``): the
items of a list are often told one passage after another. The answer abstains when the chance that at
least one kept sentence answers is under the model's threshold: items spread over several sentences
each score low ("What were the consequences …" scored .11 at best against the threshold .118, all kept .20)."""

from __future__ import annotations

import math
import re

import numpy as np

from askdoc.answer.answerability import Candidate, Model, calibrated, rank, stored_model
from askdoc.answer.composer import Composition
from askdoc.answer.continuation import antecedent, continuation
from askdoc.answer.contract import MAX_WORDS
from askdoc.answer.document_sentences import IndexedSentence, document_sentences
from askdoc.answer.item_citations import Piece, cite_pieces
from askdoc.answer.section_pool import section_neighbours, section_pool
from askdoc.index.document_index import DocumentIndex
from askdoc.types import Passage

# bench/lists.py on eval/lists/real_open.jsonl and eval/dev/lists.jsonl (28 open-list questions over
# tests/fixtures/real): cuts .02 and .05 give .57 right answers (.10: .43); .02 holds one gold group more (.57 / .56)
# but quotes more: eval/real citation precision .612 at .05, .576 at .02, so .05 stays. On real_open alone,
# before READ and continuation.py, .02-.10 gave .58 and .05 held the most groups (.62).
CUT = 0.05
# Cosine between sentence vectors above which two sentences say the same thing (a repeated line). A guard, not
# tuned: on that set the closest two candidates over CUT are at .886 (bench/lists.py), so no answer loses one.
NEAR_DUPLICATE = 0.9
MAX_SENTENCES = 4
# Passages whose sentences are candidates: bench/lists.py's open lists (eval/lists/real_open.jsonl and
# eval/dev/lists.jsonl, 28 questions): 3 and 5 give .536 right answers, 5 holds more gold groups (.547 / .540).
READ = 5
_MIN_SHOWN = 8  # a following sentence is shown cut to the words left only when more than this many are left
MAX_ITEMS = 8
# Sentences of the best passage's section added after the kept ones when room is left (_fill). Without _fill's
# gate, on the fit open lists of bench/lists.py (real_open, dev/lists and real_open_more's fit part, 36 questions)
# 0, 1, 2, 3 gave 26, 26, 28, 28 right answers, so 2; FILL_WEIGHT .3-.5 gave 28, .7-1.0 27, so .5. Ungated, eval/real's
# citation precision fell .632 -> .609 (a sentence that already names the items, "~/.bash_profile, ~/.bash_login,
# and ~/.profile", or kept sentences spread over the document: a fact question read as a list); with the gate
# it stays .632 and the fit lists are back to 26 (the two gained lost), the held part 7 of 8 as before, and the
# reader list questions (eval/reader_questions.jsonl, a report set) gain the attacks and the steps questions.
FILL = 2
FILL_WEIGHT = 0.5
# The least probability of answering (answerability.py) of a sentence the fill adds: on eval/real, with the gate, citation
# precision .609 at 0 and .632 at .01; the fit open lists and the reader list questions are the same at both.
FILL_FLOOR = 0.01
FILL_READ = 12  # best-ranked candidates looked at for the fill: a guard on the work, not tuned
_ITEM_WORDS = 12  # words of an item's head shown; a line of its own up to twice this after a colon is an item
_BULLET = re.compile(r"^\s*(?:[-*•o]|\d{1,2}[.)])\s+")
# Words of a part between commas that may be one item of a run ("the economic crisis following it"): at 4 eval/questions'
# citation precision is .945 (q20's challenges sentence was not taken for a run, and the fill cited an unrelated
# passage), at 5 .956 as before; eval/real .632 and the open lists of bench/lists.py the same at both.
_ENUMERATED_WORDS = 5
_CONJUNCTION = re.compile(r"^\s*(?:and/or|and|or|as well as)\b", re.I)
_HEAD = re.compile(r"^(.{2,60}?)\s+[-–—:]\s+")


def compose_open_list(
    index: DocumentIndex,
    question: str,
    query_vector: np.ndarray,
    passages: tuple[Passage, ...],
    cut: float = CUT,
    abstain: bool = True,
) -> Composition | None:
    """The answering sentences of ``passages`` at or above ``cut`` (and the items of a list one introduces), in
    document order, each cited; None below the model's abstention threshold (the answer then abstains) unless
    ``abstain`` is False (the document is known to hold the items: own_noun.py)."""
    model = stored_model()
    pool = section_pool(index, passages, READ)
    ranked = rank(index, question, query_vector, pool, len(pool))
    if not ranked:
        return None
    sentences = document_sentences(index)
    position = {s.span: i for i, s in enumerate(sentences)}
    kept = _kept(index, ranked, cut, [sentences[position[c.span]].row for c in ranked])
    confidence = list_confidence(kept, model)
    if abstain and confidence < model.threshold:
        return None
    groups: list[list[Piece]] = []
    listed: set[int] = set()
    words = 0
    for candidate in kept:
        at = position[candidate.span]
        text = _fitted(_text(index, sentences[at]), MAX_WORDS - 5)
        if at in listed or (groups and words + len(text.split()) > MAX_WORDS):
            continue
        words += len(text.split())
        group = [Piece(text, sentences[at].chunk, candidate.span, bullet=False)]
        listed.add(at)
        back = antecedent(index, sentences, at)
        if back is not None and position[back.span] not in listed:
            shown = _fitted(_text(index, back), MAX_WORDS - words)
            if shown:
                words += len(shown.split())
                group.insert(0, Piece(shown, back.chunk, back.span, bullet=False))
                listed.add(position[back.span])
        for item in _items(index, sentences, at):
            head = _head(_text(index, item))
            if words + 1 + len(head.split()) > MAX_WORDS:
                break
            words += 1 + len(head.split())
            group.append(Piece(head, item.chunk, item.span))
            listed.add(position[item.span])
        for follow in [] if len(group) > 1 else continuation(index, sentences, at):
            text = _fitted(_text(index, follow), MAX_WORDS - words)
            if position[follow.span] in listed or not text:
                break
            words += len(text.split())
            group.append(Piece(text, follow.chunk, follow.span, bullet=False))
            listed.add(position[follow.span])
        groups.append(group)
    section = {chunk.chunk_id for chunk in section_neighbours(index, pool[0].chunk)}
    candidates = [position[c.span] for c in ranked if c.probability >= FILL_FLOOR]
    for at in _fill(index, sentences, candidates, listed, section, query_vector):
        text = _fitted(_text(index, sentences[at]), MAX_WORDS - words)
        if not text:
            break
        words += len(text.split())
        groups.append([Piece(text, sentences[at].chunk, sentences[at].span, bullet=False)])
        listed.add(at)
    return cite_pieces(index, [piece for group in sorted(groups, key=lambda g: g[0].span.start) for piece in group], confidence)


def list_confidence(kept: list[Candidate], model: Model) -> float:
    """The probability that at least one kept sentence answers: one less the product of each one's chance of
    not answering (its calibrated probability, answerability.calibrated), as if they were independent."""
    return round(1.0 - math.prod(1.0 - calibrated(c.probability, model) for c in kept), 3)


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


def enumerates(sentence: str) -> bool:
    """Whether the sentence names a run of items itself ("~/.bash_profile, ~/.bash_login, and ~/.profile"): at least
    two of the parts after its first comma are short (``_ENUMERATED_WORDS`` words or fewer) one after another."""
    run = 0
    for part in sentence.split(",")[1:]:
        words = _CONJUNCTION.sub("", part).split()
        run = run + 1 if 0 < len(words) <= _ENUMERATED_WORDS else 0
        if run == 2:
            return True
    return False


def _fill(
    index: DocumentIndex,
    sentences: list[IndexedSentence],
    ranked: list[int],
    listed: set[int],
    section: set[int],
    query_vector: np.ndarray,
) -> list[int]:
    """The sentences of the best passage's section (``section``: chunk ids) that add items the listed ones do not name,
    most novel first; none when a listed sentence lies outside the section or already names a run of items.

    Each of the first ``FILL_READ`` candidates (``ranked``: positions, best first) of the section scores
    ``FILL_WEIGHT`` times its cosine with the question less (1 - ``FILL_WEIGHT``) times its highest cosine with a
    sentence listed or taken (maximal marginal relevance); the best is taken, then the rest scored again."""
    if any(sentences[at].chunk.chunk_id not in section or enumerates(_text(index, sentences[at])) for at in listed):
        return []
    pool = [
        at
        for at in ranked[:FILL_READ]
        if sentences[at].chunk.chunk_id in section and at not in listed and antecedent(index, sentences, at) is None
    ]
    vectors = index.sentence_vectors
    chosen = [sentences[at].row for at in listed]
    taken: list[int] = []
    while pool and len(taken) < FILL:
        def gain(at: int) -> float:
            vector = vectors[sentences[at].row]
            overlap = float((vectors[chosen] @ vector).max()) if chosen else 0.0
            return FILL_WEIGHT * float(vector @ query_vector) - (1 - FILL_WEIGHT) * overlap

        best = max(pool, key=gain)
        taken.append(best)
        chosen.append(sentences[best].row)
        pool.remove(best)
    return taken


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
        own_line = (
            index.text[sentence.span.start - 1 : sentence.span.start] == "\n"
            and index.text[sentence.span.end : sentence.span.end + 1] in ("\n", "")
            and text[:1].isupper()
        )
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


def _fitted(sentence: str, room: int) -> str:
    """The sentence, or its opening words and "…" when it is longer than ``room`` words (nothing when no more than
    ``_MIN_SHOWN`` would be shown)."""
    words = sentence.split()
    if len(words) <= room:
        return sentence
    return " ".join(words[: room - 1]) + " …" if room > _MIN_SHOWN else ""


def _text(index: DocumentIndex, sentence: IndexedSentence) -> str:
    return index.text[sentence.span.start : sentence.span.end]
