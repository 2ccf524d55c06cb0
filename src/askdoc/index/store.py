"""The on-disk index of one document: built, written atomically, checked and loaded.

A folder per document under the index directory holds manifest.json, chunks.jsonl,
text.txt, dense.faiss, sentences.npy and the lexical arrays. The manifest, written last,
records the sha256 of every other file, so a truncated or edited file is caught before it
is used. The folder is written as a temporary folder and renamed into place, so a crash
never leaves a half index that loads (index_catalog.py holds the locks and the clean-up).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import time
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TypeVar

import numpy as np

from askdoc import __version__
from askdoc.documents.loader import Source
from askdoc.embedding.embedder import Encoder, model_fingerprint
from askdoc.errors import AskdocError
from askdoc.index.chunker import ChunkSettings, chunk_document
from askdoc.index.dense import build_dense_index, index_kind, read_dense_index
from askdoc.index.lexical import LexicalIndex
from askdoc.text.tokens import ENCODING
from askdoc.types import Chunk, Document, DocumentMetadata, Role, Span

FORMAT = 3
MANIFEST = "manifest.json"
DATA_FILES = ("chunks.jsonl", "text.txt", "dense.faiss", "sentences.npy", "lexical.json", "lexical.npz")
_MANIFEST_FIELDS: dict[tuple[str, ...], type] = {
    ("built_at",): str,
    ("document", "name"): str,
    ("document", "title"): str,
    ("document", "sha256"): str,
    ("document", "chars"): int,
    ("model", "path"): str,
    ("model", "fingerprint"): str,
    ("model", "dimension"): int,
    ("chunking",): dict,
    ("counts", "chunks"): int,
    ("counts", "paragraphs"): int,
    ("counts", "sentences"): int,
    ("files",): dict,
}
_UNREADABLE = (OSError, ValueError, KeyError, TypeError, IndexError, RuntimeError, EOFError, zipfile.BadZipFile)

T = TypeVar("T")
_ROLES: dict[object, Role] = {"content": "content", "heading": "heading", "metadata": "metadata", "furniture": "furniture"}


class DamagedIndex(AskdocError):
    """An index folder whose files cannot be trusted; ``why`` says which and how."""

    def __init__(self, folder: Path, why: str):
        super().__init__(f"The index in {folder} is damaged ({why}).")
        self.why = why


@dataclass(frozen=True)
class IndexSettings:
    """Everything an index is built from besides the document itself."""

    model_dir: Path
    chunking: ChunkSettings = field(default_factory=ChunkSettings)


@dataclass
class DocumentIndex:
    """A loaded index: the clean text, its chunks, their vectors and the lexical postings.

    ``metadata`` is what the document says about itself (title, authors, date, publisher,
    source, with spans into ``text``), for the answer's metadata questions and the chat header.

    ``documents`` names the documents it covers: one, or several for a collection
    (collection.py), whose clean texts are then joined in ``text``.
    """

    folder: Path
    manifest: dict
    text: str
    chunks: list[Chunk]
    dense: object
    chunk_vectors: np.ndarray
    sentence_vectors: np.ndarray
    sentence_rows: list[range]
    lexical: LexicalIndex
    title: str
    documents: tuple[str, ...]
    metadata: DocumentMetadata = field(default_factory=DocumentMetadata)


def default_index_dir() -> Path:
    """ASKDOC_INDEX_DIR, else the checkout's index/ when run from source, else the user cache."""
    if env := os.environ.get("ASKDOC_INDEX_DIR"):
        return Path(env)
    checkout = Path(__file__).resolve().parents[3]
    if (checkout / "pyproject.toml").is_file() and (checkout / "index").is_dir():
        return checkout / "index"
    import platformdirs

    return Path(platformdirs.user_cache_dir("askdoc")) / "index"


def index_folder(index_dir: Path, document: Path) -> Path:
    """One folder per document, named after the file and a hash of its absolute path."""
    resolved = str(document.resolve())
    slug = re.sub(r"[^A-Za-z0-9]+", "-", document.stem).strip("-").lower() or "document"
    return index_dir / f"{slug[:40]}-{hashlib.sha1(resolved.encode()).hexdigest()[:10]}"


def source_folder(index_dir: Path, source: Source) -> Path:
    """A file's folder is keyed by its path; standard input, which has none, by its content."""
    return index_folder(index_dir, source.path) if source.path is not None else index_dir / f"stdin-{source.sha256[:10]}"


def expected_manifest(document_sha256: str, settings: IndexSettings) -> dict:
    """The manifest fields that must match for an index to be reused."""
    return {
        "format": FORMAT,
        "sha256": document_sha256,
        "model_path": str(settings.model_dir.resolve()),
        "model_fingerprint": model_fingerprint(settings.model_dir),
        "chunking": {**asdict(settings.chunking), "tokenizer": ENCODING},
    }


def stale_reason(manifest: dict, expected: dict) -> str | None:
    """Why an index no longer fits its document, model or settings, or None if it does."""
    if manifest["format"] != expected["format"]:
        return "it was written by another version of askdoc"
    if manifest["document"]["sha256"] != expected["sha256"]:
        return "the document has changed"
    if manifest["model"]["fingerprint"] != expected["model_fingerprint"] or manifest["model"]["path"] != expected["model_path"]:
        return "the embedding model has changed"
    if manifest["chunking"] != expected["chunking"]:
        return "the chunk settings have changed"
    return None


def read_manifest(folder: Path) -> dict | None:
    """The folder's manifest, None when there is no index, DamagedIndex when it is unreadable or not askdoc's."""
    path = folder / MANIFEST
    if not path.exists():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DamagedIndex(folder, "its manifest is not valid JSON") from exc
    if not isinstance(manifest, dict) or not isinstance(manifest.get("format"), int):
        raise DamagedIndex(folder, "its manifest is not an askdoc index manifest")
    if manifest["format"] == FORMAT:
        for keys, kind in _MANIFEST_FIELDS.items():
            value = manifest
            for key in keys:
                value = value.get(key) if isinstance(value, dict) else None
            if not isinstance(value, kind):
                raise DamagedIndex(folder, f"its manifest lacks {'.'.join(keys)}")
    return manifest


def build_index(source: Source, document: Document, folder: Path, settings: IndexSettings, encoder: Encoder) -> None:
    """Chunk and embed the document, then write the index atomically into ``folder``."""
    chunks = chunk_document(document, settings.chunking)
    chunk_vectors = encoder.encode([indexed_text(chunk) for chunk in chunks])
    sentence_vectors = encoder.encode([document.text[s.start : s.end] for chunk in chunks for s in chunk.sentences])
    expected = expected_manifest(document.sha256, settings)
    manifest = {
        "format": FORMAT,
        "askdoc_version": __version__,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "document": {
            "name": source.name,
            "path": str(source.path.resolve()) if source.path is not None else None,
            "title": document.title,
            "sha256": document.sha256,
            "chars": len(document.text),
            "metadata": document.metadata.to_json(),
        },
        "model": {"path": expected["model_path"], "fingerprint": expected["model_fingerprint"], "dimension": encoder.dimension},
        "chunking": expected["chunking"],
        "counts": {"paragraphs": len(document.paragraphs), "chunks": len(chunks), "sentences": len(sentence_vectors)},
        "dense_index": index_kind(len(chunks)),
    }
    _write_atomically(folder, manifest, document.text, chunks, chunk_vectors, sentence_vectors)


def indexed_text(chunk: Chunk) -> str:
    """What is embedded and counted by BM25 for a chunk: its section title helps retrieval, then its text."""
    return f"{chunk.section}\n{chunk.text}" if chunk.section else chunk.text


def _write_atomically(
    folder: Path, manifest: dict, text: str, chunks: list[Chunk], chunk_vectors: np.ndarray, sentence_vectors: np.ndarray
) -> None:
    import faiss

    folder.parent.mkdir(parents=True, exist_ok=True)
    temporary = folder.parent / f".{folder.name}.tmp-{os.getpid()}"
    shutil.rmtree(temporary, ignore_errors=True)
    temporary.mkdir()
    try:
        (temporary / "text.txt").write_text(text, encoding="utf-8")
        with open(temporary / "chunks.jsonl", "w", encoding="utf-8") as out:
            for chunk in chunks:
                out.write(json.dumps(_chunk_record(chunk)) + "\n")
        dense = build_dense_index(chunk_vectors)
        faiss.write_index(dense, str(temporary / "dense.faiss"))
        np.save(temporary / "sentences.npy", sentence_vectors)
        LexicalIndex.build([indexed_text(chunk) for chunk in chunks]).save(temporary)
        manifest["files"] = {name: _file_sha256(temporary / name) for name in DATA_FILES}
        (temporary / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        _swap_into_place(temporary, folder)
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


def _swap_into_place(temporary: Path, folder: Path) -> None:
    """Two renames; a crash between them leaves the old index retired, which index_catalog.tidy puts back."""
    retired = folder.parent / f".{folder.name}.old-{os.getpid()}"
    if folder.exists():
        os.rename(folder, retired)
    os.rename(temporary, folder)
    shutil.rmtree(retired, ignore_errors=True)


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
    }


def load_index(folder: Path, manifest: dict) -> DocumentIndex:
    """Read every file of an index, or raise DamagedIndex saying which one cannot be trusted."""
    for name in DATA_FILES:
        if not (folder / name).is_file():
            raise DamagedIndex(folder, f"{name} is missing")
        if _file_sha256(folder / name) != manifest["files"].get(name):
            raise DamagedIndex(folder, f"{name} is not the file the index was built with")
    name = manifest["document"]["name"]
    text = _read(folder, "text.txt", lambda path: path.read_text(encoding="utf-8"))
    chunks = _read(
        folder,
        "chunks.jsonl",
        lambda path: [_chunk_from_record(json.loads(line), text) for line in path.read_text(encoding="utf-8").splitlines()],
    )
    dense = _read(folder, "dense.faiss", read_dense_index)
    sentence_vectors = _read(folder, "sentences.npy", np.load)
    lexical = _read(folder, "lexical.npz", lambda _path: LexicalIndex.load(folder))
    rows, cursor = [], 0
    for chunk in chunks:
        rows.append(range(cursor, cursor + len(chunk.sentences)))
        cursor += len(chunk.sentences)
    _check_agreement(folder, manifest, text, chunks, dense, sentence_vectors, lexical, cursor)
    chunk_vectors = dense.reconstruct_n(0, dense.ntotal) if len(chunks) else np.zeros((0, dense.d), dtype=np.float32)
    title = manifest["document"]["title"]
    metadata = _read(folder, MANIFEST, lambda _path: DocumentMetadata.from_json(manifest["document"].get("metadata") or {}))
    return DocumentIndex(
        folder, manifest, text, chunks, dense, chunk_vectors, sentence_vectors, rows, lexical, title, (name,), metadata
    )


def _read(folder: Path, name: str, reader: Callable[[Path], T]) -> T:
    try:
        return reader(folder / name)
    except _UNREADABLE as exc:
        raise DamagedIndex(folder, f"{name} cannot be read") from exc


def _check_agreement(
    folder: Path, manifest: dict, text: str, chunks: list[Chunk], dense, sentence_vectors: np.ndarray, lexical, sentences: int
) -> None:
    """The files must agree with each other and with the manifest, or answers could cite the wrong words."""
    counts, dimension = manifest["counts"], manifest["model"]["dimension"]
    if len(text) != manifest["document"]["chars"]:
        raise DamagedIndex(folder, "its text is not the length the manifest gives")
    if not dense.ntotal == lexical.n_docs == len(chunks) == counts["chunks"]:
        raise DamagedIndex(folder, "its files disagree on the number of passages")
    if dense.d != dimension or sentence_vectors.ndim != 2 or sentence_vectors.shape != (sentences, dimension):
        raise DamagedIndex(folder, f"its vectors do not have the model's {dimension} dimensions")
    if sentences != counts["sentences"]:
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
    )
