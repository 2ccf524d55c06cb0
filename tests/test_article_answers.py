"""Answers over article-type documents (eval/dev/articles.jsonl, fit half): a byline is not quoted for what the
text says, and an argued piece's thesis is a sentence stating the writer's view."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from askdoc.answer.engine import Engine
from askdoc.answer.opinion import states_view

pytestmark = pytest.mark.slow  # builds real indexes with the model


@pytest.fixture(scope="module")
def manifesto(real_engine: Callable[[str], Engine]) -> Engine:
    return real_engine("debian-manifesto.txt")


@pytest.fixture(scope="module")
def post(real_engine: Callable[[str], Engine]) -> Engine:
    return real_engine("ebb-kuhn-controversial-events.html")


def test_a_question_naming_the_author_does_not_quote_the_byline(manifesto: Engine) -> None:
    answer = manifesto.ask("Does Murdock think SLS is well maintained?")
    assert "Written by" not in answer.text
    assert not any(passage.chunk.role == "metadata" for passage in answer.retrieved)


def test_who_wrote_it_still_reaches_the_byline(manifesto: Engine) -> None:
    answer = manifesto.ask("Who is the author?")
    assert "Ian A. Murdock" in answer.text and not answer.abstained


def test_the_main_argument_of_a_blog_post_opens_with_a_view_the_writer_states(post: Engine) -> None:
    answer = post.ask("What is the author's main argument?")
    first = answer.text.split(" [1]")[0]
    assert states_view(first) and "leader" in first


def test_views_are_first_person_judgements_conclusions_and_what_must_be_done() -> None:
    assert states_view("IMO, this is not and has never been a Free Speech issue.")
    assert states_view("In short, the radical message of software freedom became overshadowed.")
    assert states_view("Leaders have power, and they must exercise the power of their words with restraint.")
    assert not states_view("The last 33 days have been unprecedentedly difficult for me personally.")
    assert not states_view("I thank RMS for taking that step.")


def test_a_name_the_post_calls_by_its_letters_is_asked_with_them(post: Engine) -> None:
    answer = post.ask("Does he think Stallman was right to step down?")
    assert answer.resolved_question == "Does he think Stallman was right to step down?"
    first = answer.text.split(" [1]")[0]
    assert first.endswith("I think RMS took a useful step by resigning some of his leadership roles at the FSF.")
