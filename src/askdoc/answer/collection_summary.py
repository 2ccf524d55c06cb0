"""A summary of several documents: each document's own gist, named and cited, in the collection's order.

One summary over the joined documents quotes whichever sentences sit nearest the mean of them all,
so a document unlike the others goes unmentioned (three /usr/share/doc pages: pip's page on
repeatable installs got no sentence). Each document gets its gist sentence (gist.py's lead), and
its next key sentence when there are at most ``TWO_EACH_UP_TO`` documents; documents are added
while the answer keeps within the summary's word budget, and the answer says how many were left out.
"""

from __future__ import annotations

from askdoc.answer.composer import Composition
from askdoc.answer.document_sentences import IndexedSentence
from askdoc.answer.summary import MAX_WORDS, SUMMARY_CONFIDENCE, candidates, cite_sentences, summary_sentences
from askdoc.index.document_index import DocumentIndex

# Two sentences each fit the word budget for two documents (the gists of bench/summaries.py --real's documents run
# 9 to 38 words); from three documents on, one each.
TWO_EACH_UP_TO = 2


def compose_collection_summary(index: DocumentIndex) -> Composition:
    """Each document's gist (and one key sentence for two documents), cited, within the word budget."""
    each = 2 if len(index.documents) <= TWO_EACH_UP_TO else 1
    by_document: dict[str, list[IndexedSentence]] = {}
    for sentence in candidates(index):
        by_document.setdefault(sentence.chunk.document, []).append(sentence)
    chosen, words, left_out = [], 0, 0
    for name in index.documents:
        sentences = summary_sentences(index, most=each, among=by_document.get(name, []))
        length = 1 + sum(len(index.text[s.span.start : s.span.end].split()) + 1 for s in sentences)  # name, markers
        if not sentences or (chosen and words + length > MAX_WORDS):
            left_out += 1
            continue
        chosen.extend(sentences)
        words += length
    if not chosen:
        return Composition("The documents have no content to summarise.", (), 0.0, True)
    composition = cite_sentences(index, chosen, confidence=SUMMARY_CONFIDENCE, named=True)
    if left_out:
        note = f" ({left_out} more document{'s' if left_out > 1 else ''} not summarised here: ask about one by name.)"
        return Composition(composition.text + note, composition.citations, composition.confidence, False)
    return composition
