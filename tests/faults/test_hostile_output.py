"""The output boundary: a document (and its file name) full of terminal escape sequences, through ask, list and the chat.

Each test fails if any path to the terminal skips askdoc.output.sanitize: no ESC, C1, BEL or
other control byte reaches stdout, stderr or the chat's screen, and bidi overrides show as marks.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from askdoc.output.sanitize import json_text, sanitize
from conftest import run_askdoc
from tui.chat_app import ask, make_app, wait_until

pytestmark = pytest.mark.slow  # every test here answers with the model

TITLE = "The Escape Memo\x1b]0;PWNED\x07"
HOSTILE = (
    f"{TITLE}\n\n"
    "The budget \x1b]0;PWNED\x07for the new bridge is forty\x1b[2J million dollars, approved by the council\x1bc in March."
    "\x1b[1A\x1b[2K\x9b31m\n\n"
    "Construction will start in the spring \u202eand take three years\u202c with the east approach finished first.\n"
)
QUESTION = "How much is the budget for the new bridge?"
NAME = "memo\x1b[31m\u202e.txt"
# Raw bytes no terminal may receive: C0 but newline and tab, DEL, C1, and the bidi overrides themselves.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def hostile_document(folder: Path) -> Path:
    path = folder / NAME
    path.write_text(HOSTILE, encoding="utf-8")
    return path


def assert_clean(*texts: str) -> None:
    for text in texts:
        assert not _UNSAFE.search(text), repr(_UNSAFE.findall(text))


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("a\x1b[2Jb", "ab"),
        ("a\x1b]0;title\x07b", "ab"),
        ("a\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\b", "alinkb"),
        ("a\x1bcb", "ab"),
        ("a\x9b2Jb\x9d0;t\x9c", "ab"),
        ("tab\tand\nnewline\r\x08\x00", "tab\tand\nnewline"),
        ("left \u202eright\u202c", "left <U+202E>right<U+202C>"),
    ],
)
def test_sanitize_removes_sequences_and_shows_bidi(raw: str, shown: str) -> None:
    assert sanitize(raw) == shown


def test_json_escapes_controls_and_keeps_the_text() -> None:
    value = {"text": "a\x1b[2J\x9b\u202eb\u2028"}
    line = json_text(value)
    assert_clean(line)
    assert json.loads(line) == value and "\n" not in line


def test_ask_prints_no_escape_sequence(tmp_path: Path, guard) -> None:
    document = hostile_document(tmp_path)
    guard.keep(document)
    env = {"ASKDOC_INDEX_DIR": str(tmp_path / "index")}
    plain = run_askdoc("ask", QUESTION, "--doc", str(document), env=env)
    as_json = run_askdoc("ask", QUESTION, "--doc", str(document), "--json", env=env)
    assert plain.returncode == as_json.returncode == 0, plain.stderr
    assert_clean(plain.stdout, plain.stderr, as_json.stdout, as_json.stderr)
    assert "forty million dollars" in plain.stdout and "The Escape Memo · ¶1" in plain.stdout
    reply = json.loads(as_json.stdout)
    assert any("\x1b[2J" in passage["text"] for passage in reply["retrieved"]), "the document keeps its text"


def test_list_and_rm_print_no_escape_sequence(tmp_path: Path, guard) -> None:
    document = hostile_document(tmp_path)
    guard.keep(document)
    env = {"ASKDOC_INDEX_DIR": str(tmp_path / "index")}
    indexed = run_askdoc("index", str(document), env=env)
    listed = run_askdoc("list", env=env)
    removed = run_askdoc("rm", str(document), env=env)
    assert indexed.returncode == listed.returncode == removed.returncode == 0, indexed.stderr + listed.stderr
    assert_clean(indexed.stdout, indexed.stderr, listed.stdout, listed.stderr, removed.stdout, removed.stderr)
    assert "memo<U+202E>.txt" in listed.stdout


def test_missing_file_named_with_escapes_is_one_clean_sentence(tmp_path: Path) -> None:
    result = run_askdoc("ask", QUESTION, "--doc", str(tmp_path / NAME), env={"ASKDOC_INDEX_DIR": str(tmp_path / "index")})
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert_clean(result.stderr)


@pytest.mark.anyio
async def test_chat_shows_no_escape_sequence(tmp_path: Path, model_dir: Path, encoder, guard) -> None:

    from askdoc.tui.screens.document import DocumentScreen

    document = hostile_document(tmp_path)
    guard.keep(document)
    app = make_app(tmp_path / "index", model_dir, encoder, tmp_path / "data", document=document)
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, QUESTION)
        chat = app.chat
        assert not chat.conversation.answers[-1].abstained
        screen = app.export_screenshot().replace("&#160;", " ")
        assert "forty million dollars" in screen and "The Escape Memo" in screen
        assert_clean(screen, app.title, chat.sub_title)
        await pilot.press("tab", "tab", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, DocumentScreen))
        assert_clean(app.export_screenshot(), app.screen.sub_title)
