"""A loaded index, the thing questions are answered from: one document's, or a collection's."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from askdoc.index.lexical import LexicalIndex
from askdoc.index.manifest import IndexManifest
from askdoc.index.sentence_vectors import SentenceVectors
from askdoc.types import Chunk, DocumentMetadata


@dataclass(frozen=True)
class DocumentIndex:
    """The clean text, its chunks, their vectors and the lexical postings, with the manifest they match.

    ``documents`` names the documents it covers: one, or several for a collection
    (collection.py), whose clean texts are then joined in ``text``. ``sentence_rows[i]`` are
    the rows of ``sentence_vectors`` that hold chunk ``i``'s sentences, encoded when first read.
    """

    folder: Path
    manifest: IndexManifest
    text: str
    chunks: tuple[Chunk, ...]
    dense: object
    chunk_vectors: np.ndarray
    sentence_vectors: SentenceVectors
    sentence_rows: tuple[range, ...]
    lexical: LexicalIndex
    title: str
    documents: tuple[str, ...]

    @property
    def metadata(self) -> DocumentMetadata:
        """What the (first) document says about itself: title, authors, date, publisher, source, with spans."""
        return self.manifest.document.metadata
