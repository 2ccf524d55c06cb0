"""A definition's sentence carries its term: ``-S`` above "sort by file size, largest first" is one sentence.

Option lists (man pages, ``--help`` output), glossaries and reference manuals put a term on a
line of its own and its description below it. Split at the line break, the description is
quoted without what it describes ("sort by file size, largest first" for "Which option sorts by
size?"). A paragraph that opens with a short line that ends no sentence, followed by more text,
has its first two sentences joined; the answer shows them as ``term: description``. A later
sentence of the description is shown after its term too (``paragraph_term``): bash(1)'s "In an
interactive shell, the value is interpreted as the number of seconds to wait …" answers "Which
variable logs an idle shell out?" only with "TMOUT: " before it.
"""

from __future__ import annotations

import re

from askdoc.types import Span

# A term is a few words: reflow.py keeps a first line of at most 5 words above deeper lines as a
# term (_TERM_WORDS); "-N, --newer=DATE, --after-date=DATE" (tar.1) is 3, "asn1_strerror" 1.
_TERM_MAX_WORDS = 5
_SENTENCE_END = (".", "!", "?", ";", ",")
_TERM_BREAK = re.compile(r"[ \t]*\n\s*")
# The end of the description's first sentence, before the one asked about.
_SENTENCE_BREAK = re.compile(r"[.!?]\s")


def join_term(text: str, sentences: list[Span]) -> list[Span]:
    """``sentences`` of one paragraph with a leading term line joined to the sentence after it."""
    if len(sentences) < 2 or not is_term_line(text, sentences[0], sentences[1]):
        return sentences
    return [Span(sentences[0].start, sentences[1].end), *sentences[2:]]


def is_term_line(text: str, first: Span, following: Span) -> bool:
    """``first`` is a line of its own (a line break before ``following``), a few words, ending no sentence."""
    term = text[first.start : first.end]
    between = text[first.end : following.start]
    return (
        "\n" in between
        and "\n" not in term
        and not between.count("\n") > 1
        and len(term.split()) <= _TERM_MAX_WORDS
        and not term.endswith(_SENTENCE_END)
    )


def shown(sentence: str) -> str:
    """A sentence as an answer shows it: a term on its own line becomes ``term: description``."""
    match = _TERM_BREAK.search(sentence)
    if match is None:
        return sentence
    term, rest = sentence[: match.start()], sentence[match.end() :]
    joiner = " " if term.endswith(":") else ": "
    return f"{term}{joiner}{_TERM_BREAK.sub(' ', rest)}"


def paragraph_term(text: str, span: Span, floor: int = 0) -> str | None:
    """The term line opening the paragraph that holds ``span``, when ``span`` is a later sentence of its description
    (not the one joined to the term); None when the paragraph opens with no term or before ``floor``."""
    start = text.rfind("\n\n", 0, span.start)
    start = 0 if start < 0 else start + 2
    line_end = text.find("\n", start, span.start)
    if start < floor or line_end < 0:
        return None
    term = text[start:line_end]
    first_ended = _SENTENCE_BREAK.search(text, line_end + 1, span.start + 1)
    if first_ended is None or len(term.split()) > _TERM_MAX_WORDS or term.endswith(_SENTENCE_END) or not term.strip():
        return None
    return term.strip()
