"""The chunks of two real documents stay what they were when chunking was made faster, chunk for chunk.

tests/golden/chunks/digests.json holds, per document and token budget, a digest of every
chunk's repr (offsets, text, section, sentences, token count, page, role) made by the
chunker before its windows were sized from per-sentence counts, recorded again when a term line joined
its description's sentence (index/reading_version.py, reading 2), and when chunks gained their outline
(reading 15: every digest changed with the repr alone, the chunks did not).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from askdoc.documents.loader import load_document
from askdoc.index.chunker import ChunkSettings, chunk_document
from askdoc.locations import bundled_article

GOLDEN = Path(__file__).parent / "golden" / "chunks" / "digests.json"
DOCUMENTS = {"article": bundled_article(), "bash.1.txt": Path(__file__).parent / "fixtures" / "real" / "bash.1.txt"}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_chunks_match_the_recorded_ones_chunk_for_chunk(name: str) -> None:
    golden = json.loads(GOLDEN.read_text())
    document = load_document(DOCUMENTS[name])
    for budget in (40, 80, 200):
        chunks = chunk_document(document, ChunkSettings(max_tokens=budget))
        digests = [hashlib.sha256(repr(chunk).encode()).hexdigest()[:16] for chunk in chunks]
        expected = golden[f"{name}@{budget}"]
        for number, (got, want) in enumerate(zip(digests, expected, strict=False)):
            assert got == want, f"{name} at {budget} tokens: chunk {number} differs: {chunks[number]!r}"
        assert len(digests) == len(expected)
