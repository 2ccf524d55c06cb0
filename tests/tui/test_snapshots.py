"""What the chat looks like: its opening page, a summary answer, a conversation (a follow-up with its
"understood as" line) and its sources, at two terminal sizes.

Regenerate after a deliberate change of the UI with ``pytest tests/tui --snapshot-update``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from chat_app import FOLLOW_UP, PM_QUESTION, make_app, quoting_answer, wait_until
from textual.pilot import Pilot

from askdoc.answer.contract import ABSTENTION_TEXT
from askdoc.answer.engine import Engine
from askdoc.answer.overview import brief_summary
from askdoc.locations import bundled_article
from askdoc.output.conversation_store import ConversationStore, new_conversation
from askdoc.tui.app import AskdocApp
from askdoc.tui.screens.document import DocumentScreen
from askdoc.tui.widgets.opening_page import OpeningPage
from askdoc.tui.widgets.question_input import QuestionInput
from askdoc.types import Answer

pytestmark = pytest.mark.slow  # pilot tests of the chat on a real engine


@pytest.fixture
def resumed_app(tmp_path: Path, engine: Engine, article_index_dir: Path, model_dir: Path, encoder) -> AskdocApp:
    """The app reopening a saved three-turn conversation: an abstention, a question and its follow-up."""
    index = engine.index
    conversation = replace(
        new_conversation(bundled_article(), index.title),
        id="snapshot",
        started="2020-04-20 09:00",
        answers=(
            Answer("What is the capital of France?", ABSTENTION_TEXT, True, 0.3, (), ()),
            quoting_answer(index, PM_QUESTION, "Mustafa Kadhimi as Prime Minister-designate"),
            replace(
                quoting_answer(index, FOLLOW_UP, "expected to be approved by Parliament"),
                resolved_question=f"{PM_QUESTION} {FOLLOW_UP}",
            ),
        ),
    )
    data_dir = tmp_path / "data"
    ConversationStore(data_dir / "conversations").save(conversation)
    return make_app(article_index_dir, model_dir, encoder, data_dir, resume=True)


@pytest.fixture
def summary_app(tmp_path: Path, engine: Engine, article_index_dir: Path, model_dir: Path, encoder) -> AskdocApp:
    """The app reopening one summary answer: the opening page's, so tuning the composer does not redraw it."""
    conversation = replace(
        new_conversation(bundled_article(), engine.index.title),
        id="summary",
        started="2020-04-20 09:00",
        answers=(brief_summary(engine.index, "Summarise this document"),),
    )
    data_dir = tmp_path / "data"
    ConversationStore(data_dir / "conversations").save(conversation)
    return make_app(article_index_dir, model_dir, encoder, data_dir, resume=True)


@pytest.fixture
def fresh_app(tmp_path: Path, article_index_dir: Path, model_dir: Path, encoder) -> AskdocApp:
    return make_app(article_index_dir, model_dir, encoder, tmp_path / "data", document=bundled_article())


def _summarised(chat) -> bool:
    """Whether the opening page has its summary (the engine is open and the page complete)."""
    return any(page.summary is not None for page in chat.query(OpeningPage))


async def _opening(pilot: Pilot) -> None:
    chat = pilot.app.chat
    chat.query_one(QuestionInput).cursor_blink = False
    await wait_until(pilot, lambda: _summarised(chat))
    await pilot.pause()


def test_opening_page_80x24(snap_compare, fresh_app: AskdocApp) -> None:
    assert snap_compare(fresh_app, terminal_size=(80, 24), run_before=_opening)


def test_opening_page_120x40(snap_compare, fresh_app: AskdocApp) -> None:
    assert snap_compare(fresh_app, terminal_size=(120, 40), run_before=_opening)


def test_summary_answer_80x24(snap_compare, summary_app: AskdocApp) -> None:
    assert snap_compare(summary_app, terminal_size=(80, 24), run_before=_loaded)


def test_summary_answer_120x40(snap_compare, summary_app: AskdocApp) -> None:
    assert snap_compare(summary_app, terminal_size=(120, 40), run_before=_loaded)


async def _loaded(pilot: Pilot, *keys: str) -> None:
    chat = pilot.app.chat
    chat.query_one(QuestionInput).cursor_blink = False
    await wait_until(pilot, lambda: chat.engine is not None and chat.view.selected is not None and _summarised(chat))
    await pilot.press(*keys)


def test_conversation_with_sources_80x24(snap_compare, resumed_app: AskdocApp) -> None:
    assert snap_compare(resumed_app, terminal_size=(80, 24), run_before=lambda pilot: _loaded(pilot, "ctrl+b"))


def test_conversation_with_sources_120x40(snap_compare, resumed_app: AskdocApp) -> None:
    assert snap_compare(resumed_app, terminal_size=(120, 40), run_before=_loaded)


def test_document_view_at_the_cited_passage_120x40(snap_compare, resumed_app: AskdocApp) -> None:
    async def open_source(pilot: Pilot) -> None:
        await _loaded(pilot, "tab", "tab", "enter")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, DocumentScreen))

    assert snap_compare(resumed_app, terminal_size=(120, 40), run_before=open_source)
