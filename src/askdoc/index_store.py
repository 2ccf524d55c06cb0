"""The on-disk index of one document: built, written atomically, checked and loaded.

A folder per document under the index directory holds manifest.json, chunks.jsonl,
text.txt, dense.faiss, sentences.npy and the lexical arrays. It is written to a
temporary folder and renamed into place, so a crash never leaves a half index that loads.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from askdoc import __version__
from askdoc.chunker import ChunkSettings, chunk_document
from askdoc.dense_index import build_dense_index, index_kind, read_dense_index
from askdoc.embedder import Encoder, model_fingerprint
from askdoc.errors import AskdocError
from askdoc.lexical import LexicalIndex
from askdoc.loader import load_document
from askdoc.tokens import ENCODING
from askdoc.types import Chunk, Span

FORMAT = 1
MANIFEST = "manifest.json"
_FILES = (MANIFEST, "chunks.jsonl", "text.txt", "dense.faiss", "sentences.npy", "lexical.json", "lexical.npz")

Notify = Callable[[str], None]


@dataclass(frozen=True)
class IndexSettings:
    """Everything an index is built from besides the document itself."""

    model_dir: Path
    chunking: ChunkSettings = field(default_factory=ChunkSettings)


@dataclass
class DocumentIndex:
    """A loaded index: the clean text, its chunks, their vectors and the lexical postings."""

    folder: Path
    manifest: dict
    text: str
    chunks: list[Chunk]
    dense: object
    chunk_vectors: np.ndarray
    sentence_vectors: np.ndarray
    sentence_rows: list[range]
    lexical: LexicalIndex

    @property
    def title(self) -> str:
        return self.manifest["document"]["title"]


def default_index_dir() -> Path:
    """ASKDOC_INDEX_DIR, else the checkout's index/ when run from source, else the user cache."""
    if env := os.environ.get("ASKDOC_INDEX_DIR"):
        return Path(env)
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "pyproject.toml").is_file() and (checkout / "index").is_dir():
        return checkout / "index"
    import platformdirs

    return Path(platformdirs.user_cache_dir("askdoc")) / "index"


def index_folder(index_dir: Path, document: Path) -> Path:
    """One folder per document, named after the file and a hash of its absolute path."""
    resolved = str(document.resolve())
    slug = re.sub(r"[^A-Za-z0-9]+", "-", document.stem).strip("-").lower() or "document"
    return index_dir / f"{slug[:40]}-{hashlib.sha1(resolved.encode()).hexdigest()[:10]}"


def expected_manifest(document_sha256: str, settings: IndexSettings) -> dict:
    """The manifest fields that must match for an index to be reused."""
    return {
        "format": FORMAT,
        "sha256": document_sha256,
        "model_fingerprint": model_fingerprint(settings.model_dir),
        "chunking": {**asdict(settings.chunking), "tokenizer": ENCODING},
    }


def stale_reason(manifest: dict, expected: dict) -> str | None:
    """Why an index no longer fits its document, model or settings, or None if it does."""
    if manifest.get("format") != expected["format"]:
        return "it was written by another version of askdoc"
    if manifest.get("document", {}).get("sha256") != expected["sha256"]:
        return "the document has changed"
    if manifest.get("model", {}).get("fingerprint") != expected["model_fingerprint"]:
        return "the embedding model has changed"
    if manifest.get("chunking") != expected["chunking"]:
        return "the chunk settings have changed"
    return None


def read_manifest(folder: Path) -> dict | None:
    """The folder's manifest, None when there is no index, AskdocError when it is unreadable."""
    path = folder / MANIFEST
    if not path.exists():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _corrupt(folder, "its manifest is not valid JSON") from exc
    if not isinstance(manifest, dict):
        raise _corrupt(folder, "its manifest is not a JSON object")
    return manifest


def build_index(document_path: Path, folder: Path, settings: IndexSettings, encoder: Encoder) -> None:
    """Load, chunk and embed the document, then write the index atomically into ``folder``."""
    document = load_document(document_path)
    chunks = chunk_document(document, settings.chunking)
    chunk_vectors = encoder.encode([embedding_text(chunk) for chunk in chunks])
    sentence_vectors = encoder.encode([document.text[s.start : s.end] for chunk in chunks for s in chunk.sentences])
    expected = expected_manifest(document.sha256, settings)
    manifest = {
        "format": FORMAT,
        "askdoc_version": __version__,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "document": {
            "path": str(document_path.resolve()),
            "title": document.title,
            "sha256": document.sha256,
            "chars": len(document.text),
        },
        "model": {"path": str(settings.model_dir), "fingerprint": expected["model_fingerprint"], "dimension": encoder.dimension},
        "chunking": expected["chunking"],
        "counts": {"paragraphs": len(document.paragraphs), "chunks": len(chunks), "sentences": len(sentence_vectors)},
        "dense_index": index_kind(len(chunks)),
    }
    _write_atomically(folder, manifest, document.text, chunks, chunk_vectors, sentence_vectors)


def embedding_text(chunk: Chunk) -> str:
    """What gets embedded for a chunk: its section title helps retrieval, then its text."""
    return f"{chunk.section}\n{chunk.text}" if chunk.section else chunk.text


def lexical_text(chunk: Chunk) -> str:
    return embedding_text(chunk)


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
        LexicalIndex.build([lexical_text(chunk) for chunk in chunks]).save(temporary)
        (temporary / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        _swap_into_place(temporary, folder)
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


def _swap_into_place(temporary: Path, folder: Path) -> None:
    retired = folder.parent / f".{folder.name}.old-{os.getpid()}"
    if folder.exists():
        os.rename(folder, retired)
    os.rename(temporary, folder)
    shutil.rmtree(retired, ignore_errors=True)


def _chunk_record(chunk: Chunk) -> dict:
    return {
        "chunk_id": chunk.chunk_id,
        "start": chunk.start,
        "end": chunk.end,
        "section": chunk.section,
        "paragraphs": list(chunk.paragraphs),
        "sentences": [[s.start, s.end] for s in chunk.sentences],
        "n_tokens": chunk.n_tokens,
    }


def load_index(folder: Path, manifest: dict) -> DocumentIndex:
    """Read every file of an index, or raise AskdocError naming the folder if any is damaged."""
    missing = [name for name in _FILES if not (folder / name).is_file()]
    if missing:
        raise _corrupt(folder, f"{missing[0]} is missing")
    try:
        text = (folder / "text.txt").read_text(encoding="utf-8")
        chunks = [
            _chunk_from_record(json.loads(line), text)
            for line in (folder / "chunks.jsonl").read_text(encoding="utf-8").splitlines()
        ]
        dense = read_dense_index(folder / "dense.faiss")
        sentence_vectors = np.load(folder / "sentences.npy")
        lexical = LexicalIndex.load(folder)
    except (OSError, ValueError, KeyError, TypeError, RuntimeError) as exc:
        raise _corrupt(folder, "its files cannot be read") from exc
    rows, cursor = [], 0
    for chunk in chunks:
        rows.append(range(cursor, cursor + len(chunk.sentences)))
        cursor += len(chunk.sentences)
    if dense.ntotal != len(chunks) or lexical.n_docs != len(chunks) or cursor != len(sentence_vectors):
        raise _corrupt(folder, "its files disagree on the number of passages")
    chunk_vectors = dense.reconstruct_n(0, dense.ntotal) if len(chunks) else np.zeros((0, dense.d), dtype=np.float32)
    return DocumentIndex(folder, manifest, text, chunks, dense, chunk_vectors, sentence_vectors, rows, lexical)


def _chunk_from_record(record: dict, text: str) -> Chunk:
    start, end = int(record["start"]), int(record["end"])
    if not 0 <= start <= end <= len(text):
        raise ValueError("chunk offsets outside the text")
    return Chunk(
        chunk_id=int(record["chunk_id"]),
        start=start,
        end=end,
        text=text[start:end],
        section=str(record["section"]),
        paragraphs=tuple(record["paragraphs"]),
        sentences=tuple(Span(int(a), int(b)) for a, b in record["sentences"]),
        n_tokens=int(record["n_tokens"]),
    )


def _corrupt(folder: Path, why: str) -> AskdocError:
    return AskdocError(f"The index in {folder} is damaged ({why}); rebuild it with `askdoc index --rebuild`.")
