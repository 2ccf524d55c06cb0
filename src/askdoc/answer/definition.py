""""What is X?" is answered by the sentence that defines X, quoted alone.

A reader asking "What is a pipeline?" of the bash manual wants "A pipeline is a sequence of one or
more commands separated by …", not the sentences around it that the ranker may prefer because
they repeat "pipeline" more often ("If pipefail is enabled, the pipeline's return status …"). When
the question asks what a short term is or means, the best-ranked candidate in which that term is
the subject of "is/are/means/refers to" near the start of the sentence (a heading may come
before it, "Pipelines A pipeline is …") becomes the answer on its own. When no retrieved sentence
defines it, the document's first content sentence that does is quoted, its passage cited after the
retrieved ones: a README names its project in every passage, so "HTTPX is a fully featured HTTP
client library" is rarely among the passages retrieved for "What is HTTPX?".

Chosen on the fit half of eval/dev/definitions.jsonl (27 "what is X" questions over the real
documents of tests/fixtures/real, written before this rule): 9 -> 12 of 14; its held half 11 -> 12 of 13.
eval/questions, reader_questions and eval/real are unchanged, and so is SQuAD (bench/value_check.py, half A
.819 and half B .838 with the rule and without it: of SQuAD's 6,078 questions 46 ask for a term).
"""

from __future__ import annotations

import re
from dataclasses import replace

from askdoc.answer.answerability import Candidate
from askdoc.answer.asked_term import asked_term
from askdoc.answer.cited_passages import passage_rank
from askdoc.answer.document_sentences import content_sentences
from askdoc.index.document_index import DocumentIndex
from askdoc.types import Passage

# The term may follow a heading of a few words in the same sentence span ("Defining Captive Portals A captive portal is").
_MAX_LEAD_WORDS = 5
# "is"/"are" define when a noun phrase or "used"/"called" follows ("A coprocess is a …", "Quoting is used to …"),
# not before any participle ("(list) list is executed in a subshell").
_DEFINING_VERB = r"(?:(?:is|are)\s+(?:an?|the|one|any|used|called|defined|also)|means|refers\s+to|denotes|stands\s+for)\b"


def defines(sentence: str, term: str) -> bool:
    """Whether ``sentence`` opens (after at most a short heading) with ``term`` as the subject of a defining verb."""
    words = r"\s+".join(re.escape(word) for word in term.split())
    pattern = re.compile(
        rf"^(?:\S+\s+){{0,{_MAX_LEAD_WORDS}}}?(?:an?\s+|the\s+)?[\"“‘']?{words}(?:e?s)?[\"”’']?"
        rf"(?:\s+in\s+this\s+\w+)?\s+{_DEFINING_VERB}",
        re.I,
    )
    return pattern.match(sentence.strip()) is not None


def defining(
    index: DocumentIndex, question: str, ranked: list[Candidate], passages: tuple[Passage, ...]
) -> tuple[Candidate, tuple[Passage, ...]] | None:
    """The sentence that defines the term ``question`` asks about, if it asks for one and the document defines it:
    the best-ranked such candidate of ``ranked``, else the document's first such sentence as a candidate of its
    passage, appended to ``passages`` when it was not retrieved (the passages are returned with it)."""
    term = asked_term(question)
    if term is None or not ranked:
        return None
    found = next((c for c in ranked if defines(index.text[c.span.start : c.span.end], term)), None)
    if found is not None:
        return found, passages
    sentence = next((s for s in content_sentences(index) if defines(index.text[s.span.start : s.span.end], term)), None)
    if sentence is None:
        return None
    rank, cited = passage_rank(passages, sentence.chunk, min(p.score for p in passages))
    return replace(ranked[-1], passage_rank=rank, span=sentence.span), cited
