"""Atomic writes, and the names of the hidden siblings they use: one protocol for every writer.

A file or folder ``name`` is written as ``.name.tmp-PID`` and renamed into place; the folder it
replaces is first moved aside as ``.name.old-PID``, and a folder being deleted is renamed to
``.name.removed-PID`` so readers never see half of it. Whatever a killed process leaves is a
``.name.*`` sibling, which :func:`leftovers` finds (index/catalog.py tidies them).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

TEMPORARY = "tmp"
RETIRED = "old"
REMOVED = "removed"


def sibling(path: Path, role: str) -> Path:
    """The hidden sibling of ``path`` that this process uses in ``role`` (TEMPORARY, RETIRED or REMOVED)."""
    return path.with_name(f".{path.name}.{role}-{os.getpid()}")


def is_retired(path: Path) -> bool:
    """Whether a leftover is a folder moved aside by a replacement (so it may be put back)."""
    return f".{RETIRED}-" in path.name


def leftovers(path: Path) -> list[Path]:
    """The siblings killed writers and removals of ``path`` left behind, oldest first."""
    return sorted(path.parent.glob(f".{path.name}.*"), key=lambda found: found.stat().st_mtime)


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file renamed over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = sibling(path, TEMPORARY)
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


@contextmanager
def folder_written_atomically(folder: Path) -> Iterator[Path]:
    """A fresh temporary folder to fill; when the block ends normally it replaces ``folder``, else it is deleted."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    temporary = sibling(folder, TEMPORARY)
    shutil.rmtree(temporary, ignore_errors=True)
    temporary.mkdir()
    try:
        yield temporary
        replace_folder(temporary, folder)
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


def replace_folder(new: Path, folder: Path) -> None:
    """Rename ``new`` to ``folder``: two renames, a crash between them leaves the old one retired (see tidy).

    What stood at ``folder`` may be a file (someone replaced the folder); it is retired the same way.
    """
    retired = sibling(folder, RETIRED)
    if os.path.lexists(folder):
        os.rename(folder, retired)
    os.rename(new, folder)
    discard(retired)


def discard(path: Path) -> None:
    """Delete a leftover, folder or file; what cannot be deleted now stays for the next tidy."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with suppress(OSError):
            path.unlink()


def remove_folder(folder: Path) -> None:
    """Delete ``folder``, at once from the point of view of any reader."""
    removed = sibling(folder, REMOVED)
    os.rename(folder, removed)
    shutil.rmtree(removed, ignore_errors=True)
