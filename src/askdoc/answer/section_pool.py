"""The passages an open list reads: the retrieved ones and the neighbours of the best in its section.

The items of a list are often told one passage after another under one heading ("US Embassy and
bases attacked": the Embassy attacks, then the shelling of bases, then the rockets near Halliburton),
while retrieval returns the passage that names the asked thing best and misses the neighbours that
add items in their own words. The content passages of the best passage's section within ``REACH``
passages of it are read as well.
"""

from __future__ import annotations

from askdoc.index.document_index import DocumentIndex
from askdoc.types import Chunk, Passage

# Passages either side of the best one read when in its section: a bound on the reading (a section of one
# heading over a whole README), not tuned; open_list.FILL gives the figures with it.
REACH = 3


def section_pool(index: DocumentIndex, passages: tuple[Passage, ...], read: int) -> tuple[Passage, ...]:
    """The first ``read`` of ``passages``, then the content passages of the first one's section within ``REACH``
    of it that retrieval did not return, in document order."""
    if not passages:
        return ()
    top = passages[0].chunk
    have = {p.chunk.chunk_id for p in passages[:read]}
    added = tuple(Passage(chunk, 0.0) for chunk in section_neighbours(index, top) if chunk.chunk_id not in have)
    return passages[:read] + added


def section_neighbours(index: DocumentIndex, top: Chunk) -> list[Chunk]:
    """The content passages of ``top``'s section within ``REACH`` passages of it, ``top`` included."""
    return [
        chunk
        for chunk in index.chunks[max(0, top.chunk_id - REACH) : top.chunk_id + REACH + 1]
        if chunk.role == "content" and chunk.section == top.section and chunk.document == top.document
    ]
