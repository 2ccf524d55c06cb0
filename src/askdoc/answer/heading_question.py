"""A question that a heading of the document asks too is answered by that section's first sentence.

Essays and FAQs head their sections with questions ("How will Debian attempt to put an end to these problems?",
the Debian Manifesto) and answer them at once ("The Debian design process is open to ensure …"). A reader's "How
does Debian hope to avoid the problems of other distributions?" asks the same in other words; the answerability
model rates the section's later sentences, which repeat the question's words, higher. When the question opens with
the heading's question word, shares a word with it beyond the document's title, and its MiniLM vector is close to
the heading's, the section's first sentence is the one quoted (when its passage was retrieved).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from askdoc.answer.answerability import Candidate
from askdoc.answer.conversation import own_question
from askdoc.index.document_index import DocumentIndex
from askdoc.text.terms import analyze
from askdoc.types import Passage

Encode = Callable[[Sequence[str]], np.ndarray]

_QUESTION_WORD = re.compile(r"^\W*(how|why|what|who|when|where|which)\b", re.I)
# Cosine of the question's and the heading's MiniLM vectors. eval/dev/articles.jsonl's fit half (the Manifesto's
# three question headings against its 18 questions): b13 and its heading .74; the closest pair with the same question
# word that is another question, b10 "What will the Debian Linux Association offer?" and "What is Debian Linux?",
# .70 (and it shares no word beyond the title); .60 leaves room for rewordings below b13's.
MIN_COSINE = 0.60


def heading_section_first(
    index: DocumentIndex, question: str, ranked: list[Candidate], passages: tuple[Passage, ...], encode: Encode
) -> list[Candidate]:
    """The first sentence of the section whose question heading the question asks again, alone (when its passage was
    retrieved: the sentences that repeat the question's words further on are not put before it); else ``ranked``."""
    asked = own_question(question)
    opening = _QUESTION_WORD.match(asked)
    if opening is None or not ranked:
        return ranked
    word = opening.group(1).lower()
    title = set(analyze(index.title or ""))
    terms = set(analyze(asked)) - title
    headings = list(dict.fromkeys(
        chunk.section for chunk in index.chunks
        if chunk.role == "content" and chunk.section.rstrip().endswith("?")
        and (match := _QUESTION_WORD.match(chunk.section)) and match.group(1).lower() == word
        and terms & set(analyze(chunk.section))
    ))
    if not headings:
        return ranked
    vectors = encode([asked, *headings])
    vectors = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    cosines = vectors[1:] @ vectors[0]
    best = int(np.argmax(cosines))
    if cosines[best] < MIN_COSINE:
        return ranked
    first = next(chunk for chunk in index.chunks if chunk.section == headings[best] and chunk.role == "content")
    rank = next((at for at, passage in enumerate(passages) if passage.chunk.chunk_id == first.chunk_id), None)
    if rank is None or not first.sentences:
        return ranked
    opening = first.sentences[0]
    # the sentence keeps the best candidate's probability: the model's confidence that the question is answered here
    chosen = next(
        (c for c in ranked if c.span == opening),
        Candidate(rank, opening, np.zeros(0), ranked[0].probability, ranked[0].answerable),
    )
    return [chosen]
