"""A date question asked of the document itself: its own date, or nothing, never a body sentence dating something
else (eval/dev/articles.jsonl c04: "When was it written?" answered "Fm was written before 1991")."""

from __future__ import annotations

from askdoc.answer.composer import Composition
from askdoc.answer.list_request import list_request
from askdoc.answer.metadata_answer import field_checked
from askdoc.answer.metadata_fields import asked_field


def _answer(text: str) -> Composition:
    return Composition(text, (), 0.6, False)


def test_a_sentence_dating_something_else_is_no_answer_to_when_the_document_was_written() -> None:
    checked = field_checked("When was it written?", _answer("Fm was written before 1991 when WWW was not popular. [1]"))
    assert checked.abstained


def test_a_sentence_dating_the_document_itself_is_kept() -> None:
    sentence = "This FAQ was last revised in March 2003. [1]"
    assert field_checked("When was this written?", _answer(sentence)).text == sentence


def test_where_the_article_is_from_asks_its_source() -> None:
    assert asked_field("Where is this article from?") == "source"
    assert asked_field("Where does the name Mozilla come from?") == "source"  # a fact question: the intent decides
    assert asked_field("Where is the author from?") != "source"


def test_a_which_question_naming_one_thing_asks_for_one() -> None:
    assert list_request("Which company sells SLS?").singular
    assert list_request("Which DNS server is given as an example?").singular
    assert not list_request("Which operating systems does Rich run on?").singular
    assert not list_request("Which companies sell SLS?").singular
