"""Bring the index of each requested document up to date: check, lock, tidy, (re)build, load.

An index that is missing, stale or damaged is rebuilt, and the user is told why; the old
folder stays in place until the new one is renamed over it. Builds of one document are
serialised by a file lock, and whoever waited on it re-checks first: two `askdoc index`
runs at once build once.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from askdoc.documents.loader import Source, expand_documents, parse_source, read_source
from askdoc.documents.sizes import DEFAULT_MAX_BYTES
from askdoc.embedding.embedder import Encoder
from askdoc.embedding.index_encoder import open_index_encoder
from askdoc.embedding.query_encoder import ensure_onnx_export, open_query_encoder
from askdoc.index.catalog import folder_lock, tidy, tidy_if_idle
from askdoc.index.collection import merge_indexes
from askdoc.index.document_index import DocumentIndex
from askdoc.index.manifest import BuildBasis, DamagedIndex, OutdatedIndex, read_manifest, stale_reason
from askdoc.index.store import IndexSettings, build_basis, build_index, load_index, source_folder
from askdoc.types import BuildProgress, Notify, ProgressFactory

EncoderFactory = Callable[[Path], Encoder]
_NO_INDEX = "there is none yet"


def _quiet(message: str) -> None:
    """The default for ``notify``: the core never prints."""


@dataclass
class IndexRequest:
    """Which documents to answer from (files, folders, ``-``), where their indexes live and how they are built."""

    documents: tuple[Path, ...]
    index_dir: Path
    settings: IndexSettings
    notify: Notify = _quiet
    make_encoder: EncoderFactory = field(default=open_index_encoder)
    make_query_encoder: EncoderFactory = field(default=open_query_encoder)
    max_bytes: int = DEFAULT_MAX_BYTES
    progress: ProgressFactory | None = None


@dataclass(frozen=True)
class Indexed:
    """One document's index, loaded, and whether this run had to build it."""

    index: DocumentIndex
    built: bool


class Indexer:
    """Ensures the indexes of a request's documents, creating the encoder at most once."""

    def __init__(self, request: IndexRequest):
        self.request = request
        self.encoder: Encoder | None = None

    def ensure_all(self, rebuild: bool = False) -> list[Indexed]:
        """Every requested document's index; all documents are read before any is built.

        The model's ONNX export, which later questions are encoded with, is made here too.
        """
        request = self.request
        paths = expand_documents(request.documents, skip=request.index_dir)
        sources = [read_source(path, request.max_bytes) for path in paths]
        indexed = [self.ensure(source, rebuild) for source in sources]
        ensure_onnx_export(request.settings.model_dir, request.notify)
        return indexed

    def ensure(self, source: Source, rebuild: bool = False) -> Indexed:
        request = self.request
        folder = source_folder(request.index_dir, source)
        expected = build_basis(source.sha256, request.settings)
        index, reason = (None, "it was asked for") if rebuild else _load_if_fresh(folder, expected)
        if index is not None:
            tidy_if_idle(folder)
            return Indexed(index, built=False)
        document = parse_source(source)
        waiting = f"Waiting for another askdoc to finish indexing {source.name}."
        with folder_lock(folder, lambda: request.notify(waiting)):
            tidy(folder)
            if not rebuild:
                index, reason = _load_if_fresh(folder, expected)
                if index is not None:
                    return Indexed(index, built=False)
            if reason != _NO_INDEX:
                request.notify(f"Rebuilding the index of {source.name}: {reason}.")
            if self.encoder is None:
                self.encoder = request.make_encoder(request.settings.model_dir)
            started = partial(self._started, source)
            manifest = build_index(source, document, folder, request.settings, self.encoder, started)
        return Indexed(load_index(folder, manifest), built=True)


    def _started(self, source: Source, passages: int) -> BuildProgress:
        """Say in one line what is being indexed and how big it is; the progress bar, if any, follows."""
        self.request.notify(f"Indexing {source.name} ({passages} passage{'s' * (passages != 1)})…")
        return self.request.progress(source.name, passages) if self.request.progress is not None else _NoProgress()


class _NoProgress:
    def advance(self, passages: int) -> None:
        """Nothing to show."""

    def close(self) -> None:
        """Nothing to close."""


def ensure_index(request: IndexRequest, rebuild: bool = False) -> tuple[DocumentIndex, Encoder | None]:
    """The index to answer from: one document's, or the collection of several.

    Returns the encoder too when one was created for building, so a caller that goes on
    to ask questions does not load the model twice.
    """
    indexer = Indexer(request)
    indexes = [indexed.index for indexed in indexer.ensure_all(rebuild)]
    index = indexes[0] if len(indexes) == 1 else merge_indexes(indexes, request.index_dir, request.settings.hnsw_threshold)
    return index, indexer.encoder


def _absent_reason(folder: Path) -> str:
    """Why ``folder`` has no manifest: no index yet, or an index folder deleted from or replaced by a file."""
    if not os.path.lexists(folder):
        return _NO_INDEX
    if not folder.is_dir():
        return "it is damaged (a file stands where its folder was)"
    return "it is damaged (its manifest is missing)"


def _load_if_fresh(folder: Path, expected: BuildBasis) -> tuple[DocumentIndex | None, str]:
    """The folder's index when it is there, fits and reads cleanly; else None and why not."""
    try:
        manifest = read_manifest(folder)
        if manifest is None:
            return None, _absent_reason(folder)
        reason = stale_reason(manifest, expected)
        if reason is not None:
            return None, reason
        return load_index(folder, manifest), ""
    except DamagedIndex as exc:
        return None, f"it is damaged ({exc.why})"
    except OutdatedIndex:
        return None, "it was written by another version of askdoc"
