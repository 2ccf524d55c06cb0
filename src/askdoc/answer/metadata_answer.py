"""Answers about the document itself (author, title, date, publisher, original source, copyright holder,
licence) from its metadata.

The metadata comes from the index (documents/metadata.py found it with the span of clean
text it came from); the answer cites the line that span is on (a title heading: the passage
it heads). A field the document does not state,
or one known only from the file's own metadata (no span), gets no metadata answer: the caller
then answers the question like any other, and when the question asks it of the document itself
("Who published this README?") keeps that answer only if its sentences speak of the field
(``field_checked``): "The document does not say" beats a sentence that happens to match the words.
"""

from __future__ import annotations

from askdoc.answer.composer import Composition
from askdoc.answer.contract import ABSTENTION_TEXT, marker
from askdoc.answer.metadata_fields import asked_field, asks_of_the_document, states_field
from askdoc.index.document_index import DocumentIndex
from askdoc.types import Citation, MetadataField, Passage, Span

# The share of metadata questions answered right on eval/reader_questions.jsonl (askdoc eval, right_metadata)
# is the figure behind this confidence; a stated field is read, not guessed.
CONFIDENCE = 0.9
_PHRASES = {
    "title": "The title is “{}”",
    "date": "It was published on {}",
    "source": "It was originally published on {}",
    "publisher": "It was published by {}",
    "authors": "It was written by {}",
    "copyright": "The copyright is held by {}",
    "licence": "Its licence: {}",
}


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
            heading = (field.value, index.text[span.start : span.end])
            chunk, quoted = next((c for c in index.chunks if c.section in heading), None), ()
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


def field_checked(question: str, answer: Composition) -> Composition:
    """``answer`` (composed from the passages because the metadata lacks the field asked for), or an abstention when
    the question asks the field of the document itself and the answer's sentences do not speak of it."""
    field = asked_field(question)
    if answer.abstained or field is None or not asks_of_the_document(question) or states_field(field, answer.text):
        return answer
    return Composition(ABSTENTION_TEXT, (), 0.0, True)


def _line(text: str, start: int, end: int) -> Span:
    """The line of ``text`` that holds ``[start, end)``."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return Span(line_start, len(text) if line_end < 0 else line_end)
