"""What the index directory holds: a folder per document, a lock per folder, listing and removal.

Locks live in ``.locks/`` beside the folders, so a build that replaces a folder never
deletes its own lock. Only the holder of a folder's lock builds, tidies or removes it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from askdoc.errors import AskdocError
from askdoc.files import discard, is_retired, leftovers, remove_folder
from askdoc.index.manifest import MANIFEST, DamagedIndex, DocumentRecord, OutdatedIndex, read_manifest
from askdoc.index.store import index_folder
from askdoc.types import DocumentMetadata

LOCKS = ".locks"
_PATIENCE_S = 0.5
_TITLE_WORDS = 6


@dataclass(frozen=True)
class IndexEntry:
    """One indexed document as `askdoc list` shows it; ``problem`` says why it cannot be used as it is."""

    folder: Path
    name: str
    path: str | None
    chunks: int | None
    model_path: str
    dimension: int | None
    built_at: str
    problem: str | None = None
    metadata: DocumentMetadata = field(default_factory=DocumentMetadata)


@contextmanager
def folder_lock(folder: Path, on_wait: Callable[[], None]) -> Iterator[None]:
    """Hold the folder's lock; ``on_wait`` is called once if another askdoc holds it."""
    from filelock import Timeout

    lock = _lock(folder)
    try:
        lock.acquire(timeout=_PATIENCE_S)
    except Timeout:
        on_wait()
        lock.acquire()
    try:
        yield
    finally:
        lock.release()


def tidy_if_idle(folder: Path) -> None:
    """Tidy the folder's leftovers now if no other askdoc holds its lock (one that does will tidy them)."""
    if not leftovers(folder):  # the usual case: no filelock to import
        return
    from filelock import Timeout

    lock = _lock(folder)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        return
    try:
        tidy(folder)
    finally:
        lock.release()


def _lock(folder: Path):
    from filelock import FileLock

    locks = folder.parent / LOCKS
    locks.mkdir(parents=True, exist_ok=True)
    return FileLock(locks / f"{folder.name}.lock")


def tidy(folder: Path) -> None:
    """Under the folder's lock: put back an index a killed build left retired, remove unfinished ones."""
    found = leftovers(folder)
    retired = [path for path in found if is_retired(path) and (path / MANIFEST).is_file()]
    if not folder.exists() and retired:
        os.rename(retired[-1], folder)
    for path in found:
        discard(path)


def list_indexes(index_dir: Path) -> list[IndexEntry]:
    """Every document indexed under ``index_dir``, by name."""
    entries = []
    for folder in sorted(index_dir.iterdir()) if index_dir.is_dir() else ():
        if folder.name.startswith(".") or not (folder / MANIFEST).is_file():
            continue
        try:
            manifest = read_manifest(folder)
        except DamagedIndex as exc:
            entries.append(IndexEntry(folder, folder.name, None, None, "", None, "", f"damaged: {exc.why}"))
            continue
        except OutdatedIndex:
            entries.append(IndexEntry(folder, folder.name, None, None, "", None, "", "written by another version of askdoc"))
            continue
        if manifest is None:
            continue
        document = manifest.document
        entries.append(
            IndexEntry(
                folder,
                _shown_name(document),
                document.path,
                manifest.counts.chunks,
                manifest.model.path,
                manifest.model.dimension,
                manifest.built_at,
                metadata=manifest.document.metadata,
            )
        )
    return sorted(entries, key=lambda entry: (entry.name.lower(), str(entry.folder)))


def _shown_name(document: DocumentRecord) -> str:
    """The document's name; for standard input, ``stdin: `` and its title's first words, so several can be told apart."""
    if document.path is not None:
        return document.name
    words = document.title.split()
    return f"stdin: {' '.join(words[:_TITLE_WORDS])}{' …' if len(words) > _TITLE_WORDS else ''}"


def remove_index(folder: Path, on_wait: Callable[[], None]) -> None:
    """Delete a document's index folder, at once from the point of view of any reader."""
    with folder_lock(folder, on_wait):
        remove_folder(folder)


def find_indexes(index_dir: Path, document: str) -> list[IndexEntry]:
    """What ``document`` names: for a folder, every indexed document inside it; else the one :func:`find_index` finds."""
    folder = Path(document)
    if not folder.is_dir():
        return [find_index(index_dir, document)]
    inside = [e for e in list_indexes(index_dir) if e.path and Path(e.path).resolve().is_relative_to(folder.resolve())]
    if not inside:
        raise AskdocError(f"Nothing indexed in {index_dir} comes from the folder {document}; `askdoc list` shows what is.")
    return inside


def find_index(index_dir: Path, document: str) -> IndexEntry:
    """The entry a user means by ``document``: a path that is indexed, else a name `askdoc list` shows."""
    entries = list_indexes(index_dir)
    folder = index_folder(index_dir, Path(document))
    matches = [entry for entry in entries if entry.folder == folder]
    matches = matches or [entry for entry in entries if document in (entry.name, entry.folder.name)]
    if not matches:
        raise AskdocError(f"Nothing indexed in {index_dir} is called {document}; `askdoc list` shows what is.")
    if len(matches) > 1:
        raise AskdocError(f"{len(matches)} indexed documents are called {document}; name the one you mean by its path.")
    return matches[0]
