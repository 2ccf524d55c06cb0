"""The summary's opening sentence says what the document is about (answer/gist.py)."""

from pathlib import Path

import pytest

from askdoc.answer.engine import Engine
from askdoc.answer.gist import is_prose
from askdoc.embedding.embedder import Encoder
from conftest import article_request

REAL = Path(__file__).parent / "fixtures" / "real"


def test_prose_is_a_full_sentence_not_a_command_an_option_or_a_fragment() -> None:
    assert is_prose("Requests is a simple, yet elegant, HTTP library.")
    assert is_prose("List information about the FILEs (the current directory by default).")
    assert not is_prose("tar -A [OPTIONS] ARCHIVE ARCHIVE tar -c [-f ARCHIVE] [OPTIONS] [FILE...]")
    assert not is_prose(">>> r = requests.get('https://httpbin.org/basic-auth/user/pass', auth=('user', 'pass'))")
    assert not is_prose("-a, --all")
    assert not is_prose("The following options are understood:")
    assert not is_prose("(Optional, with httpx[cli])")


def test_a_question_or_a_sentence_in_brackets_states_no_point() -> None:
    assert not is_prose("Why not start a startup while you're in college?")
    assert not is_prose("Does that mean you can't start a startup in college?")
    assert not is_prose("(This essay is derived from a talk at MIT.)")
    assert is_prose("I think there will increasingly be a third option: to start your own startup.")


@pytest.mark.slow
def test_the_article_summary_opens_with_its_topic_not_an_event(engine: Engine) -> None:
    answer = engine.ask("What is this article about?")
    assert answer.text.startswith("The chaos that Iraq is experiencing today has roots in the 2003 US invasion")
    assert 0.0 < answer.confidence < 1.0


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "opening"),
    [
        ("requests-README.md", "Requests is a simple, yet elegant, HTTP library."),
        ("python-zipapp.html", "This module provides tools to manage the creation of zip files containing Python code"),
    ],
)
def test_a_real_document_summary_opens_with_its_gist(
    tmp_path: Path, model_dir: Path, encoder: Encoder, name: str, opening: str
) -> None:
    engine = Engine.open(article_request(tmp_path, model_dir, encoder, REAL / name))
    answer = engine.ask("what is this about")
    assert answer.kind == "summary"
    assert answer.text.startswith(opening)
    assert not any(line.startswith(">>>") for line in answer.text.splitlines())
