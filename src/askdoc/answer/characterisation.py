"""For "How does the article characterise X?": the sentence in which the writer puts a word of judgement on X.

The question asks for the writer's word for X ("the unprovoked invasion"), which may stand in any paragraph,
not in the one that tells of X at length ("… has roots in the 2003 US invasion …"). The document's content
sentences holding every word that names X ("2003", "invasion") are read for X's head noun with a describing
word right before it ("the unprovoked invasion", "a brutal occupation"): lower case, no stopword, number or
name, and not a word of the question. Of those, the one holding most of the question's other terms is quoted
in place of the composer's sentence (the answer keeps its confidence; an abstention stays one).
"""

from __future__ import annotations

import re

import numpy as np

from askdoc.answer.answerability import Candidate
from askdoc.answer.cited_passages import passage_rank
from askdoc.answer.composer import Composition, cite
from askdoc.answer.conversation import own_question
from askdoc.index.document_index import DocumentIndex
from askdoc.text.terms import analyze
from askdoc.types import Chunk, Passage, Span

_CHARACTERISE = re.compile(
    r"^\W*how\s+(?:does|do|did|would)\s+(?:the\s+)?(?:article|author|writer|piece|post|text|document|essay|report|"
    r"blog|page|story|he|she|they)\s+(?:characteri[sz]e|describe|portray|depict|present|label|view|see|frame|"
    r"refer to)\s+(?P<thing>.+?)\W*$|"
    r"^\W*how\s+(?:is|are|was|were)\s+(?P<passive>.+?)\s+(?:characteri[sz]ed|described|portrayed|depicted|labell?ed)\b",
    re.I,
)
_DETERMINER = r"(?:the|a|an|this|that|these|those|its|their|his|her|our|such)"


def asks_characterisation(question: str) -> str | None:
    """The thing ``question`` asks the document's word for ("the 2003 invasion"), or None."""
    match = _CHARACTERISE.match(own_question(question))
    return None if match is None else (match.group("thing") or match.group("passive"))


def characterised(index: DocumentIndex, question: str, passages: tuple[Passage, ...], answer: Composition) -> Composition:
    """``answer`` quoting the sentence that characterises what the question names instead, when it asks for that and
    the document has one; otherwise ``answer``."""
    thing = asks_characterisation(question)
    if answer.abstained or thing is None or not passages:
        return answer
    words = re.findall(r"[\w'’-]+", thing)
    heads = [w for w in words if analyze(w)]
    if not heads:
        return answer
    asked_words = {w.lower() for w in re.findall(r"[\w'’-]+", question)}
    found = _describing(index, heads[-1], set(analyze(thing)), set(analyze(question)), asked_words)
    if not found:
        return answer
    chunk, span = found
    rank, passages = passage_rank(passages, chunk, min(p.score for p in passages))
    text, citations = cite(index, question, [Candidate(rank, span, np.zeros(0), answer.confidence)], passages)
    return Composition(text, citations, answer.confidence, False)


def _describing(
    index: DocumentIndex, head: str, named: set[str], asked: set[str], asked_words: set[str]
) -> tuple[Chunk, Span] | None:
    """The content sentence with a describing word before ``head`` that holds every term naming the thing
    (``named``: "the 2003 invasion", not another one) and most of the ``asked`` terms."""
    pattern = re.compile(rf"\b{_DETERMINER}\s+(?P<word>[a-z][\w-]*)\s+{re.escape(head)}\b", re.I)
    best: tuple[int, Chunk, Span] | None = None
    for chunk in index.chunks:
        if chunk.role != "content":
            continue
        for span in chunk.sentences:
            sentence = index.text[span.start : span.end]
            terms = set(analyze(sentence))
            if not named <= terms or not any(_describes(m.group("word"), asked_words) for m in pattern.finditer(sentence)):
                continue
            held = len(asked & terms)
            if best is None or held > best[0]:
                best = (held, chunk, span)
    return None if best is None else (best[1], best[2])


def _describes(word: str, asked_words: set[str]) -> bool:
    """Whether ``word`` (before the head noun) judges it: lower case, no stopword, number or word of the question."""
    return word.islower() and bool(analyze(word)) and not any(c.isdigit() for c in word) and word not in asked_words
