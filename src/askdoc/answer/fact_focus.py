"""Complete a fact answer with the neighbour sentence that actually answers: the name, the reason, the quote.

The answerability model picks the sentence closest to the question, which is often the one
beside the answer: "He posted Obama's speech on his blog:" for "Who posted …?" (the name is in
the sentence before), "SebaSpace refused to answer" for "Why did SebaSpace refuse …?" (the
reason is after it), "… Paulo Teixeira stresses:" for "What does he say …?" (the quote follows).
Three rules, each on the best sentence only:

- who: the best sentence opens with a pronoun → add the nearest sentence before it that names
  someone the question does not (the pronoun's antecedent);
- why: the best sentence opens with a consequence ("Therefore, …", "For this reason, …", "This
  means …") → add the sentence before it; else, when it states no cause, add the nearest neighbour
  that does (because, since, so that, due to, in order to, thanks to, for violating …, or the sentence right
  after opening "Otherwise, …", which says why what the best one asks should be done), else the next paragraph's
  first sentence when it gives the cause of what the best one says (next_paragraph_cause.py); for "Why does the
  writer mention X?" with no such neighbour, the sentence that makes X's point (mention_point.py);
- a best sentence that ends in a colon introduces what the question asks about → add the
  sentence after it (not for who-questions, whose name is in the introducing sentence).

Chosen on eval/dev/facts.jsonl (57 who/why/how questions and 14 follow-ups over the real documents
of tests/fixtures/real; f48-f57 were written after the rest to try the consequence rule): with
doer.py, restatement.py and referent.py, accuracy .746 on main → .859; eval/real .558 → .566
(`askdoc eval FILE`). A "names no one new" trigger for who was tried and dropped: it added the
wrong sentence on that set ("credit is due to requests").
"""

from __future__ import annotations

import re

import numpy as np

from askdoc.answer.answer_type import AnswerType, has_answer_type
from askdoc.answer.answerability import Candidate
from askdoc.answer.cited_passages import passage_rank
from askdoc.answer.contract import MAX_WORDS
from askdoc.answer.conversation import own_question
from askdoc.answer.mention_point import asks_why_mentioned, point_sentence
from askdoc.answer.next_paragraph_cause import next_paragraph_cause
from askdoc.answer.sentence_nav import Located, neighbours, paragraph_break
from askdoc.index.document_index import DocumentIndex
from askdoc.types import Passage, Span

_WHO = re.compile(r"^\W*(who|whom|whose)\b", re.I)
_WHY = re.compile(r"^\W*(why|how come|for what reason|what (is|was|were|are) the (reason|cause|motive)s?)\b", re.I)
_PRONOUN = re.compile(r"^\W*(he|she|they|his|her|their|him|them)\b", re.I)
_CAUSE = re.compile(
    r"\b(because|since(?! \d)|due to|owing to|thanks to|in order to|so that|so as to|and so|"
    r"the reason|reasons? (for|why)|in retaliation|in response to|(as an? )?(direct )?reaction to|poses? a threat|"
    r"as a sign of|caused by|"
    r"for (violating|breaking|refusing|failing|being)|the problem (for \w+ )?(now )?is)\b",
    re.I,
)
# A sentence that opens with a consequence ("Therefore, no program should assume …") gives its cause in
# the sentence before.
_CONSEQUENCE = re.compile(
    r"^\W*(therefore|thus|hence|consequently|accordingly|as a result|for (this|that|these|those) reasons?|"
    r"this (is why|means)|that is why|that's why|so)\b",
    re.I,
)
# "Otherwise, the Internet might be turned into …" after what should be done: the reason it should.
_OTHERWISE = re.compile(r"^\W*(otherwise|if not|or else)\b", re.I)
_ANTECEDENT_REACH = 2
_CAUSE_REACH = (1, 2)


def focus(
    index: DocumentIndex, question: str, chosen: list[Candidate], best: Candidate, passages: tuple[Passage, ...]
) -> tuple[list[Candidate], tuple[Passage, ...]]:
    """``chosen`` completed with the neighbour of ``best`` the question needs (in document order), and the
    passages extended with that neighbour's passage when it was not retrieved. A follow-up joined to the
    questions before it is read by its own wh-word."""
    question = own_question(question)
    extra = _neighbour_needed(index, question, best, passages)
    if extra is None or extra.span in {c.span for c in chosen}:
        return chosen, passages
    rank, passages = passage_rank(passages, extra.chunk, passages[best.passage_rank].score)
    added = Candidate(rank, extra.span, np.zeros(0))
    if _words(index.text, [best, added]) > MAX_WORDS:
        # Both do not fit: the cause before a "Therefore, …" answers a why-question alone; a name, a quote or
        # a cue found near the best sentence needs that sentence (eval/real capport-07: the nearby "because"
        # belongs to another item).
        # The next paragraph's cause says again what the best sentence said ("I have been silent … because …").
        cause_alone = _WHY.search(question) and (
            _CONSEQUENCE.search(_sentence(index, best)) or not _same_paragraph(index, best.span, added.span)
        )
        return ([added], passages) if cause_alone else (chosen, passages)
    kept = [best, added]
    for companion in sorted((c for c in chosen if c.span != best.span), key=lambda c: -c.probability):
        if _words(index.text, [*kept, companion]) <= MAX_WORDS:
            kept.append(companion)
    return sorted(kept, key=lambda c: c.span.start), passages


def _neighbour_needed(index: DocumentIndex, question: str, best: Candidate, passages: tuple[Passage, ...]) -> Located | None:
    chunk = passages[best.passage_rank].chunk
    sentence = index.text[best.span.start : best.span.end]
    if _WHO.search(question):
        if _PRONOUN.search(sentence):
            before, _ = neighbours(index, chunk, best.span, _ANTECEDENT_REACH, 0)
            return next((s for s in before if has_answer_type(AnswerType.NAME, _text(index, s), question)), None)
        return None
    if _WHY.search(question) and _CONSEQUENCE.search(sentence):
        before, _ = neighbours(index, chunk, best.span, 1, 0)
        return before[0] if before else None
    if _WHY.search(question) and not _CAUSE.search(sentence):
        before, after = neighbours(index, chunk, best.span, *_CAUSE_REACH)
        nearest = [s for s in (*after[:1], *before, *after[1:]) if _same_paragraph(index, s.span, best.span)]
        cause = next((s for s in nearest if _CAUSE.search(_text(index, s)) or _is_warning(index, s, after)), None)
        if cause is None and not asks_why_mentioned(question):
            cause = next_paragraph_cause(index, chunk, best.span, _cause_at)
        if cause is None and asks_why_mentioned(question):
            return point_sentence(index, question, chunk, best.span)
        return cause
    if sentence.rstrip().endswith(":"):
        _, after = neighbours(index, chunk, best.span, 0, 1)
        return after[0] if after else None
    return None


def _cause_at(text: str) -> int | None:
    """Where the sentence's cause opens ("because", "due to" …), None when it states none."""
    found = _CAUSE.search(text)
    return found.start() if found else None


def _same_paragraph(index: DocumentIndex, one: Span, other: Span) -> bool:
    """Whether no paragraph break lies between the sentences ``one`` and ``other``: the cause another paragraph
    gives is of its own point ("… work long hours because they're probably not as efficient" for "Why is poverty an
    advantage?", the paragraph before poverty's)."""
    first, second = sorted((one, other), key=lambda span: span.start)
    return not paragraph_break(index.text, first, second)


def _is_warning(index: DocumentIndex, located: Located, after: list[Located]) -> bool:
    """Whether ``located`` is the sentence right after the best one and warns what follows if it is not done."""
    return bool(after) and located is after[0] and bool(_OTHERWISE.match(_text(index, located)))


def _sentence(index: DocumentIndex, candidate: Candidate) -> str:
    return index.text[candidate.span.start : candidate.span.end]


def _text(index: DocumentIndex, located: Located) -> str:
    return index.text[located.span.start : located.span.end]


def _words(text: str, chosen: list[Candidate]) -> int:
    return sum(len(text[c.span.start : c.span.end].split()) for c in chosen)
