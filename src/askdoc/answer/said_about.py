"""For "What did X say about Y?", the sentence in which X says something, the one closest to Y.

The answerability model rates a sentence by how much of the question it holds, so for "What did
Mustafa Kadhimi say about the American troops?" it prefers the sentence that names Kadhimi as
Prime Minister-designate to "He added that a top priority was to negotiate with the US concerning
their military presence". A sentence in which the speaker (or "he"/"she"/"they" after a sentence
naming the speaker) says, adds, states … something answers the question as asked; of those among
the ranked candidates, the one whose MiniLM vector is closest to Y's goes first. Checked on
eval/dev/sentences.jsonl and eval/dev/facts.jsonl (figures in eval/dev/README.md, followups entry).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from askdoc.answer.answerability import Candidate
from askdoc.answer.conversation import own_question
from askdoc.answer.sentence_cues import SPEECH_VERBS
from askdoc.answer.sentence_nav import neighbours
from askdoc.index.document_index import DocumentIndex
from askdoc.text.terms import analyze

Encode = Callable[[Sequence[str]], np.ndarray]

_SAID_ABOUT = re.compile(
    r"^\W*what\s+(?:did|does|do|has|have)\s+(?P<who>.+?)\s+(?:say|said|tell|told|state|stated|write|wrote|add|added)"
    r"(?:\s+\w+)?\s+(?:about|on|regarding|concerning)\s+(?P<topic>.+?)\W*$",
    re.I,
)
_SPEECH = re.compile(rf"\b(?:{SPEECH_VERBS}|promised|vowed)\b", re.I)
_PRONOUN_OPENS = re.compile(r"^\W*(?:he|she|they)\b", re.I)
# "In a statement to the media, Kadhimi said": the speaker within this many words before the verb.
_SUBJECT_REACH = 4


def said_first(index: DocumentIndex, question: str, ranked: list[Candidate], encode: Encode) -> list[Candidate]:
    """``ranked`` with the speaker's sentence closest to the topic first, for "What did X say about Y?"."""
    match = _SAID_ABOUT.match(own_question(question))
    speaker = set(analyze(match.group("who"))) if match else set()
    if not speaker:
        return ranked
    saying = [c for c in ranked if _says(index, c, speaker)]
    if not saying:
        return ranked
    texts = [match.group("topic"), *(index.text[c.span.start : c.span.end] for c in saying)]
    vectors = encode(texts)
    closest = saying[int(np.argmax(vectors[1:] @ vectors[0]))]
    return ranked if closest is ranked[0] else [closest, *(c for c in ranked if c is not closest)]


def _says(index: DocumentIndex, candidate: Candidate, speaker: set[str]) -> bool:
    """Whether the speaker (or a pronoun after a sentence naming the speaker) is the subject of a speech verb."""
    sentence = index.text[candidate.span.start : candidate.span.end]
    for verb in _SPEECH.finditer(sentence):
        before = sentence[: verb.start()].split()[-_SUBJECT_REACH:]
        if speaker & set(analyze(" ".join(before))):
            return True
    if _PRONOUN_OPENS.match(sentence) and _SPEECH.search(" ".join(sentence.split()[:3])):
        return bool(speaker & set(analyze(_sentence_before(index, candidate))))
    return False


def _sentence_before(index: DocumentIndex, candidate: Candidate) -> str:
    """The content sentence before the candidate's, across passages (sentence_nav.py): a heading or furniture
    between them is not read as it."""
    chunk = next((c for c in index.chunks if candidate.span in c.sentences), None)
    if chunk is None:
        return ""
    before, _ = neighbours(index, chunk, candidate.span, 1, 0)
    return index.text[before[0].span.start : before[0].span.end] if before else ""
