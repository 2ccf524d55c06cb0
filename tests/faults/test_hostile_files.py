"""Files that are not documents: FIFOs, devices, sockets, symlink loops; and UTF-8 with a few bad bytes."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from askdoc.documents.loader import expand_documents, load_document
from askdoc.errors import AskdocError
from conftest import run_askdoc


def test_fifo_without_a_writer_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = run_askdoc("ask", "What is it?", "--doc", str(fifo), env={"ASKDOC_INDEX_DIR": str(tmp_path / "index")})
    assert result.returncode == 2 and result.stderr == f"askdoc: {fifo} is a named pipe (FIFO), not a document.\n"


def test_device_socket_and_symlink_loop_are_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(AskdocError, match=r"^/dev/null is a device, not a document\.$"):
        load_document(Path("/dev/null"))
    sock_path = tmp_path / "s.txt"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(sock_path))
        with pytest.raises(AskdocError, match=r"s\.txt is a socket, not a document\.$"):
            load_document(sock_path)
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    with pytest.raises(AskdocError, match=r"loop\.txt is a symbolic link loop, not a document\.$"):
        load_document(loop)


def test_folder_with_a_symlink_loop_and_a_fifo_indexes_its_documents(tmp_path: Path, memo: Path, guard) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "memo.txt").write_text(memo.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "back").symlink_to(folder)
    os.mkfifo(folder / "pipe.md")
    guard.keep(folder / "memo.txt")
    assert expand_documents([folder]) == [folder / "memo.txt"]


def test_utf8_with_one_bad_byte_stays_utf8(tmp_path: Path, guard) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes("A naïve café in Zürich costs 12 € a cup.\n".encode() + b"Broken byte: \xff here.\n")
    guard.keep(path)
    text = load_document(path).text
    assert "naïve café in Zürich costs 12 €" in text and "Broken byte: \ufffd here." in text
