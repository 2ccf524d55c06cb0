""""How do I …?" and "Which option …?" are answered with the option or command whose description says it (answer/howto.py)."""

import pytest

from askdoc.answer.howto import asks_how


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How do I unpack an archive?", True),
        ("how can I list what's inside the subfolders too", True),
        ("Which ls option shows user and group numbers instead of names?", True),
        ("What command installs requests?", True),
        ("What do I run to see a demo of Rich's tree view?", True),
        ("How to compress the archive with bzip2", True),
        ("Which options does tar have for compression?", False),
        ("How many commands does bash keep in history by default?", False),
        ("How does a network remember a device?", False),
        ("What is a pipeline?", False),
    ],
)
def test_a_how_to_question(question: str, expected: bool) -> None:
    assert asks_how(question) is expected


@pytest.mark.slow
def test_an_option_outside_the_retrieved_passages_answers(real_engine) -> None:
    tar = real_engine("tar.1.txt")
    answer = tar.ask("How do I unpack an archive?")
    assert answer.text.startswith("-x, --extract, --get: Extract files from an archive.")


@pytest.mark.slow
def test_an_abstention_becomes_the_close_option(real_engine) -> None:
    tar = real_engine("tar.1.txt")
    answer = tar.ask("which option picks the compressor from the archive's file name")
    assert not answer.abstained
    assert answer.text.startswith("-a, --auto-compress: Use archive suffix to determine the compression program.")


def test_a_follow_up_is_read_by_its_own_question() -> None:
    # A follow-up is answered with the earlier questions joined before it; only its own question asks how.
    assert asks_how("What is HTTPX? How do I install it?")
    assert not asks_how("How do I install HTTPX? What is a transport?")
