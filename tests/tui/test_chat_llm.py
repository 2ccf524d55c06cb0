"""LLM answers in the chat, against a real chat-completions server on 127.0.0.1 and the real retrieval stack."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from chat_app import PM_QUESTION, ask, make_app, wait_until

from askdoc.answer.engine import Engine
from askdoc.locations import bundled_article
from askdoc.tui.widgets.notice import Notice
from llm.chat_server import ChatServer, Reply

pytestmark = [pytest.mark.anyio, pytest.mark.slow]  # pilot tests of the chat on a real engine

KEY = "sk-chat-0123456789abcdef"
KADHIMI = "named former spy-chief Mustafa Kadhimi as Prime Minister-designate"
GOOD_TEXT = "On April 19, the President of Iraq named Mustafa Kadhimi as Prime Minister-designate [{n}]."
CASES_QUESTION = "How many COVID-19 cases had Iraq registered by April 14?"


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[ChatServer]:
    """A server the chat's LLM answers are configured to use, through the ASKDOC_LLM_* variables."""
    with ChatServer() as chat_server:
        monkeypatch.setenv("ASKDOC_LLM_BASE_URL", chat_server.base_url)
        monkeypatch.setenv("ASKDOC_LLM_MODEL", "test-model")
        monkeypatch.setenv("ASKDOC_LLM_API_KEY", KEY)
        monkeypatch.setenv("ASKDOC_LLM_TIMEOUT", "5")
        yield chat_server


@pytest.fixture
def app(tmp_path: Path, article_index_dir: Path, model_dir: Path, encoder):
    return make_app(article_index_dir, model_dir, encoder, tmp_path / "data", document=bundled_article())


async def test_streamed_reply_becomes_the_checked_cited_answer(app, server: ChatServer, tmp_path: Path) -> None:
    server.replies = [Reply(lambda r: GOOD_TEXT.format(n=r.number_of(KADHIMI)))]
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+l")
        chat = app.chat
        assert chat.llm is not None and chat.status.mode_text == "LLM: test-model"
        await ask(pilot, PM_QUESTION)
        [request] = server.received
        assert request.body["stream"] is True and request.headers["Authorization"] == f"Bearer {KEY}"
        turn = chat.view.answered[-1]
        assert turn.drafted == GOOD_TEXT.format(n=request.number_of(KADHIMI))
        assert turn.answer.text == GOOD_TEXT.format(n=1) and turn.border_subtitle == "1 source"
        assert not turn.query(".note") and not turn.query(".fallback")
        [citation] = turn.answer.citations
        assert KADHIMI in citation.passage.chunk.text
        first = str(chat.query_one("#source-list").get_option_at_index(0).prompt)
        assert first.startswith("[1] Iraq has a new Prime Minister · ¶5") and KADHIMI in first
    saved = (tmp_path / "data" / "conversations").glob("*")
    assert all(KEY not in path.read_text(encoding="utf-8") for path in saved)


async def test_reply_with_a_wrong_number_falls_back_and_says_why(app, server: ChatServer, engine: Engine) -> None:
    server.replies = [Reply(lambda r: f"As of April 14, Iraq had registered 2,400 COVID-19 cases [{r.number_of('1,400')}].")]
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+l")
        await ask(pilot, CASES_QUESTION)
        turn = app.chat.view.answered[-1]
        assert "2,400" in turn.drafted
        assert turn.answer.text == engine.ask(CASES_QUESTION).text and "2,400" not in turn.answer.text
        note = str(turn.query_one(".fallback").content)
        assert note.startswith("LLM answer not used: the sentence “As of April 14, Iraq had registered 2,400")
        assert "gives the number 2,400, which passage [" in note and note.endswith("; showing the extractive answer.")


async def test_turning_on_without_a_configured_endpoint_says_so_and_stays_off(app, monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("ASKDOC_LLM_BASE_URL", "ASKDOC_LLM_MODEL", "ASKDOC_LLM_API_KEY"):
        monkeypatch.delenv(variable, raising=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+l", "ctrl+l", "ctrl+l")
        chat = app.chat
        await wait_until(pilot, lambda: chat.view.query(Notice))
        [notice] = chat.view.query(Notice)
        assert notice.has_class("-error")
        text = str(notice.content)
        assert "ASKDOC_LLM_BASE_URL" in text and "ASKDOC_LLM_MODEL" in text and "--llm" not in text
        assert chat.llm is None and chat.status.mode_text == ""
        await ask(pilot, PM_QUESTION)
        assert "Mustafa Kadhimi" in chat.conversation.answers[-1].text


async def test_the_notice_is_in_view_at_80x24_after_a_long_conversation(app, monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("ASKDOC_LLM_BASE_URL", "ASKDOC_LLM_MODEL"):
        monkeypatch.delenv(variable, raising=False)
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(3):
            await ask(pilot, PM_QUESTION)
        view = app.chat.view
        view.scroll_home(animate=False)
        await pilot.press("ctrl+l", "ctrl+l")
        await wait_until(pilot, lambda: view.query(Notice))
        await pilot.pause(0.2)
        [notice] = view.query(Notice)
        assert view.scrollable_content_region.contains_region(notice.region), "the notice is on screen"


async def test_the_palette_turns_it_off_again_and_answers_are_extractive(app, server: ChatServer) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+l")
        assert app.chat.llm is not None
        await pilot.press("ctrl+p", *"LLM answers")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.screen is app.chat)
        assert app.chat.llm is None and app.chat.status.mode_text == ""
        await ask(pilot, PM_QUESTION)
        assert server.received == [] and "Mustafa Kadhimi" in app.chat.conversation.answers[-1].text
