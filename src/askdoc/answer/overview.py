"""What the chat's opening page shows once the engine is open: a short cited summary and questions worth asking.

The questions come from the document itself: a summary request, one per main section
heading (kept only when the engine answers it without abstaining, asked standing alone),
and one about its metadata when the document names an author, a date or a publisher.
"""

from __future__ import annotations

from dataclasses import dataclass

from askdoc.answer.collection_summary import compose_collection_summary
from askdoc.answer.engine import Engine
from askdoc.answer.summary import cite_sentences, summary_sentences
from askdoc.index.document_index import DocumentIndex
from askdoc.types import Answer, DocumentMetadata

BRIEF_SENTENCES = 3
# bench/summaries.py --real: the three-sentence brief covers .70 of the reference key points.
BRIEF_CONFIDENCE = 0.7
SUGGESTIONS = 4


@dataclass(frozen=True)
class Overview:
    """The opening page's summary (an Answer, so its citations go to the sources panel), questions and page count."""

    summary: Answer
    questions: tuple[str, ...]
    pages: int | None


def overview(engine: Engine) -> Overview:
    """The summary, suggested questions and page count of the engine's document(s)."""
    index = engine.index
    several = len(index.documents) > 1
    summarise = "Summarise these documents" if several else "Summarise this document"
    about = None if several else metadata_question(index.metadata)
    wanted = SUGGESTIONS - 1 - (about is not None)
    sections: list[str] = []
    for question in section_questions(index):
        if len(sections) < wanted and not engine.ask(question).abstained:
            sections.append(question)
    questions = (summarise, *sections, *((about,) if about else ()))
    return Overview(brief_summary(index, summarise), questions, page_count(index))


def brief_summary(index: DocumentIndex, question: str) -> Answer:
    """The document's few key sentences (at most ``BRIEF_SENTENCES``), in order, each cited; for several documents,
    each one's gist (collection_summary.py)."""
    if len(index.documents) > 1:
        composition = compose_collection_summary(index)
    else:
        composition = cite_sentences(index, summary_sentences(index, most=BRIEF_SENTENCES), confidence=BRIEF_CONFIDENCE)
    passages = tuple(citation.passage for citation in composition.citations)
    return Answer(
        question, composition.text, not composition.citations, composition.confidence, composition.citations, passages,
        kind="summary",
    )


def section_questions(index: DocumentIndex) -> list[str]:
    """A question per section heading with content under it, in document order; the title's own section left out."""
    titles = {index.title, *(record.title for record in index.manifest.documents)}
    headings = dict.fromkeys(chunk.section for chunk in index.chunks if chunk.role == "content" and chunk.section)
    return [heading_question(heading) for heading in headings if heading not in titles]


def heading_question(heading: str) -> str:
    """'The Sunni-Shia divide' -> 'What does it say about the Sunni-Shia divide?'; other headings quoted."""
    first, _, rest = heading.partition(" ")
    if first in ("The", "A", "An") and rest:
        return f"What does it say about {first.lower()} {rest}?"
    return f'What does it say about "{heading}"?'


def metadata_question(metadata: DocumentMetadata) -> str | None:
    """A question the document's metadata answers: its author, else its date, else its publisher."""
    if metadata.authors:
        return "Who wrote it?"
    if metadata.date is not None:
        return "When was it published?"
    if metadata.publisher is not None:
        return "Who published it?"
    return None


def page_count(index: DocumentIndex) -> int | None:
    """The number of the last page a passage starts on; None for a document without pages."""
    pages = [chunk.page for chunk in index.chunks if chunk.page is not None]
    return max(pages) if pages else None
