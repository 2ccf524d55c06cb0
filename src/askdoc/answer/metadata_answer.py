"""Answers about the document itself (author, title, date, publisher, original source, copyright holder,
licence) from its metadata.

The metadata comes from the index (documents/metadata.py found it with the span of clean
text it came from); the answer cites the line that span is on (a title heading: the passage
it heads). A field the document does not state,
or one known only from the file's own metadata (no span), gets no metadata answer: the caller
then answers the question like any other.
"""

from __future__ import annotations

import re

from askdoc.answer.composer import Composition
from askdoc.answer.contract import marker
from askdoc.index.document_index import DocumentIndex
from askdoc.types import Citation, MetadataField, Passage, Span

# The share of metadata questions answered right on eval/reader_questions.jsonl (askdoc eval, right_metadata)
# is the figure behind this confidence; a stated field is read, not guessed.
CONFIDENCE = 0.9
_ASKED = (
    # the document's own licence and copyright, not ones it talks about ("Which license conflict is given as a
    # precedent?", "How big must a contribution be before the FSF needs copyright papers?", "What should I do with a
    # long code example so people can reuse it?": eval/real dep5-09, gnumaint-02, gnumaint-09)
    ("licence", re.compile(
        r"\b(licen[cs]e[ds]?(?=\s*(\W*$|(is|does|do|can|could|may|covers?|appl(y|ies)|governs?|of|for|on|under|this|it)\b))|"
        r"licensing|licensed|creative commons|terms of use|spdx|"
        r"(may|can) (this|it) (\w+ ){0,2}be (copied|reused|republished|reprinted|shared|redistributed)|"
        r"(can|may|could) (i|we) (\w+ )?(reuse|re-use|republish|reprint|redistribute|copy|share)|"
        r"(allowed|free|permitted|permission) to (\w+ )?"
        r"(copy|share|use|reuse|reproduce|publish|republish|distribute|redistribute))\b",
        re.I,
    )),
    ("copyright", re.compile(
        r"\b(copyright (holder|owner|notice)|(hold|holds|own|owns|has|have) (the )?(copyright|rights)|rights? holder|"
        r"copyright\W*$|copyright (of|on|to|for|over) (this|it|the \w+)\W*$)", re.I
    )),
    ("title", re.compile(r"\b(title[ds]?|called|headline|name of (this|the))\b", re.I)),
    # the day it was published, not when something it tells of happened or will ("When does this Internet-Draft
    # expire?", "In what year was the decree issued?": eval/real capport-02, gvbr-06)
    ("date", re.compile(
        r"\bdate[ds]?\b|\bpublication (year|date)\b|"
        r"\b(year|how (old|recent))\b.*\b(from|document|article|paper|page|piece|text|post|report|manual|it|this)\W*$|"
        r"\b(when|year|day|how (old|recent))\b.*\b(publish\w*|posted|written|wrote|dated|released|came out|come out|"
        r"appeared|updated|it from|this from)\b", re.I
    )),
    ("source", re.compile(
        r"\b(originally|original (source|publication|outlet|venue|site|version)|"
        r"first (publish\w*|appear\w*|ran|run|printed)|source|come from|republished from|"
        r"before\b.*\b(published|ran|appeared|did)|where\b.*\b(published|appeared))\b", re.I
    )),
    ("publisher", re.compile(
        r"\b(publisher|publish(ed|es)? (it|this|by)|who published|outlet|website|site|journal|newspaper|magazine)\b", re.I
    )),
    ("authors", re.compile(r"\b(author|authors|wrote|written|writer|penned|by whom|byline|by)\b", re.I)),
)
_PHRASES = {
    "title": "The title is “{}”",
    "date": "It was published on {}",
    "source": "It was originally published on {}",
    "publisher": "It was published by {}",
    "authors": "It was written by {}",
    "copyright": "The copyright is held by {}",
    "licence": "Its licence: {}",
}


def asked_field(question: str) -> str | None:
    """Which metadata field the question asks for, None when it names none."""
    return next((name for name, pattern in _ASKED if pattern.search(question)), None)


def compose_metadata(index: DocumentIndex, question: str) -> Composition | None:
    """The field's value, cited to the line it was found on; None when the document does not state it."""
    name = asked_field(question)
    if name is None:
        return None
    value = getattr(index.metadata, name)
    fields: tuple[MetadataField, ...] = tuple(value) if isinstance(value, tuple) else ((value,) if value else ())
    located = [f for f in fields if f.start is not None and f.end is not None]
    if not located:
        return None
    citations, markers = [], []
    for field in located:
        span = _line(index.text, field.start or 0, field.end or 0)
        chunk = next((c for c in index.chunks if c.start <= span.start < c.end), None)
        quoted = (span,)
        if chunk is None:  # a heading is not inside a passage: cite the passage it heads
            chunk, quoted = next((c for c in index.chunks if c.section == field.value), None), ()
        if chunk is None:
            return None
        cited = next((c for c in citations if c.passage.chunk.chunk_id == chunk.chunk_id), None)
        if cited is None:
            cited = Citation(len(citations) + 1, Passage(chunk, 1.0), quoted)
            citations.append(cited)
        markers.append(cited.n)
    values = " and ".join(f.value for f in located)
    marks = "".join(f" {marker(n)}" for n in dict.fromkeys(markers))
    return Composition(f"{_PHRASES[name].format(values)}.{marks}", tuple(citations), CONFIDENCE, False)


def _line(text: str, start: int, end: int) -> Span:
    """The line of ``text`` that holds ``[start, end)``."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return Span(line_start, len(text) if line_end < 0 else line_end)
