"""The index manifest: what an index was built from and what it holds, parsed and checked once.

On disk it is ``manifest.json``, written last into a document's index folder; in memory an
:class:`IndexManifest`, so no other module reads its keys by name. A collection of several
documents (collection.py) has one too, never written, listing each of its documents.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from askdoc import __version__
from askdoc.errors import AskdocError
from askdoc.index.dense import Kind
from askdoc.types import DocumentMetadata

# 3: chunks carry their role and page label, the document its metadata (issue 11).
FORMAT = 3
MANIFEST = "manifest.json"
_KINDS = ("flat", "hnsw")


class DamagedIndex(AskdocError):
    """An index folder whose files cannot be trusted; ``why`` says which and how."""

    def __init__(self, folder: Path, why: str):
        super().__init__(f"The index in {folder} is damaged ({why}).")
        self.why = why


class OutdatedIndex(AskdocError):
    """An index written by another version of askdoc, in a manifest format this one does not read."""

    def __init__(self, folder: Path):
        super().__init__(f"The index in {folder} was written by another version of askdoc.")


@dataclass(frozen=True)
class DocumentRecord:
    """The document an index was built from; ``path`` is None for standard input.

    ``metadata`` is what the document says about itself (title, authors, date, publisher,
    source), each with its span in the clean text.
    """

    name: str
    path: str | None
    title: str
    sha256: str
    chars: int
    metadata: DocumentMetadata = field(default_factory=DocumentMetadata)


@dataclass(frozen=True)
class ModelRecord:
    """The embedding model the vectors come from."""

    path: str
    fingerprint: str
    dimension: int


@dataclass(frozen=True)
class Counts:
    """How many paragraphs, passages (chunks) and sentences the index holds."""

    paragraphs: int
    chunks: int
    sentences: int


@dataclass(frozen=True)
class IndexManifest:
    """A parsed manifest. ``documents`` has one entry for a document's own index, several for a collection."""

    documents: tuple[DocumentRecord, ...]
    model: ModelRecord
    chunking: Mapping[str, Any]
    counts: Counts
    dense_index: Kind
    built_at: str = ""
    askdoc_version: str = __version__
    files: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def document(self) -> DocumentRecord:
        """The first (for a document's own index, the only) document."""
        return self.documents[0]

    def to_json(self) -> dict[str, Any]:
        """The manifest.json object of a document's index (the keys askdoc has always written)."""
        return {
            "format": FORMAT,
            "askdoc_version": self.askdoc_version,
            "built_at": self.built_at,
            "document": {**asdict(self.document), "metadata": self.document.metadata.to_json()},
            "model": asdict(self.model),
            "chunking": dict(self.chunking),
            "counts": asdict(self.counts),
            "dense_index": self.dense_index,
            "files": dict(self.files),
        }


@dataclass(frozen=True)
class BuildBasis:
    """What an index must have been built from to be reused: the document, the model, the chunk settings."""

    sha256: str
    model_path: str
    model_fingerprint: str
    chunking: Mapping[str, Any]


def stale_reason(manifest: IndexManifest, basis: BuildBasis) -> str | None:
    """Why an index no longer fits its document, model or settings, or None if it does."""
    if manifest.document.sha256 != basis.sha256:
        return "the document has changed"
    if manifest.model.fingerprint != basis.model_fingerprint or manifest.model.path != basis.model_path:
        return "the embedding model has changed"
    if manifest.chunking != basis.chunking:
        return "the chunk settings have changed"
    return None


def read_manifest(folder: Path) -> IndexManifest | None:
    """The folder's manifest; None when there is no index, DamagedIndex or OutdatedIndex when it cannot be used."""
    path = folder / MANIFEST
    if not path.exists():
        return None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:  # RecursionError: nested too deep
        raise DamagedIndex(folder, "its manifest is not valid JSON") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("format"), int):
        raise DamagedIndex(folder, "its manifest is not an askdoc index manifest")
    if raw["format"] != FORMAT:
        raise OutdatedIndex(folder)
    try:
        return parse_manifest(raw)
    except _Missing as missing:
        raise DamagedIndex(folder, f"its manifest lacks {missing}") from None


def write_manifest(folder: Path, manifest: IndexManifest) -> None:
    """Write ``manifest.json`` into ``folder``."""
    (folder / MANIFEST).write_text(json.dumps(manifest.to_json(), indent=2), encoding="utf-8")


class _Missing(Exception):
    """A required field is absent or of the wrong type; its text is the dotted key."""


def parse_manifest(raw: dict) -> IndexManifest:
    """The typed manifest of a format-``FORMAT`` manifest.json object; _Missing names a bad field."""
    files = _get(raw, "files", dict)
    kind = raw.get("dense_index", "flat")  # written since HNSW came in; every index before it was flat
    if kind not in _KINDS:
        raise _Missing("dense_index")
    path = _get(raw, "document", dict).get("path")
    return IndexManifest(
        documents=(
            DocumentRecord(
                name=_get(raw, "document.name", str),
                path=path if isinstance(path, str) else None,
                title=_get(raw, "document.title", str),
                sha256=_get(raw, "document.sha256", str),
                chars=_get(raw, "document.chars", int),
                metadata=_metadata(raw["document"].get("metadata")),
            ),
        ),
        model=ModelRecord(
            path=_get(raw, "model.path", str),
            fingerprint=_get(raw, "model.fingerprint", str),
            dimension=_get(raw, "model.dimension", int),
        ),
        chunking=MappingProxyType(dict(_get(raw, "chunking", dict))),
        counts=Counts(
            paragraphs=_get(raw, "counts.paragraphs", int),
            chunks=_get(raw, "counts.chunks", int),
            sentences=_get(raw, "counts.sentences", int),
        ),
        dense_index=kind,
        built_at=_get(raw, "built_at", str),
        askdoc_version=str(raw.get("askdoc_version", "")),
        files=MappingProxyType({str(name): str(digest) for name, digest in files.items()}),
    )


def _metadata(raw: object) -> DocumentMetadata:
    try:
        return DocumentMetadata.from_json(raw) if isinstance(raw, dict) else DocumentMetadata()
    except (KeyError, TypeError, ValueError):
        raise _Missing("document.metadata") from None


def _get(raw: dict, dotted: str, kind: type) -> Any:
    value: Any = raw
    for key in dotted.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _Missing(dotted)
    return value
