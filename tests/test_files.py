"""Atomic writes: a finished write replaces the old one whole, an interrupted one leaves it untouched."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from askdoc.files import folder_written_atomically, is_retired, leftovers, remove_folder, replace_folder, write_text_atomically


def test_replacing_a_folder_swaps_it_whole(tmp_path: Path) -> None:
    target, new = tmp_path / "export", tmp_path / "new"
    target.mkdir()
    (target / "old.txt").write_text("old", encoding="utf-8")
    new.mkdir()
    (new / "new.txt").write_text("new", encoding="utf-8")
    replace_folder(new, target)
    assert [p.name for p in tmp_path.iterdir()] == ["export"]
    assert [p.name for p in target.iterdir()] == ["new.txt"]


def test_a_folder_written_atomically_appears_only_when_done(tmp_path: Path) -> None:
    folder = tmp_path / "index" / "memo"
    with folder_written_atomically(folder) as temporary:
        (temporary / "text.txt").write_text("first", encoding="utf-8")
        assert not folder.exists() and temporary.name == f".memo.tmp-{os.getpid()}"
    assert (folder / "text.txt").read_text(encoding="utf-8") == "first"
    with pytest.raises(RuntimeError), folder_written_atomically(folder) as temporary:
        (temporary / "text.txt").write_text("second", encoding="utf-8")
        raise RuntimeError("killed half way")
    assert (folder / "text.txt").read_text(encoding="utf-8") == "first"
    assert leftovers(folder) == []


def test_a_file_written_atomically_leaves_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "chats" / "one.json"
    write_text_atomically(path, "{}")
    write_text_atomically(path, '{"answers": []}')
    assert path.read_text(encoding="utf-8") == '{"answers": []}'
    assert [p.name for p in path.parent.iterdir()] == ["one.json"]


def test_leftovers_are_the_hidden_siblings_oldest_first(tmp_path: Path) -> None:
    folder = tmp_path / "memo"
    retired, unfinished = tmp_path / ".memo.old-11", tmp_path / ".memo.tmp-12"
    for path, age in ((retired, 20), (unfinished, 10), (tmp_path / ".memory.tmp-13", 30)):
        path.mkdir()
        os.utime(path, (1_000_000 - age, 1_000_000 - age))
    assert leftovers(folder) == [retired, unfinished]
    assert [is_retired(path) for path in leftovers(folder)] == [True, False]
    folder.mkdir()
    remove_folder(folder)
    assert not folder.exists() and leftovers(folder) == [retired, unfinished]
