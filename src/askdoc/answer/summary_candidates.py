"""The sentences a whole-document answer weighs on a long document: those of passages that cover its subject.

A summary (centroid and MMR) and the thesis (closest to the title) read sentence vectors, which
are encoded the first time they are read (index/sentence_vectors.py). Over every sentence of a
400 KB manual that is some 3,000 sentences on the first "what is this about?". Instead the
passages are chosen first, the way the summary chooses sentences: maximal marginal relevance
over the passage vectors (already in memory) around their mean (or the title, for the thesis),
and only the sentences of the first ``MOST_PASSAGES`` are candidates. The document's first
candidate sentence is always kept: the summary opens with it (gist.LEAD "first").
"""

from __future__ import annotations

import numpy as np

from askdoc.answer.document_sentences import IndexedSentence
from askdoc.answer.mmr import mmr_order
from askdoc.index.document_index import DocumentIndex

# bench/summaries.py --real (10 documents, 3 key points each): every sentence as candidates .80 of
# the key points, 8/10 openings state the gist; sentences of the first 48 passages by MMR the same,
# key point for key point (32: .77, 24: .77, 16: .77, tar's compression point lost; the 24 passages
# nearest the mean, no MMR: .77). Documents of up to 48 passages are summarised from every sentence.
MOST_PASSAGES = 48


def near_sentences(
    index: DocumentIndex, sentences: list[IndexedSentence], target: np.ndarray | None = None, most: int = MOST_PASSAGES
) -> list[IndexedSentence]:
    """``sentences`` (in document order) of the first ``most`` of their passages by MMR around ``target`` (default:
    the mean of those passages' vectors), and the first of them; all when they come from ``most`` passages or fewer."""
    chunk_ids = sorted({s.chunk.chunk_id for s in sentences})
    if len(chunk_ids) <= most:
        return sentences
    vectors = index.chunk_vectors[chunk_ids]
    if target is None:
        target = vectors.mean(axis=0)
    kept = {chunk_ids[i] for i in mmr_order(vectors, target, most)}
    return [s for n, s in enumerate(sentences) if n == 0 or s.chunk.chunk_id in kept]
