"""A passage an answer cites beyond the retrieved ones: the sentence it quotes lies in a chunk retrieval did not return.

The fact composer's neighbour sentence (fact_focus.py), the line of code a sentence introduces (composer.py), a
definition found elsewhere in the document (definition.py) and an option line (howto.py) are each cited to their
chunk's passage: its rank among the retrieved ones, or a passage appended after them with a given score.
"""

from __future__ import annotations

from askdoc.types import Chunk, Passage


def passage_rank(passages: tuple[Passage, ...], chunk: Chunk, score: float) -> tuple[int, tuple[Passage, ...]]:
    """The rank of ``chunk``'s passage in ``passages`` and the passages, with it appended (scored ``score``) when it
    was not retrieved."""
    rank = next((r for r, p in enumerate(passages) if p.chunk.chunk_id == chunk.chunk_id), None)
    if rank is not None:
        return rank, passages
    return len(passages), (*passages, Passage(chunk, score))
