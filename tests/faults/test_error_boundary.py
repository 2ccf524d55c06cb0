"""The top-level error boundary: one sentence (exit 2) for what the user can fix, a logged traceback (exit 1) otherwise.

Each case was a traceback before: index folders that are files or /dev/null, usage errors as
click's four-line block, JSON nested 100,000 deep on disk, 5,000-digit citations, and
symlink loops or dangling links among saved conversations.
"""

from __future__ import annotations

import errno
import io
import sys
from pathlib import Path

import pytest

from askdoc.cli import main as cli
from askdoc.cli.failures import os_error_sentence
from askdoc.errors import AskdocError
from askdoc.llm.check import check_answer
from askdoc.llm.errors import LLMError
from askdoc.output.conversation_store import ConversationStore
from askdoc.text.sentences import split_sentences
from askdoc.types import Chunk, Passage
from conftest import run_askdoc

DEEP = "[" * 100_000 + "]" * 100_000
QUESTION = "Who was named Prime Minister-designate?"


def one_sentence(result, code: int = 2) -> str:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1 and result.stderr.startswith("askdoc: ")
    return result.stderr


@pytest.mark.parametrize("where", ["a regular file", "/dev/null", "under a regular file"])
def test_index_folder_that_cannot_be_one_is_one_sentence(where: str, tmp_path: Path, memo: Path, guard) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder", encoding="utf-8")
    guard.keep(blocker, memo)
    index_dir = {"a regular file": blocker, "/dev/null": Path("/dev/null"), "under a regular file": blocker / "index"}[where]
    stderr = one_sentence(run_askdoc("index", str(memo), "--index-dir", str(index_dir)))
    assert str(index_dir) in stderr or str(blocker) in stderr


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (("ask", QUESTION, "-k", "abc"), "askdoc: Invalid value for '-k': 'abc' is not a valid integer.\n"),
        (("ask",), "askdoc: Missing argument 'QUESTION'.\n"),
        (("ask", QUESTION, "--retriever", "magic"), None),
        (("frobnicate",), "askdoc: No such command 'frobnicate'.\n"),
    ],
    ids=["bad value", "missing argument", "bad choice", "no such command"],
)
def test_usage_errors_are_one_sentence(args: tuple[str, ...], sentence: str | None, tmp_path: Path) -> None:
    stderr = one_sentence(run_askdoc(*args, env={"ASKDOC_INDEX_DIR": str(tmp_path)}))
    assert sentence is None or stderr == sentence


@pytest.mark.slow  # builds an index with the model
def test_manifest_nested_100000_deep_is_damaged_not_a_crash(tmp_path: Path, memo: Path) -> None:
    env = {"ASKDOC_INDEX_DIR": str(tmp_path / "index")}
    assert run_askdoc("index", str(memo), env=env).returncode == 0
    [manifest] = (tmp_path / "index").glob("*/manifest.json")
    manifest.write_text(DEEP, encoding="utf-8")
    listed = run_askdoc("list", env=env)
    assert listed.returncode == 0 and "damaged" in listed.stdout and "Traceback" not in listed.stderr
    asked = run_askdoc("ask", "How much is the budget?", "--doc", str(memo), env=env)
    assert asked.returncode == 0 and "forty million dollars" in asked.stdout


def test_eval_file_nested_100000_deep_is_one_sentence(tmp_path: Path) -> None:
    eval_file = tmp_path / "deep.jsonl"
    eval_file.write_text(DEEP + "\n", encoding="utf-8")
    stderr = one_sentence(run_askdoc("eval", str(eval_file), env={"ASKDOC_INDEX_DIR": str(tmp_path / "index")}))
    assert stderr.startswith(f"askdoc: {eval_file} line 1 is not a valid eval entry")


def test_conversations_nested_deep_looping_or_dangling_do_not_crash(tmp_path: Path) -> None:
    folder = tmp_path / "conversations"
    folder.mkdir()
    (folder / "deep.json").write_text(DEEP, encoding="utf-8")
    (folder / "loop.json").symlink_to(folder / "loop.json")
    (folder / "gone.json").symlink_to(tmp_path / "missing.json")
    store = ConversationStore(folder)
    with pytest.raises(AskdocError, match=r"deep\.json is damaged and cannot be reopened\.$"):
        store.latest()
    (folder / "deep.json").unlink()
    assert store.latest() is None


def test_five_thousand_digit_citation_is_refused_not_a_crash() -> None:
    text = "Mustafa Kadhimi was named Prime Minister-designate."
    given = [Passage(Chunk(0, 0, len(text), text, "", (0,), tuple(split_sentences(text)), 0), 0.5)]
    with pytest.raises(LLMError, match=r"^the model cited \[1000000\], but only passages \[1\]–\[1\] were given$"):
        check_answer(f"Mustafa Kadhimi was named Prime Minister-designate [{'9' * 5000}].", given)


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        (errno.EROFS, "/srv/index is on a read-only file system."),
        (errno.ENOSPC, "/srv/index cannot be written: the disk is full."),
        (errno.ENOTDIR, "/srv/index is not a directory (a part of the path is a file)."),
        (errno.EACCES, "/srv/index cannot be accessed: permission denied."),
        (errno.ELOOP, "/srv/index is a symbolic link loop."),
    ],
)
def test_os_errors_with_a_meaning_name_the_path(code: int, sentence: str) -> None:
    assert os_error_sentence(OSError(code, "strerror", "/srv/index")) == sentence
    assert os_error_sentence(OSError(errno.EIO, "I/O error", "/srv/index")) is None


def test_unexpected_error_is_one_line_naming_a_log_with_the_traceback(tmp_path: Path, monkeypatch, capsys) -> None:
    def broken(**_options) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setenv("ASKDOC_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setattr(cli, "main", broken)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    with pytest.raises(SystemExit) as exited:
        cli.run()
    assert exited.value.code == 1
    err = capsys.readouterr().err
    [log] = (tmp_path / "state" / "logs").glob("error-*.log")
    assert err == f"askdoc: unexpected error (ZeroDivisionError); the details are in {log}\n"
    assert "Traceback" in log.read_text(encoding="utf-8") and "ZeroDivisionError: a bug" in log.read_text(encoding="utf-8")
