"""The on-disk index of one document: built, written atomically, checked and loaded.

A folder per document under the index directory holds manifest.json, chunks.jsonl,
text.txt, dense.faiss and the lexical arrays (sentence vectors are made on demand:
sentence_vectors.py). The manifest, written last,
records the sha256 of every other file, so a truncated or edited file is caught before it
is used. The folder is written as a temporary folder and renamed into place (askdoc.files),
so a crash never leaves a half index that loads (catalog.py holds the locks and the clean-up).
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

import numpy as np

from askdoc.documents.loader import Source
from askdoc.embedding.embedder import Encoder, model_fingerprint
from askdoc.files import folder_written_atomically
from askdoc.index.chunker import ChunkSettings, chunk_document
from askdoc.index.count_cache import FILE_NAME as COUNTS_FILE
from askdoc.index.count_cache import CountCache
from askdoc.index.dense import HNSW_THRESHOLD, build_dense_index, index_kind, read_dense_index
from askdoc.index.document_index import DocumentIndex
from askdoc.index.lexical import LexicalIndex
from askdoc.index.manifest import (
    BuildBasis,
    Counts,
    DamagedIndex,
    DocumentRecord,
    IndexManifest,
    ModelRecord,
    write_manifest,
)
from askdoc.index.passage_vectors import embed_passages, indexed_text
from askdoc.index.reading_version import READING_VERSION
from askdoc.index.sentence_vectors import lazy_sentence_vectors
from askdoc.locations import onnx_dir
from askdoc.text.tokens import ENCODING
from askdoc.types import BuildProgress, Chunk, Document, Role, Span

# An index of format 3 written before sentence vectors were made on demand also holds sentences.npy,
# listed in its manifest; it is not read.
DATA_FILES = ("chunks.jsonl", "text.txt", "dense.faiss", "lexical.json", "lexical.npz")
_UNREADABLE = (OSError, ValueError, KeyError, TypeError, IndexError, RuntimeError, EOFError, zipfile.BadZipFile)

T = TypeVar("T")
_ROLES: dict[object, Role] = {"content": "content", "heading": "heading", "metadata": "metadata", "furniture": "furniture"}


@dataclass(frozen=True)
class IndexSettings:
    """Everything an index is built from besides the document itself.

    ``hnsw_threshold`` is the number of passages from which the dense index is an HNSW graph
    (dense.py); tests lower it to build one from a small document.
    """

    model_dir: Path
    chunking: ChunkSettings = field(default_factory=ChunkSettings)
    hnsw_threshold: int = HNSW_THRESHOLD


def index_folder(index_dir: Path, document: Path) -> Path:
    """One folder per document, named after the file and a hash of its absolute path."""
    resolved = str(document.resolve())
    slug = re.sub(r"[^A-Za-z0-9]+", "-", document.stem).strip("-").lower() or "document"
    return index_dir / f"{slug[:40]}-{hashlib.sha1(resolved.encode()).hexdigest()[:10]}"


def source_folder(index_dir: Path, source: Source) -> Path:
    """A file's folder is keyed by its path; standard input, which has none, by its content."""
    return index_folder(index_dir, source.path) if source.path is not None else index_dir / f"stdin-{source.sha256[:10]}"


def build_basis(document_sha256: str, settings: IndexSettings) -> BuildBasis:
    """What an index of this document must have been built from to be reused."""
    return BuildBasis(
        sha256=document_sha256,
        model_path=str(settings.model_dir.resolve()),
        model_fingerprint=model_fingerprint(settings.model_dir),
        chunking={**asdict(settings.chunking), "tokenizer": ENCODING, "reading": READING_VERSION},
    )


def build_index(
    source: Source,
    document: Document,
    folder: Path,
    settings: IndexSettings,
    encoder: Encoder,
    started: Callable[[int], BuildProgress] | None = None,
) -> IndexManifest:
    """Chunk and embed the document, write the index atomically into ``folder`` and return its manifest.

    ``started`` is told the number of passages once they are known, and the progress it
    returns follows the embedding. Token counts of the folder's previous build are reused
    (count_cache.py), so an edited document encodes only its new texts.
    """
    counts = CountCache(onnx_dir().parent / COUNTS_FILE)
    memo = counts.memo(folder.name)
    chunks = chunk_document(document, settings.chunking, memo)
    counts.keep(folder.name, memo)
    progress = started(len(chunks)) if started is not None else None
    try:
        chunk_vectors = embed_passages(encoder, [indexed_text(chunk) for chunk in chunks], chunks, progress)
    finally:
        if progress is not None:
            progress.close()
    basis = build_basis(document.sha256, settings)
    manifest = IndexManifest(
        documents=(
            DocumentRecord(
                name=source.name,
                path=str(source.path.resolve()) if source.path is not None else None,
                title=document.title,
                sha256=document.sha256,
                chars=len(document.text),
                metadata=document.metadata,
            ),
        ),
        model=ModelRecord(path=basis.model_path, fingerprint=basis.model_fingerprint, dimension=encoder.dimension),
        chunking=basis.chunking,
        counts=Counts(
            paragraphs=len(document.paragraphs), chunks=len(chunks), sentences=sum(len(c.sentences) for c in chunks)
        ),
        dense_index=index_kind(len(chunks), settings.hnsw_threshold),
        built_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    )
    return _write_atomically(folder, manifest, document.text, chunks, chunk_vectors, settings.hnsw_threshold)


def _write_atomically(
    folder: Path,
    manifest: IndexManifest,
    text: str,
    chunks: list[Chunk],
    chunk_vectors: np.ndarray,
    hnsw_threshold: int,
) -> IndexManifest:
    import faiss

    with folder_written_atomically(folder) as temporary:
        (temporary / "text.txt").write_text(text, encoding="utf-8")
        with open(temporary / "chunks.jsonl", "w", encoding="utf-8") as out:
            for chunk in chunks:
                out.write(json.dumps(_chunk_record(chunk)) + "\n")
        dense = build_dense_index(chunk_vectors, hnsw_threshold)
        # Written by Python, not faiss.write_index: a full disk or `ulimit -f` is then an OSError that says so.
        (temporary / "dense.faiss").write_bytes(faiss.serialize_index(dense).tobytes())
        LexicalIndex.build([indexed_text(chunk) for chunk in chunks]).save(temporary)
        manifest = replace(manifest, files=MappingProxyType({name: _file_sha256(temporary / name) for name in DATA_FILES}))
        write_manifest(temporary, manifest)
    return manifest


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while block := file.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _chunk_record(chunk: Chunk) -> dict:
    return {
        "chunk_id": chunk.chunk_id,
        "start": chunk.start,
        "end": chunk.end,
        "section": chunk.section,
        "paragraphs": list(chunk.paragraphs),
        "sentences": [[s.start, s.end] for s in chunk.sentences],
        "n_tokens": chunk.n_tokens,
        "page": chunk.page,
        "page_label": chunk.page_label,
        "role": chunk.role,
        "outline": list(chunk.outline),
    }


def load_index(folder: Path, manifest: IndexManifest) -> DocumentIndex:
    """Read every file of an index, or raise DamagedIndex saying which one cannot be trusted."""
    for name in DATA_FILES:
        if not (folder / name).is_file():
            raise DamagedIndex(folder, f"{name} is missing")
        if _file_sha256(folder / name) != manifest.files.get(name):
            raise DamagedIndex(folder, f"{name} is not the file the index was built with")
    text = _read(folder, "text.txt", lambda path: path.read_text(encoding="utf-8"))
    chunks = _read(
        folder,
        "chunks.jsonl",
        lambda path: [_chunk_from_record(json.loads(line), text) for line in path.read_text(encoding="utf-8").splitlines()],
    )
    dense = _read(folder, "dense.faiss", read_dense_index)
    lexical = _read(folder, "lexical.npz", lambda _path: LexicalIndex.load(folder))
    rows, cursor = [], 0
    for chunk in chunks:
        rows.append(range(cursor, cursor + len(chunk.sentences)))
        cursor += len(chunk.sentences)
    _check_agreement(folder, manifest, text, chunks, dense, lexical, cursor)
    chunk_vectors = dense.reconstruct_n(0, dense.ntotal) if len(chunks) else np.zeros((0, dense.d), dtype=np.float32)
    if not _finite(chunk_vectors):
        raise DamagedIndex(folder, "its vectors are not finite numbers")
    return DocumentIndex(
        folder=folder,
        manifest=manifest,
        text=text,
        chunks=tuple(chunks),
        dense=dense,
        chunk_vectors=chunk_vectors,
        sentence_vectors=lazy_sentence_vectors(
            chunks, [indexed_text(chunk) for chunk in chunks], manifest.model.dimension, Path(manifest.model.path)
        ),
        sentence_rows=tuple(rows),
        lexical=lexical,
        title=manifest.document.title,
        documents=(manifest.document.name,),
    )


def _finite(vectors: np.ndarray) -> bool:
    """Whether ``vectors`` are floating-point numbers, none NaN or infinite (a forged file's could be)."""
    return np.issubdtype(vectors.dtype, np.floating) and bool(np.isfinite(vectors).all())


def _read(folder: Path, name: str, reader: Callable[[Path], T]) -> T:
    try:
        return reader(folder / name)
    except _UNREADABLE as exc:
        raise DamagedIndex(folder, f"{name} cannot be read") from exc


def _check_agreement(
    folder: Path,
    manifest: IndexManifest,
    text: str,
    chunks: list[Chunk],
    dense,
    lexical,
    sentences: int,
) -> None:
    """The files must agree with each other and with the manifest, or answers could cite the wrong words."""
    counts, dimension = manifest.counts, manifest.model.dimension
    if len(text) != manifest.document.chars:
        raise DamagedIndex(folder, "its text is not the length the manifest gives")
    if not dense.ntotal == lexical.n_docs == len(chunks) == counts.chunks:
        raise DamagedIndex(folder, "its files disagree on the number of passages")
    if dense.d != dimension:
        raise DamagedIndex(folder, f"its vectors do not have the model's {dimension} dimensions")
    if sentences != counts.sentences:
        raise DamagedIndex(folder, "its files disagree on the number of sentences")


def _chunk_from_record(record: dict, text: str) -> Chunk:
    start, end = int(record["start"]), int(record["end"])
    sentences = tuple(Span(int(a), int(b)) for a, b in record["sentences"])
    if not 0 <= start <= end <= len(text) or not all(start <= s.start <= s.end <= end for s in sentences):
        raise ValueError("chunk offsets outside the text")
    page = record["page"]
    return Chunk(
        chunk_id=int(record["chunk_id"]),
        start=start,
        end=end,
        text=text[start:end],
        section=str(record["section"]),
        paragraphs=tuple(int(number) for number in record["paragraphs"]),
        sentences=sentences,
        n_tokens=int(record["n_tokens"]),
        page=None if page is None else int(page),
        page_label=None if record.get("page_label") is None else str(record["page_label"]),
        role=_ROLES.get(record.get("role"), "content"),
        outline=tuple(str(heading) for heading in record.get("outline", ())),
    )
