"""Paragraph-aware chunking under a token budget, keeping sentence offsets for the composer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from askdoc.text.definitions import join_term
from askdoc.text.sentences import split_sentences
from askdoc.text.tokens import count_tokens
from askdoc.types import Chunk, Document, Paragraph, Role, Span

DEFAULT_MAX_TOKENS = 200
DEFAULT_MIN_TOKENS = 8

TokenCounter = Callable[[str], int]


@dataclass(frozen=True)
class ChunkSettings:
    """What the chunks depend on; stored in the manifest so a change triggers a rebuild."""

    max_tokens: int = DEFAULT_MAX_TOKENS
    min_tokens: int = DEFAULT_MIN_TOKENS


@dataclass
class _Piece:
    start: int
    end: int
    section: str
    paragraphs: list[int]
    sentences: list[Span]
    page: int | None = None
    role: Role = "content"
    page_label: str | None = None
    outline: tuple[str, ...] = ()


def chunk_document(
    document: Document, settings: ChunkSettings = ChunkSettings(), count: TokenCounter = count_tokens
) -> list[Chunk]:
    """Split a document into chunks: whole paragraphs where they fit, sentence windows where not.

    A term on a line of its own above its description is one sentence with it (text/definitions.py).

    A long paragraph becomes windows of whole sentences, each sharing one sentence with the
    one before. A fragment under ``min_tokens`` (a lone "*", a byline) joins a neighbour in
    the same section instead of becoming a chunk on its own. ``count`` counts a text's tokens
    (a memo of count_tokens gives the same chunks without encoding texts counted before).
    """
    pieces: list[_Piece] = []
    for paragraph in document.paragraphs:
        pieces.extend(_split_paragraph(document.text, paragraph, settings.max_tokens, count))
    pieces = _merge_fragments(document.text, pieces, settings, count)
    return [
        Chunk(
            chunk_id=i,
            start=piece.start,
            end=piece.end,
            text=document.text[piece.start : piece.end],
            section=piece.section,
            paragraphs=tuple(piece.paragraphs),
            sentences=tuple(piece.sentences),
            n_tokens=count(document.text[piece.start : piece.end]),
            page=piece.page,
            role=piece.role,
            page_label=piece.page_label,
            outline=piece.outline,
        )
        for i, piece in enumerate(pieces)
    ]


def _split_paragraph(text: str, paragraph: Paragraph, budget: int, count: TokenCounter) -> list[_Piece]:
    sentences: list[Span] = []
    for sentence in join_term(text, split_sentences(text, paragraph.start, paragraph.end)):
        sentences.extend(_split_long_sentence(text, sentence, budget, count))
    if not sentences:
        return []
    if count(text[paragraph.start : paragraph.end]) <= budget:
        return [
            _Piece(sentences[0].start, sentences[-1].end, paragraph.section, [paragraph.number], sentences, *_where(paragraph))
        ]
    counts = [count(text[s.start : s.end]) for s in sentences]
    pieces: list[_Piece] = []
    first = 0
    while True:
        last = _window_end(text, sentences, counts, first, budget, count)
        window = sentences[first : last + 1]
        pieces.append(_Piece(window[0].start, window[-1].end, paragraph.section, [paragraph.number], window, *_where(paragraph)))
        if last + 1 >= len(sentences):
            return pieces
        first = last if last > first else last + 1


def _window_end(text: str, sentences: list[Span], counts: list[int], first: int, budget: int, count: TokenCounter) -> int:
    """The last sentence of the window from ``first``: the most sentences whose text fits ``budget``.

    The sum of the sentences' own counts guesses the end; exact counts of the window's text
    then settle it, so a window costs a few encodings instead of one per sentence it holds.
    """
    last, total = first, counts[first]
    while last + 1 < len(sentences) and total + counts[last + 1] <= budget:
        last += 1
        total += counts[last]
    while last > first and count(text[sentences[first].start : sentences[last].end]) > budget:
        last -= 1
    while last + 1 < len(sentences) and count(text[sentences[first].start : sentences[last + 1].end]) <= budget:
        last += 1
    return last


def _where(paragraph: Paragraph) -> tuple[int | None, Role, str | None, tuple[str, ...]]:
    return paragraph.page, paragraph.role, paragraph.page_label, paragraph.outline


def _split_long_sentence(text: str, sentence: Span, budget: int, count: TokenCounter) -> list[Span]:
    """A single sentence over budget is cut at word boundaries: rare, but it must not overflow."""
    if count(text[sentence.start : sentence.end]) <= budget:
        return [sentence]
    parts: list[Span] = []
    start = sentence.start
    words = [i for i in range(sentence.start + 1, sentence.end) if text[i].isspace() and not text[i - 1].isspace()]
    cut = start
    for boundary in [*words, sentence.end]:
        if count(text[start:boundary]) > budget and cut > start:
            parts.append(Span(start, cut))
            start = cut
            while text[start].isspace():
                start += 1
        cut = boundary
    parts.append(Span(start, sentence.end))
    return parts


def _is_fragment(text: str, piece: _Piece, settings: ChunkSettings, count: TokenCounter) -> bool:
    body = text[piece.start : piece.end]
    return not any(char.isalnum() for char in body) or count(body) < settings.min_tokens


def _merge_fragments(text: str, pieces: list[_Piece], settings: ChunkSettings, count: TokenCounter) -> list[_Piece]:
    merged: list[_Piece] = []
    pending: _Piece | None = None
    for piece in pieces:
        if pending is not None:
            joined = _join(text, pending, piece, settings, count)
            if joined is None:
                _attach_to_last(text, merged, pending, settings, count)
            else:
                piece = joined
            pending = None
        if _is_fragment(text, piece, settings, count):
            pending = piece
        else:
            merged.append(piece)
    if pending is not None:
        _attach_to_last(text, merged, pending, settings, count)
    return merged


def _join(text: str, first: _Piece, second: _Piece, settings: ChunkSettings, count: TokenCounter) -> _Piece | None:
    """The two pieces as one, if they share a section (and the headings above it) and a role and fit the budget together."""
    if (
        (first.section, first.outline) != (second.section, second.outline)
        or first.role != second.role
        or count(text[first.start : second.end]) > settings.max_tokens
    ):
        return None
    return _Piece(
        first.start,
        second.end,
        first.section,
        first.paragraphs + second.paragraphs,
        first.sentences + second.sentences,
        first.page if first.page is not None else second.page,
        first.role,
        first.page_label if first.page is not None else second.page_label,
        first.outline,
    )


def _attach_to_last(text: str, merged: list[_Piece], piece: _Piece, settings: ChunkSettings, count: TokenCounter) -> None:
    joined = _join(text, merged[-1], piece, settings, count) if merged else None
    if joined is None:
        merged.append(piece)
    else:
        merged[-1] = joined
