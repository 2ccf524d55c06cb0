""""What is X?" is answered by the sentence that defines X (answer/definition.py)."""

import pytest

from askdoc.answer.asked_term import asked_term, asks_for_term
from askdoc.answer.definition import defines


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("What is a pipeline?", "pipeline"),
        ("what's a list in bash", "list"),
        ("What exactly is a subshell?", "subshell"),
        ("What is the /dev directory?", "/dev directory"),
        ("What does DER mean?", "DER"),
        ("What is the name of the speaker of the Iraqi Parliament?", None),
        ("What is this article about?", None),
        ("What is the main argument of the piece?", None),
        ("Who is the author?", None),
        ("What did Kadhimi name as a top priority?", None),
    ],
)
def test_the_asked_term(question: str, term: str | None) -> None:
    assert asked_term(question) == term


@pytest.mark.parametrize(
    ("sentence", "term", "expected"),
    [
        ("Pipelines A pipeline is a sequence of one or more commands separated by a control operator.", "pipeline", True),
        ('A "configuration file" is a local file used to control the operation of a program.', "configuration file", True),
        ("Quoting is used to remove the special meaning of certain characters or words to the shell.", "quoting", True),
        ("HTTPX is a fully featured HTTP client library for Python 3.", "HTTPX", True),
        ("(list) list is executed in a subshell.", "list", False),
        ("If pipefail is enabled, the pipeline's return status is the value of the last command.", "pipeline", False),
        ("The format for a pipeline is: [time [-p]] [ ! ] command1", "pipeline", False),
    ],
)
def test_a_defining_sentence(sentence: str, term: str, expected: bool) -> None:
    assert defines(sentence, term) is expected


@pytest.mark.slow
def test_the_definition_is_quoted_alone(real_engine) -> None:
    draft = real_engine("draft-nottingham-capport-problem-00.txt")
    answer = draft.ask("What is a captive portal?")
    assert answer.text.startswith("A captive portal is a mechanism whereby a network requires a user to interact")
    assert answer.text.count("[1]") == 1 and "[2]" not in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is an Essential package?", True),
        ("what's a list in bash", True),
        ("What is the gist?", False),
        ("What is this article about?", False),
        ("What's the executive summary?", False),
    ],
)
def test_asking_what_a_thing_is(question: str, expected: bool) -> None:
    assert asks_for_term(question) is expected


def test_a_follow_up_asks_what_its_own_question_asks() -> None:
    # "How do I install it?" after "What is HTTPX?" is resolved as both questions joined; only the last one is asked.
    assert asked_term("What is HTTPX? How do I install it?") is None
    assert asked_term("Who maintains HTTPX? What is a transport?") == "transport"
