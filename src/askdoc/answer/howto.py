""""How do I …?" and "Which option …?" answered with the option or command whose description says the asked act.

A manual answers "How can I list directories before ordinary files?" with an option line,
"--group-directories-first: group directories before files", and a README answers "How do I
install it?" with the command a sentence introduces ("Install HTTPX using pip:" above
"$ pip install httpx"). Those entries say the act in other words than the question, and a
manual holds a hundred of them that all look alike to the retriever, so the five passages
retrieved often miss the one asked for. For a question asking how to do something or which
option or command does it, every entry of the document is compared with the question: an
option entry (a term line opening with "-" and its description, joined by text/definitions.py)
and a sentence that introduces a command (a line of code, quoting.py, that reads as typed at a shell
prompt, not a line of a program); each by the cosine of its stored sentence vector with the
question's. A fact answer that quotes an entry or a line of code stands (it names an option or a
command already); one that quotes prose gives way to the closest entry when that is an option
and its cosine reaches ``_MIN_COSINE`` (a README tells how in prose as often as by a command:
"place the name between two colons"); an abstention to the closest entry, option or command,
when its cosine reaches ``_MIN_COSINE_ABSTAINED`` (then with the abstention threshold as its
confidence). The entry is cited to its passage, appended when it was
not retrieved.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass

import numpy as np

from askdoc.answer.answerability import Candidate, stored_model
from askdoc.answer.cited_passages import passage_rank
from askdoc.answer.composer import Composition, cite
from askdoc.answer.conversation import own_question
from askdoc.answer.document_sentences import document_sentences
from askdoc.answer.quoting import introduced_line, is_code_line
from askdoc.index.document_index import DocumentIndex
from askdoc.types import Chunk, Passage, Span

# "How do I …", "how can I …", "how to …", "Which option/flag/command …", "What command …", "What do I run …".
_ASKS_HOW = re.compile(
    r"^\s*(?:(?:and|so|ok|okay|please)[,\s]+)?(?:"
    r"how\s+(?:do|can|could|should|would|may|might)\s+(?:i|you|we|one)\b|how\s+to\b"
    r"|(?:which|what)\s+(?:\w+\s+){0,2}?(?:option|flag|switch|command|argument)\b"
    r"|what\s+(?:do|should|must)\s+i\s+(?:run|type|use|install|pass|add)\b)",
    re.I,
)
# An option entry's term line: "-A, --almost-all", "--group-directories-first", "-o <output>, --output=<output>".
_OPTION_TERM = re.compile(r"^\s*[-+]{1,2}[\w?#]")
# The cosine of the question with the closest option at which it replaces an answer quoting prose: on the fit half
# of eval/dev/howto.jsonl such answers were replaced rightly at .480 (h09) and the others (.465-.588) were wrong
# either way; .45 lies below the right one. (No prose answer there was rightly replaced by a command: h29, .401.)
_MIN_COSINE = 0.45
# ... and at which it answers where the composer abstained: above .517, the highest cosine of a wrong entry in
# place of an abstention on that fit half (h03; h11 .412), none there right.
_MIN_COSINE_ABSTAINED = 0.55

# A shell prompt before a command; a program's name; the words and marks that open or fill a line of a program instead.
_PROMPT = re.compile(r"^[$%#]\s+")
_PROGRAM = re.compile(r"^[a-z][\w.+-]*$")
_STATEMENTS = frozenset({"from", "import", "def", "class", "return", "print", "if", "for", "with", "async", "await"})
_CODE_MARKS = ("(", "{", ">>>", " = ")


@dataclass(frozen=True)
class Entry:
    """An option line with its description, or a sentence introducing a command: its span, vector row and chunk."""

    span: Span
    row: int
    chunk: Chunk
    option: bool


_ENTRIES: weakref.WeakKeyDictionary[object, list[Entry]] = weakref.WeakKeyDictionary()


def asks_how(question: str) -> bool:
    """Whether ``question`` (its own last sentence, after any earlier questions a follow-up was resolved with) asks
    how to do something or which option or command does it."""
    return _ASKS_HOW.match(own_question(question)) is not None


def reads_as_command(line: str) -> bool:
    """Whether a line of code is a command typed at a shell prompt ("$ pip install httpx", "python -m rich.tree"),
    not a line of a program or of data ("from rich import print", ">>> import zipapp", "MYPKIX1 { }")."""
    line = _PROMPT.sub("", line.strip())
    words = line.split()
    return (
        len(words) >= 2
        and _PROGRAM.match(words[0]) is not None
        and words[0] not in _STATEMENTS
        and not any(mark in line for mark in _CODE_MARKS)
    )


def entries(index: DocumentIndex) -> list[Entry]:
    """The document's option entries and command introductions, in order (found once per index)."""
    key = index.sentence_vectors
    if key not in _ENTRIES:
        found = []
        for sentence in document_sentences(index):
            text = index.text[sentence.span.start : sentence.span.end]
            option = "\n" in text and _OPTION_TERM.match(text) is not None
            line = None if option else introduced_line(index, sentence.chunk, sentence.span)
            if option or (line is not None and reads_as_command(index.text[line.span.start : line.span.end])):
                found.append(Entry(sentence.span, sentence.row, sentence.chunk, option))
        _ENTRIES[key] = found
    return _ENTRIES[key]


def _cosines(matrix: np.ndarray, vector: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1) * max(float(np.linalg.norm(vector)), 1e-12)
    return matrix @ vector / np.maximum(norms, 1e-12)


def entry_cosines(index: DocumentIndex, query_vector: np.ndarray) -> tuple[list[Entry], np.ndarray]:
    """The document's entries and the cosine of each one's sentence vector with ``query_vector``."""
    found = entries(index)
    if not found:
        return found, np.zeros(0, dtype=np.float32)
    return found, _cosines(index.sentence_vectors[[e.row for e in found]], query_vector)


def quotes_entry(index: DocumentIndex, answer: Composition, found: list[Entry]) -> bool:
    """Whether ``answer`` quotes an entry or a line of code: it names an option or a command already."""
    spans = {span for citation in answer.citations for span in citation.quoted}
    return bool(spans & {e.span for e in found}) or any(is_code_line(index.text[s.start : s.end]) for s in spans)


def howto_answer(
    index: DocumentIndex, question: str, query_vector: np.ndarray, passages: tuple[Passage, ...], answer: Composition
) -> Composition:
    """For a how-to or which-option question, the closest entry when it is close enough; else ``answer``."""
    if not asks_how(question) or not passages:
        return answer
    found, cosines = entry_cosines(index, query_vector)
    if not found:
        return answer
    best = int(np.argmax(cosines))
    entry = found[best]
    if not answer.abstained and (not entry.option or quotes_entry(index, answer, found)):
        return answer
    if cosines[best] < (_MIN_COSINE_ABSTAINED if answer.abstained else _MIN_COSINE):
        return answer
    rank, passages = passage_rank(passages, entry.chunk, min(p.score for p in passages))
    candidate = Candidate(rank, entry.span, np.zeros(0), probability=answer.confidence)
    text, citations = cite(index, question, [candidate], passages)
    confidence = answer.confidence if not answer.abstained else stored_model().threshold
    return Composition(text, citations, confidence, False)
