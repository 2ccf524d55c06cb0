"""The `ask --json` object of DESIGN.md, built from an Answer.

Over one document the keys are exactly the contract's; a paged source's citations add
``page`` and ``page_label`` (DESIGN.md). Over a collection each citation
and retrieved passage also names its ``document``, and ``start``/``end`` stay offsets
into that document's own clean text.
"""

from __future__ import annotations

from askdoc.types import Answer, Chunk, Citation, Passage

TIMING_KEYS = ("load", "embed", "retrieve", "compose", "total")


def answer_to_json(answer: Answer) -> dict:
    """Exactly the keys of the contract, in its order."""
    return {
        "question": answer.question,
        "resolved_question": answer.resolved_question or answer.question,
        "kind": answer.kind,
        "answer": answer.text,
        "abstained": answer.abstained,
        "confidence": answer.confidence,
        "citations": [_citation(citation) for citation in answer.citations],
        "retrieved": [_passage(passage) for passage in answer.retrieved],
        "timings_ms": {key: answer.timings_ms.get(key, 0.0) for key in TIMING_KEYS},
    }


def _citation(citation: Citation) -> dict:
    chunk = citation.passage.chunk
    return {
        "n": citation.n,
        "chunk_id": chunk.chunk_id,
        "paragraphs": list(chunk.paragraphs),
        "start": chunk.start - chunk.document_start,
        "end": chunk.end - chunk.document_start,
        "section": chunk.section,
        "text": chunk.text,
        "score": round(citation.passage.score, 4),
        **_page(chunk),
        **_document(chunk),
    }


def _passage(passage: Passage) -> dict:
    chunk = passage.chunk
    return {
        "chunk_id": chunk.chunk_id,
        "start": chunk.start - chunk.document_start,
        "end": chunk.end - chunk.document_start,
        "text": chunk.text,
        "score": round(passage.score, 4),
        **_document(chunk),
    }


def _page(chunk: Chunk) -> dict:
    """``page`` (physical, 1-based) and ``page_label`` (as printed) of a paged source, when known."""
    page = {"page": chunk.page} if chunk.page is not None else {}
    return {**page, "page_label": chunk.page_label} if chunk.page_label else page


def _document(chunk: Chunk) -> dict:
    return {"document": chunk.document} if chunk.document else {}
