"""A FAQ's short answer is a sentence of its own (text/sentences.py): the zlib FAQ's "No." and "Yes." are not joined to
the sentence after them, and "No." before a number is still an abbreviation."""

from __future__ import annotations

from pathlib import Path

from askdoc.documents.loader import load_document
from askdoc.text.sentences import split_sentences

ZLIB = Path(__file__).resolve().parents[1] / "fixtures" / "real" / "zlib-FAQ.txt"


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_a_faq_short_answer_stands_alone() -> None:
    sentences = [" ".join(s.split()) for s in _sentences(load_document(ZLIB).text)]
    at = sentences.index("Will zlib decompress data from the PKWare Data Compression Library?")
    assert sentences[at + 1 : at + 3] == [
        "No.", "The PKWare DCL uses a completely different compressed data format than does PKZIP and zlib."
    ]
    at = sentences.index("Is zlib Y2K-compliant?")
    assert sentences[at + 1 : at + 3] == ["Yes.", "zlib doesn't handle dates."]


def test_no_before_a_number_is_an_abbreviation() -> None:
    assert _sentences("See No. 5 for the details. No. 7 is older.") == ["See No. 5 for the details.", "No. 7 is older."]
