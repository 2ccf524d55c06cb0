"""The chat as a place to read: the opening page, visible understanding, words per surface (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from chat_app import FOLLOW_UP, PM_QUESTION, ask, make_app, wait_until
from textual.widgets import OptionList

from askdoc.locations import bundled_article
from askdoc.tui.widgets.opening_page import OpeningPage
from askdoc.tui.widgets.sources_panel import SourcesPanel

pytestmark = [pytest.mark.anyio, pytest.mark.slow]  # pilot tests of the chat on a real engine

SUGGESTIONS = (
    "Summarise this document",
    'What does it say about "Iraq has a new Prime Minister"?',
    "What does it say about the Sunni-Shia divide?",
    "Who wrote it?",
)


@pytest.fixture
def app_for(tmp_path: Path, article_index_dir: Path, model_dir: Path, encoder):
    def build(**options):
        return make_app(article_index_dir, model_dir, encoder, tmp_path / "data", **options)

    return build


def texts(page: OpeningPage, selector: str) -> list[str]:
    return [str(widget.render()) for widget in page.query(selector)]


async def filled(pilot) -> OpeningPage:
    page = pilot.app.chat.query_one(OpeningPage)
    await wait_until(pilot, lambda: page.summary is not None)
    return page


async def test_opening_page_paints_title_and_metadata_then_the_cited_summary_and_questions(app_for) -> None:
    app = app_for(document=bundled_article())
    async with app.run_test(size=(120, 40)) as pilot:
        page = app.chat.query_one(OpeningPage)
        assert texts(page, "#opening-title") == ["A Line in the Sand Is Drawn: The US Military Must Leave Iraq"]
        assert texts(page, "#opening-about") == ["Steven Sahiounie · April 19, 2020 · Global Research"]
        page = await filled(pilot)
        assert page.summary.kind == "summary" and 2 <= len(page.summary.citations) <= 3
        assert "[1]" in page.summary.text and "ISIS" in page.summary.text
        assert tuple(page.questions) == SUGGESTIONS
        assert app.chat.query_one("#sources-title").content == "Sources of the summary"


async def test_a_suggestion_is_asked_by_keyboard(app_for) -> None:
    app = app_for(document=bundled_article())
    async with app.run_test(size=(120, 40)) as pilot:
        await filled(pilot)
        app.chat.query_one("#suggestions", OptionList).focus()
        await pilot.press("down", "down", "down", "enter")
        await wait_until(pilot, lambda: app.chat.conversation.answers)
        answer = app.chat.conversation.answers[-1]
        assert answer.question == "Who wrote it?" and answer.kind == "metadata" and "Steven Sahiounie" in answer.text
        turn = app.chat.view.answered[-1]
        assert turn.border_title == "askdoc · metadata"


async def test_a_suggestion_is_asked_by_mouse_and_a_summary_says_so_in_its_border(app_for) -> None:
    app = app_for(document=bundled_article())
    async with app.run_test(size=(120, 40)) as pilot:
        await filled(pilot)
        assert await pilot.click("#suggestions", offset=(4, 0))
        await wait_until(pilot, lambda: app.chat.conversation.answers)
        answer = app.chat.conversation.answers[-1]
        assert answer.question == "Summarise this document" and answer.kind == "summary"
        assert app.chat.view.answered[-1].border_title == "askdoc · summary"


async def test_a_follow_up_is_answered_shows_how_it_was_understood_and_ctrl_r_asks_it_anew(app_for) -> None:
    app = app_for(document=bundled_article())
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, PM_QUESTION)
        await ask(pilot, FOLLOW_UP)
        answer = app.chat.conversation.answers[-1]
        assert answer.question == FOLLOW_UP
        assert "April 23" in answer.text and not answer.abstained
        assert app.chat.query_one("#sources-title").content == "Sources of answer 2"
        follow_up = app.chat.view.answered[-1]
        understood = [str(widget.render()) for widget in follow_up.query(".understood")]
        assert understood == [f"understood as: {follow_up.answer.resolved_question}"]
        assert PM_QUESTION in follow_up.answer.resolved_question
        assert not app.chat.view.answered[0].query(".understood")
        await pilot.press("ctrl+r")
        await wait_until(pilot, lambda: len(app.chat.conversation.answers) == 3 and not app.chat.view.query(".-pending"))
        anew = app.chat.conversation.answers[-1]
        assert anew.question == FOLLOW_UP and anew.resolved_question == FOLLOW_UP
        assert not app.chat.view.answered[-1].query(".understood")
        assert [turn.border_title for turn in app.chat.query("QuestionTurn")][-1] == "You · asked anew"


async def test_an_abstention_points_to_the_sources_panel_and_to_ctrl_b_when_it_is_hidden(app_for) -> None:
    app = app_for(document=bundled_article())
    async with app.run_test(size=(80, 24)) as pilot:
        await ask(pilot, "What is the capital of France?")
        turn = app.chat.view.answered[-1]
        assert not app.chat.query_one(SourcesPanel).display
        shown = str(turn.query_one("Markdown").source)
        assert "in the sources panel (ctrl+b shows it)" in shown and "listed below" not in shown
        assert "listed below" in turn.answer.text  # the contract's text is unchanged
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert "in the sources panel." in str(turn.query_one("Markdown").source)


async def test_a_folder_opens_on_one_line_per_document(tmp_path: Path, model_dir: Path, encoder) -> None:
    folder = Path(__file__).parents[1] / "fixtures" / "mixed"
    app = make_app(tmp_path / "index", model_dir, encoder, tmp_path / "data", document=folder)
    async with app.run_test(size=(120, 40)) as pilot:
        page = app.chat.query_one(OpeningPage)
        lines = texts(page, ".opening-document")
        assert len(lines) == 4 and lines[0].startswith("bread.txt — ") and lines[3] == "report.pdf — report.pdf"
        page = await filled(pilot)
        assert page.questions[0] == "Summarise these documents"
        assert texts(page, ".opening-document")[2] == "garden.html — The Botanical Garden"
        # the brief gives each document its own gist, in the folder's order
        opens = [page.summary.text.index(f"{name}: ") for name in ("bread.txt", "bridge.md", "garden.html", "report.pdf")]
        assert opens == sorted(opens)
