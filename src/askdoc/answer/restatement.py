"""The sentence that restates the question: it holds every question term the document holds.

"What did MP Ali al-Ghanimi tell the media?" is answered by "An Iraqi member of Parliament,
Ali al-Ghanimi, told the media that …": the question repeats the sentence's own words. The
answerability model can still rank another sentence first (its features count "tell" as
missing from "told", and a term the whole document lacks, "MP", as missing from every sentence).
Such a restating sentence is moved first when the best one does not restate the question and
its probability is at least ``RATIO`` of the best's. Terms are compared after stemming and
with common irregular verb forms folded (told → tell); terms the document never uses are left out.
"""

from __future__ import annotations

from functools import lru_cache

from askdoc.answer.answerability import Candidate
from askdoc.index.document_index import DocumentIndex
from askdoc.text.irregular_verbs import PAST_FORMS
from askdoc.text.terms import analyze
from askdoc.types import Passage

# eval/dev/facts.jsonl with eval/real (bench: every fact question whose best sentence does not restate
# it): a restating sentence among the first 15 held the answer 3 times in 3, the best one 0 times; the
# restating sentences ranked at .50-.82 of the best's probability, so .4 keeps them.
RATIO = 0.4
_READ = 15


def restating_first(
    index: DocumentIndex, question: str, ranked: list[Candidate], passages: tuple[Passage, ...]
) -> list[Candidate]:
    """``ranked`` with the best restating sentence moved first, when the best one does not restate the question."""
    if not ranked:
        return ranked
    asked = {term for term in _terms(question) if _held(index, term)}
    if not asked:
        return ranked
    for candidate in ranked[:_READ]:
        if candidate.probability < RATIO * ranked[0].probability:
            break
        chunk = passages[candidate.passage_rank].chunk
        if asked <= _terms(f"{chunk.section} {index.text[candidate.span.start : candidate.span.end]}"):
            return ranked if candidate is ranked[0] else [candidate, *(c for c in ranked if c is not candidate)]
    return ranked


@lru_cache(maxsize=1)
def _irregular() -> dict[str, str]:
    """Each irregular past form's term and its base verb's term ("told" → "tell", "became" → "becom")."""
    return {analyze(form)[0]: analyze(base)[0] for form, base in PAST_FORMS.items()}


def _terms(text: str) -> set[str]:
    irregular = _irregular()
    return {irregular.get(word, word) for word in analyze(text)}


def _held(index: DocumentIndex, term: str) -> bool:
    """Whether the document uses ``term`` (or an irregular form of it)."""
    vocabulary = index.lexical.vocabulary
    return term in vocabulary or any(form in vocabulary for form, base in _irregular().items() if base == term)
