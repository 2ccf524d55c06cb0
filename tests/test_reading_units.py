"""Answers quote whole reading units of real documents: an option with its description, a command with the
sentence that introduces it (issue 12)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from askdoc.answer.engine import Engine

pytestmark = pytest.mark.slow  # builds real indexes of real documents with the model



@pytest.fixture(scope="module")
def engines(real_engine: Callable[[str], Engine]) -> dict[str, Engine]:
    names = {"ls": "ls.1.txt", "rich": "rich-README.md"}
    return {key: real_engine(name) for key, name in names.items()}


def test_an_option_answer_names_the_option(engines) -> None:
    answer = engines["ls"].ask("What flag sorts the listing by file size, largest first?")
    assert answer.text.startswith("-S: sort by file size, largest first")
    assert "-S\nsort by file size" in answer.citations[0].passage.chunk.text


def test_an_introduced_command_comes_with_its_introduction(engines) -> None:
    questions = ("How can I try out Rich's output in my terminal?", "Which command do I run to see what Rich output looks like?")
    for question in questions:
        answer = engines["rich"].ask(question)
        words = re.sub(r" \[\d+\]", "", answer.text)
        assert "Run the following to test Rich output on your terminal: python -m rich" in words, question
        quoted = [answer.citations[0].passage.chunk.text]
        assert any("python -m rich" in text for text in quoted)
