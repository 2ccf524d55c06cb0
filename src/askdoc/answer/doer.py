"""For "Who VERB …?", the sentence in which someone does VERB: "Naughy Feeling commented on the post:".

The answerability model rates a sentence by how much of the question it holds, so for "Who
commented on the blog post about Obama's speech?" it prefers "He posted Obama's speech on his
blog:" (blog, post, Obama, speech) to the sentence that names who commented. A candidate that
holds the question's own verb and a name the question does not give answers the question as
asked; when its probability is at least ``RATIO`` of the best's, it is quoted beside the best one if both fit in the
answer's words (composer.py).
"""

from __future__ import annotations

import re

from askdoc.answer.answer_type import AnswerType, has_answer_type
from askdoc.answer.answerability import Candidate
from askdoc.answer.conversation import own_question
from askdoc.index.document_index import DocumentIndex
from askdoc.text.terms import analyze

_WHO_VERB = re.compile(
    r"^\W*who\s+(?!(is|was|are|were|did|does|do|has|have|had|will|would|can|could|should|may|might|must)\b)(?P<verb>[a-z]+)", re.I
)
# eval/dev/facts.jsonl: the doer of "Who commented …" ranks at .07 of the best sentence; .05 keeps it
# and changes no other answer there or on eval/real.
RATIO = 0.05
# "Antonio Arles (@arlesophia) comments": the doer stands within three words before the verb; "Blake
# used to visit … in the comments section" (eval/dev/facts.jsonl) does not do the commenting.
_SUBJECT_REACH = 3


def named_doer(index: DocumentIndex, question: str, ranked: list[Candidate]) -> Candidate | None:
    """The best of ``ranked`` in which a new name does the question's verb, when the best one does not (a
    follow-up joined to the questions before it is read by its own wh-word)."""
    question = own_question(question)
    match = _WHO_VERB.search(question)
    verb = analyze(match.group("verb")) if match else []
    for candidate in ranked if verb else ():
        if candidate.probability < RATIO * ranked[0].probability:
            break
        if _named_subject(index.text[candidate.span.start : candidate.span.end], verb[0], question):
            return None if candidate is ranked[0] else candidate
    return None


def _named_subject(sentence: str, verb: str, question: str) -> bool:
    """Whether a name the question does not give stands just before the verb (within ``_SUBJECT_REACH`` words)."""
    words = sentence.split()
    for at, word in enumerate(words):
        start = max(0, at - _SUBJECT_REACH)
        # The sentence's first word is capitalised whatever it is ("Also killed was …"): has_answer_type
        # leaves it out when the window starts there.
        before = ("x " if start else "") + " ".join(words[start:at])
        if analyze(word) == [verb] and has_answer_type(AnswerType.NAME, before, question):
            return True
    return False
