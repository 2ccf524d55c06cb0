"""`askdoc chat` is a command of the real CLI."""

import pytest

from conftest import run_askdoc

pytestmark = pytest.mark.slow  # runs the askdoc command


def test_chat_command_offers_doc_and_resume() -> None:
    result = run_askdoc("chat", "--help")
    assert result.returncode == 0, result.stderr
    assert "--doc" in result.stdout and "--resume" in result.stdout
    assert "Open the terminal chat" in result.stdout
