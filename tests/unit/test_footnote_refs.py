"""Footnote references after a sentence's end belong to neither sentence (text/sentences.py)."""

from __future__ import annotations

from askdoc.text.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[span.start : span.end] for span in split_sentences(text)]


def test_a_footnote_reference_does_not_open_the_next_sentence() -> None:
    essay = "The opinion of one's peers is the most powerful motivator of all. [1] About a month into each cycle we meet."
    assert _sentences(essay) == [
        "The opinion of one's peers is the most powerful motivator of all.",
        "About a month into each cycle we meet.",
    ]


def test_references_set_close_to_the_period_end_the_sentence_too() -> None:
    page = "It used cheap peripherals.[2][a] The computer itself was cheap. See x[1] here."
    assert _sentences(page) == ["It used cheap peripherals.", "The computer itself was cheap.", "See x[1] here."]


def test_a_reference_opening_its_own_line_stays() -> None:
    assert _sentences("He left.\n[1] Note here.") == ["He left.", "[1] Note here."]
