"""Extractive summaries: the gist sentence first, then the key content sentences in document order, each cited.

The first sentence says what the document is about (gist.py chooses it); the key sentences
after it are chosen by one of three methods, kept so bench/summaries.py can compare them on
documents with reference key points; ``METHOD`` is the one that bench chose. Only prose
sentences are candidates (gist.is_prose: no code lines, option names or fragments), on a long
document only those of the passages nearest its subject (summary_candidates.py), whose sentence
vectors are encoded when first read. The methods:

- ``centroid``: maximal marginal relevance around the mean content vector (close to what the
  document is about, far from the sentences already taken);
- ``textrank``: PageRank over the cosine-similarity graph of the content sentences;
- ``lead``: the first content sentence of each section, in order.

A question about the argument ("What is the main argument?", "What does the author want?")
leads with the thesis: the content sentence closest to the document's title, which states the
claim in an opinion piece and the subject elsewhere.

``confidence`` of a summary is the share of reference key points the chosen method covers on
bench/summaries.py --real: a measured constant, not a per-answer estimate.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from askdoc.answer.composer import Composition
from askdoc.answer.contract import marker
from askdoc.answer.document_sentences import IndexedSentence, content_sentences
from askdoc.answer.gist import LEAD, lead_index, prose_sentences
from askdoc.answer.mmr import mmr_order
from askdoc.answer.opinion import states_view
from askdoc.answer.summary_candidates import near_sentences
from askdoc.answer.textrank import textrank_scores
from askdoc.index.document_index import DocumentIndex
from askdoc.text.definitions import shown
from askdoc.types import Citation, Passage, Span

MAX_WORDS = 120
MIN_SENTENCES = 3
MAX_SENTENCES = 5
# bench/summaries.py --real (10 real documents, 3 key points each, after the gist lead): key-point
# coverage centroid/MMR .80, textrank .73, lead .67; on the bundled article .50/.40/.30.
METHOD = "centroid"
# The same bench: the centroid summary after the gist lead covers .80 of the reference key points.
SUMMARY_CONFIDENCE = 0.8
# A summary's key sentences stand alone. Over the summaries of the 10 real documents of bench/summaries.py --real, the
# bundled article and three /usr/share/doc pages (pip's repeatable-installs, procps' bugs, git's README), 8 of 54 key
# sentences opened on such a word ("It also guards against ..."), 1 of 53 after ("There's no need ..."); the bench's
# key-point coverage stays .77, the 3-sentence brief's goes .67 -> .63 (africa-lgbt: "This created a stir ..."); with
# the licence notices below left out too, .80 and .67.
_LEANS_BACK = re.compile(
    r"^[\"“‘'(]?(it|it's|its|this|that|these|those|they|their|he|she|his|her|such|also|however|but|thus|therefore|hence|"
    r"then|so|and|or|yet|still|moreover|furthermore|besides|instead|otherwise|likewise|similarly|meanwhile)\b",
    re.I,
)
# The sentences of a licence notice around the one that names the licence (users-and-groups.html, DocBook: "This
# document is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY ..."). bench/summaries.py
# --real: key-point coverage .77 -> .80, the 3-sentence brief's .63 -> .67, the gist opens 9/10 documents.
_LICENCE_NOTICE = re.compile(
    r"\b(without any warranty|merchantability|you should have received a copy|you can redistribute it|"
    r"permission is granted to (copy|make|distribute)|see the (gnu )?(general|lesser|free documentation) (public )?licen[cs]e)\b",
    re.I,
)
# A document that states the writer's view in this many sentences argues, and its thesis is one of them: the ebb.org
# post has 9, the Debian Manifesto 2 (eval/dev/articles.jsonl, fit half: a03 "What is the author's main argument?").
MIN_VIEWS = 2
_ARGUMENT = re.compile(
    r"\b(argu\w*|thesis|claim|stance|position|opinion|message|point of|getting at|want|believe|conclu\w*|case for)\b", re.I
)


def summary_sentences(
    index: DocumentIndex,
    method: str = METHOD,
    most: int = MAX_SENTENCES,
    lead: str | None = LEAD,
    among: list[IndexedSentence] | None = None,
) -> list[IndexedSentence]:
    """The gist sentence chosen by ``lead`` (gist.py), then the key prose sentences chosen by ``method``, in
    document order; at most ``most`` in all, within the word budget. ``lead=None``: all in document order.
    ``among``: from these of the ``candidates`` only (one document's of a collection)."""
    sentences = candidates(index) if among is None else among
    sentences = near_sentences(index, prose_sentences(sentences, [_text(index, s.span) for s in sentences]))
    if not sentences:
        return []
    vectors = index.sentence_vectors[[s.row for s in sentences]]
    order = _METHODS[method](sentences, vectors)
    if lead is None:
        return sorted(_within_budget(index, sentences, order, [], most), key=lambda s: s.span.start)
    first = sentences[lead_index(vectors, lead)]
    rest = [sentences[i] for i in order if sentences[i].span != first.span and not leans_back(_text(index, sentences[i].span))]
    chosen = _within_budget(index, rest, list(range(len(rest))), [first], most)
    return [first, *sorted(chosen, key=lambda s: s.span.start)]


def leans_back(text: str) -> bool:
    """Whether a sentence opens on a word that points to the one before it ("It also guards against ...", "This
    archive then ...", "However, ..."): quoted without it, the reader does not know what it is about."""
    return bool(_LEANS_BACK.match(text))


def candidates(index: DocumentIndex) -> list[IndexedSentence]:
    """The content sentences a summary or thesis may quote: not those stating the document's own licence or copyright
    (documents/licence.py found them) nor the notice around them; a manual's title page "This document may be used
    under the terms of the GNU General Public License" is not what it is about."""
    sentences = content_sentences(index)
    fields = [f for f in (index.metadata.licence, index.metadata.copyright) if f is not None and f.start is not None]
    return [
        s
        for s in sentences
        if not any(s.span.start <= (f.start or 0) < s.span.end for f in fields)
        and not _LICENCE_NOTICE.search(index.text[s.span.start : s.span.end])
    ]


def thesis_sentence(index: DocumentIndex, title_vector: np.ndarray) -> IndexedSentence | None:
    """The content sentence closest to the title; when the document states the writer's view in ``MIN_VIEWS``
    sentences or more (opinion.py), the one of those closest to the document's centre. None without content."""
    sentences = candidates(index)
    sentences = near_sentences(index, prose_sentences(sentences, [_text(index, s.span) for s in sentences]), title_vector)
    views = [s for s in sentences if states_view(_text(index, s.span))]
    if len(views) >= MIN_VIEWS:
        # the view nearest what the whole text is about (the mean of its sentences), not its title
        centre = index.sentence_vectors[[s.row for s in sentences]].mean(axis=0)
        return views[int(np.argmax(index.sentence_vectors[[s.row for s in views]] @ centre))]
    if not sentences:
        return None
    cosines = index.sentence_vectors[[s.row for s in sentences]] @ title_vector
    return sentences[int(np.argmax(cosines))]


def asks_for_argument(question: str) -> bool:
    """Whether a summary question asks for the argument rather than the content."""
    return bool(_ARGUMENT.search(question))


def compose_summary(index: DocumentIndex, question: str, title_vector: np.ndarray | None) -> Composition:
    """The summary answer: the thesis first when asked for the argument, then the key sentences, each cited; over
    several documents, each document's own (collection_summary.py)."""
    if len(index.documents) > 1:
        from askdoc.answer.collection_summary import compose_collection_summary  # a collection's only

        return compose_collection_summary(index)
    sentences = summary_sentences(index)
    if title_vector is not None and asks_for_argument(question):
        thesis = thesis_sentence(index, title_vector)
        if thesis is not None:
            rest = [s for s in sentences if s.span != thesis.span]
            sentences = [thesis, *_within_budget(index, rest, list(range(len(rest))), [thesis])[: MAX_SENTENCES - 1]]
    if not sentences:
        return Composition("The document has no content to summarise.", (), 0.0, True)
    return cite_sentences(index, sentences, confidence=SUMMARY_CONFIDENCE)


def cite_sentences(
    index: DocumentIndex, sentences: list[IndexedSentence], confidence: float, named: bool = False
) -> Composition:
    """Quote ``sentences`` in the given order, each followed by the number of its passage; ``named``: the first
    sentence of each document opens with the document's name ("README.md: Git is ...")."""
    numbers: dict[int, int] = {}
    for sentence in sentences:
        numbers.setdefault(sentence.chunk.chunk_id, len(numbers) + 1)
    names = [
        f"{s.chunk.document}: " if named and (i == 0 or sentences[i - 1].chunk.document != s.chunk.document) else ""
        for i, s in enumerate(sentences)
    ]
    text = " ".join(
        f"{name}{shown(_text(index, s.span))} {marker(numbers[s.chunk.chunk_id])}"
        for name, s in zip(names, sentences, strict=True)
    )
    chunks = {s.chunk.chunk_id: s.chunk for s in sentences}
    citations = tuple(
        Citation(n, Passage(chunks[chunk_id], 1.0), tuple(s.span for s in sentences if s.chunk.chunk_id == chunk_id))
        for chunk_id, n in numbers.items()
    )
    return Composition(text, citations, confidence, False)


def _within_budget(
    index: DocumentIndex,
    sentences: list[IndexedSentence],
    order: list[int],
    taken: list[IndexedSentence],
    most: int = MAX_SENTENCES,
) -> list[IndexedSentence]:
    """Sentences in ``order`` while they fit the word budget (always at least ``MIN_SENTENCES`` tried)."""
    words = sum(len(_text(index, s.span).split()) for s in taken)
    chosen: list[IndexedSentence] = []
    for i in order:
        if len(taken) + len(chosen) >= most:
            break
        length = len(_text(index, sentences[i].span).split())
        if words + length <= MAX_WORDS:
            chosen.append(sentences[i])
            words += length
    return chosen


def _centroid(sentences: list[IndexedSentence], vectors: np.ndarray) -> list[int]:
    return mmr_order(vectors, vectors.mean(axis=0))


def _textrank(sentences: list[IndexedSentence], vectors: np.ndarray) -> list[int]:
    return [int(i) for i in np.argsort(-textrank_scores(vectors), kind="stable")]


def _lead(sentences: list[IndexedSentence], vectors: np.ndarray) -> list[int]:
    firsts, seen = [], set()
    for i, sentence in enumerate(sentences):
        if sentence.chunk.section not in seen:
            seen.add(sentence.chunk.section)
            firsts.append(i)
    return firsts + [i for i in range(len(sentences)) if i not in set(firsts)]


def _text(index: DocumentIndex, span: Span) -> str:
    return index.text[span.start : span.end]


_METHODS: dict[str, Callable[[list[IndexedSentence], np.ndarray], list[int]]] = {
    "centroid": _centroid,
    "textrank": _textrank,
    "lead": _lead,
}
