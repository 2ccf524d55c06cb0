"""A sentence ending in a colon introduces the line of code below it (answer/quoting.py), on real documents."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from askdoc.answer.quoting import introduces
from askdoc.documents.formats.markdown import parse_markdown
from askdoc.documents.loader import load_document
from askdoc.index.chunker import chunk_document

REAL = Path(__file__).parents[1] / "fixtures" / "real"


def _introduced(document) -> dict[str, str]:
    """Each sentence that introduces a line of code, with that line (sentences in document order)."""
    spans = sorted({s for chunk in chunk_document(document) for s in chunk.sentences}, key=lambda s: s.start)
    text = document.text
    return {
        text[a.start : a.end]: text[b.start : b.end] for a, b in pairwise(spans) if introduces(text, a, b)
    }


def test_a_command_below_its_introduction_is_introduced() -> None:
    rich = _introduced(load_document(REAL / "rich-README.md"))
    assert rich["Run the following to test Rich output on your terminal:"] == "python -m rich"
    requests = _introduced(load_document(REAL / "requests-README.md"))
    assert requests["Requests is available on PyPI:"] == "$ python -m pip install requests"
    zipapp = _introduced(load_document(REAL / "python-zipapp.html"))
    assert zipapp["Install all of your application’s dependencies into the myapp directory, using pip:"] == (
        "$ python -m pip install -r requirements.txt --target myapp"
    )


def test_prose_items_bullets_and_long_code_are_not_introduced() -> None:
    text = "# Steps\n\nThe priorities are:\n\n- Required: packages the system needs.\n\nRun:\n\n```\nmake one\nmake two\n```\n"
    assert _introduced(parse_markdown(text, "steps.md", "0")) == {}
    bash = _introduced(load_document(REAL / "bash.1.txt"))
    assert bash["The syntax for a coprocess is:"] == "coproc [NAME] command [redirections]"
    assert not any(line.startswith("•") for line in bash.values())


def test_the_first_line_of_a_longer_block_is_not_a_line_of_its_own() -> None:
    text = "# Steps\n\nRun:\n\n```\npython -m pip install --upgrade pip setuptools\nmake all\n```\n"
    assert _introduced(parse_markdown(text, "steps.md", "0")) == {}


def test_a_clause_cut_off_before_its_command_introduces_it() -> None:
    """The Debian FAQ (/usr/share/doc/debian/FAQ) ends its clauses without a colon: "… execute the command" above
    "dpkg --listfiles foo"; a short label line without one introduces nothing."""
    text = (
        "# Package tools\n\nTo list all the files provided by the installed package foo execute the command\n\n"
        "    dpkg --listfiles foo\n\nNote that the files created by the installation scripts aren't displayed.\n\n"
        "Quick start\n\n    make all\n"
    )
    introduced = _introduced(parse_markdown(text, "faq.md", "0"))
    assert introduced == {
        "To list all the files provided by the installed package foo execute the command": "dpkg --listfiles foo"
    }
