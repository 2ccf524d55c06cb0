"""A definition's term travels with its description (text/definitions.py), on real man pages."""

from __future__ import annotations

from pathlib import Path

from askdoc.documents.loader import load_document
from askdoc.index.chunker import chunk_document
from askdoc.text.definitions import join_term, shown
from askdoc.text.sentences import split_sentences

REAL = Path(__file__).parents[1] / "fixtures" / "real"


def _sentences(name: str) -> list[str]:
    document = load_document(REAL / name)
    return [document.text[s.start : s.end] for chunk in chunk_document(document) for s in chunk.sentences]


def test_an_option_line_is_one_sentence_with_its_description() -> None:
    sentences = _sentences("ls.1.txt")
    assert "-S\nsort by file size, largest first" in sentences
    assert "-i, --inode\nprint the index number of each file" in sentences
    assert "-S" not in sentences and "sort by file size, largest first" not in sentences


def test_a_long_description_keeps_its_later_sentences_apart() -> None:
    sentences = _sentences("tar.1.txt")
    assert "-c, --create\nCreate a new archive." in sentences
    assert any(s.startswith("Arguments supply the names of the files") for s in sentences)


def test_prose_and_sentence_ends_are_not_terms() -> None:
    text = "The lamp was lit.\nThe keeper slept."
    assert join_term(text, split_sentences(text)) == split_sentences(text)
    text = "A heading that runs on for far too many words\nthen a line."
    assert join_term(text, split_sentences(text)) == split_sentences(text)


def test_an_answer_shows_the_term_before_its_description() -> None:
    assert shown("-S\nsort by file size, largest first") == "-S: sort by file size, largest first"
    assert shown("Returns:\nthe error string") == "Returns: the error string"
    assert shown("A plain sentence.") == "A plain sentence."


def test_an_html_definition_term_opens_its_description() -> None:
    sentences = _sentences("python-zipapp.html")
    assert "-c, --compress\nCompress files with the deflate method, reducing the size of the output file." in sentences
    assert "-c, --compress¶" not in load_document(REAL / "python-zipapp.html").text


def test_a_later_sentence_of_a_description_is_shown_after_its_term() -> None:
    """bash(1)'s TMOUT: the sentence that answers "Which variable logs an idle shell out?" is its third."""
    from askdoc.answer.quoting import sentence_shown
    from askdoc.types import Span

    text = load_document(REAL / "bash.1.txt").text
    start = text.index("In an interactive shell, the value is interpreted")
    span = Span(start, text.index(".", start) + 1)
    assert sentence_shown(text, span).startswith("TMOUT: In an interactive shell, the value is interpreted")
    # not when the term line is outside the cited passage, nor again after a sentence of the same description
    assert sentence_shown(text, span, passage_start=start).startswith("In an interactive shell")
    first = text.index("If set to a value greater than zero, TMOUT")
    assert sentence_shown(text, span, previous=Span(first, first + 10)).startswith("In an interactive shell")
    assert sentence_shown(text, Span(first, first + 40)) == text[first : first + 40]
