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

import re

from askdoc.answer.composer import Composition
from askdoc.answer.contract import ABSTENTION_TEXT, marker
from askdoc.answer.metadata_fields import asked_field, asks_of_the_document, states_field
from askdoc.documents.metadata_lines import MODIFIED
from askdoc.index.document_index import DocumentIndex
from askdoc.text.terms import analyze
from askdoc.types import Citation, DocumentMetadata, MetadataField, Passage, Span

# The share of metadata questions answered right on eval/reader_questions.jsonl (askdoc eval, right_metadata)
# is the figure behind this confidence; a stated field is read, not guessed.
CONFIDENCE = 0.9
# Over a folder, one line a document: eight fit the answer's 60 words with short values.
_MOST_DOCUMENTS = 8
# Words of a question that name a field or the documents in general, not one document ("Who wrote the Brazil
# article?" names the Brazil page by "brazil" alone).
_GENERIC_TERMS = frozenset(analyze(
    "who wrote written author authors writer when published date title called publisher licence license copyright "
    "source originally article document page post story file files documents articles these this manual readme"
))
_PHRASES = {
    "title": "The title is “{}”",
    "date": "It was published on {}",
    "source": "It was originally published on {}",
    "publisher": "It was published by {}",
    "authors": "It was written by {}",
    "copyright": "The copyright is held by {}",
    "licence": "Its licence: {}",
}
# A date without a day ("October 2006", "2006") is a time the text was published in, not on.
_MONTH_OR_YEAR = re.compile(r"(?:[A-Za-z]+\.?\s+)?\d{4}")


def compose_metadata(index: DocumentIndex, question: str) -> Composition | None:
    """The field's value, cited to the line it was found on; None when the document does not state it. Over several
    documents: each document's value (of those the question names, when it names some), "not stated" for the others."""
    name = asked_field(question)
    if name is None:
        return None
    if len(index.documents) > 1:
        return _over_documents(index, question, name)
    located = _located(index.metadata, name, 0)
    citations: list[Citation] = []
    markers = _cite(index, located, citations, "") if located else None
    if markers is None:
        return None
    return Composition(_stated(name, located, markers, index.text), tuple(citations), CONFIDENCE, False)


def _over_documents(index: DocumentIndex, question: str, name: str) -> Composition | None:
    """Each document's value of the field, opening with its name; None when no document states it."""
    starts = {chunk.document: chunk.document_start for chunk in index.chunks}
    records = list(zip(index.documents, index.manifest.documents, strict=True))
    asked = set(analyze(question)) - _GENERIC_TERMS
    named = [(document, record) for document, record in records if asked & set(analyze(f"{document} {record.title}"))]
    parts: list[str] = []
    citations: list[Citation] = []
    for document, record in (named or records)[:_MOST_DOCUMENTS]:
        located = _located(record.metadata, name, starts.get(document, 0))
        markers = _cite(index, located, citations, document) if located else None
        parts.append(f"{document}: {'not stated.' if markers is None else _stated(name, located, markers, index.text)}")
    left = len(named or records) - _MOST_DOCUMENTS
    if left > 0:
        parts.append(f"({left} more document{'s' if left > 1 else ''}: ask about one by name.)")
    return Composition(" ".join(parts), tuple(citations), CONFIDENCE, False) if citations else None


def _located(metadata: DocumentMetadata, name: str, shift: int) -> list[MetadataField]:
    """The field's values that the text states, their spans moved by ``shift`` (a document's place in a collection)."""
    value = getattr(metadata, name)
    fields: tuple[MetadataField, ...] = tuple(value) if isinstance(value, tuple) else ((value,) if value else ())
    return [
        MetadataField(f.value, f.start + shift, f.end + shift, f.source)
        for f in fields
        if f.start is not None and f.end is not None
    ]


def _cite(index: DocumentIndex, located: list[MetadataField], citations: list[Citation], document: str) -> list[int] | None:
    """The citation numbers of the lines ``located`` values are on, adding new citations to ``citations``; None when a
    value is in no passage. ``document``: the collection's document they belong to (empty for a single document)."""
    markers = []
    for field in located:
        span = _line(index.text, field.start or 0, field.end or 0)
        chunk = next((c for c in index.chunks if c.start <= span.start < c.end), None)
        quoted = (span,)
        if chunk is None:  # a heading is not inside a passage: cite the passage it heads
            heading = (field.value, index.text[span.start : span.end])
            chunk, quoted = next((c for c in index.chunks if c.section in heading and c.document == document), None), ()
        if chunk is None:
            return None
        cited = next((c for c in citations if c.passage.chunk.chunk_id == chunk.chunk_id), None)
        if cited is None:
            cited = Citation(len(citations) + 1, Passage(chunk, 1.0), quoted)
            citations.append(cited)
        markers.append(cited.n)
    return markers


def _stated(name: str, located: list[MetadataField], markers: list[int], text: str) -> str:
    values = " and ".join(f.value for f in located)
    phrase = _PHRASES[name]
    if name == "date" and all(MODIFIED.match(text[_line(text, f.start or 0, f.end or 0).start :].lstrip()) for f in located):
        phrase = "It was last modified on {}"  # a footer's "This page was last modified on …": not when it was published
    if name == "date" and all(_MONTH_OR_YEAR.fullmatch(f.value) for f in located):
        phrase = phrase.replace(" on ", " in ")
    return f"{phrase.format(values)}." + "".join(f" {marker(n)}" for n in dict.fromkeys(markers))


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
