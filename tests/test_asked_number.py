"""A question asking for a size, a limit, a default or a code is answered only by evidence holding a number
(answer/asked_number.py, through expected_value.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from askdoc.answer.asked_number import asks_figure, lacks_figure
from askdoc.answer.engine import Engine

CHECKPOINT = "--checkpoint[=N]\nDisplay progress messages every Nth record (default 10)."


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is the default timeout in seconds for a Requests call?", True),
        ("Which HTTP status code does the draft propose?", True),
        ("How much memory does man-db need to build its database?", True),
        ("What is the maximum number of panes a tmux window can hold?", True),
        ("What is the numeric value of ASN1_MAX_NAME_SIZE?", True),
        ("What percentage of git is written in C?", True),
        # A figure's noun in a later clause, a plain value or length, a sum of money: not this check's.
        ("What is the name of the law which imposed the speed limit?", False),
        ("What was the idealized value of imperialism?", False),
        ("Of what length are engine cycle events?", False),
        ("How much did the bill cost?", False),
        ("What is a pipeline?", False),
    ],
)
def test_the_questions_asking_a_figure(question: str, expected: bool) -> None:
    assert asks_figure(question) is expected


def test_only_a_number_the_question_does_not_state_answers() -> None:
    question = "What is the default number of records between tar's checkpoint messages?"
    assert not lacks_figure(question, CHECKPOINT)
    assert lacks_figure(question, "--checkpoint[=N]\nDisplay progress messages every Nth record.")
    assert lacks_figure("Which port below 1024 does sshd use?", "sshd refuses ports below 1024.")
    assert not lacks_figure("What is a checkpoint?", "A checkpoint is a progress message.")


@pytest.mark.slow
def test_a_figure_the_document_does_not_give_is_abstained_on(real_engine: Callable[[str], Engine]) -> None:
    tar = real_engine("tar.1.txt")
    answered = tar.ask("What is the default number of records between tar's checkpoint messages?")
    assert not answered.abstained
    assert "default 10" in answered.text
    tmux = real_engine("tmux-README.txt")
    assert tmux.ask("What is the maximum number of panes a tmux window can hold?").abstained
