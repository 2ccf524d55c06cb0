"""The chat driven through Textual's Pilot, on the real index and model of the bundled article."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from chat_app import FOLLOW_UP, PM_QUESTION, ask, make_app, wait_until

from askdoc.index.store import index_folder
from askdoc.locations import bundled_article
from askdoc.output.conversation_store import ConversationStore
from askdoc.tui.passage_text import QUOTE_STYLE
from askdoc.tui.screens.chat import ChatScreen
from askdoc.tui.screens.document import DocumentScreen
from askdoc.tui.widgets.answer_turn import AnswerTurn
from askdoc.tui.widgets.document_view import DocumentView
from askdoc.tui.widgets.notice import Notice
from askdoc.tui.widgets.question_input import QuestionInput
from askdoc.tui.widgets.sources_panel import SourcesPanel

pytestmark = [pytest.mark.anyio, pytest.mark.slow]  # pilot tests of the chat on a real engine

KADHIMI = "the President of Iraq named former spy-chief Mustafa Kadhimi as Prime Minister-designate"


@pytest.fixture
def app_for(tmp_path: Path, article_index_dir: Path, model_dir: Path, encoder):
    """Builds chat apps over the session's index, saving conversations under tmp_path."""

    def build(**options):
        return make_app(article_index_dir, model_dir, encoder, tmp_path / "data", **options)

    return build


def sources_text(screen: ChatScreen) -> list[str]:
    options = screen.query_one("#source-list")
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_question_gets_a_cited_answer_with_its_sources(app_for, tmp_path: Path) -> None:
    app = app_for(document=bundled_article())
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, PM_QUESTION)
        chat = app.chat
        answer = chat.conversation.answers[-1]
        assert "Mustafa Kadhimi" in answer.text and "[1]" in answer.text and not answer.abstained
        turn = chat.view.answered[-1]
        assert turn.has_class("-selected") and turn.border_subtitle == "1 source"
        assert chat.query_one("#sources-title").content == "Sources of answer 1"
        first = sources_text(chat)[0]
        assert first.startswith("[1] Iraq has a new Prime Minister · ¶5") and KADHIMI in first
        assert "Ready: 29 passages" in chat.status.text
    saved = ConversationStore(tmp_path / "data" / "conversations").latest()
    assert saved is not None and saved.answers == (answer,)


async def test_a_folder_is_asked_as_one_collection_with_named_sources(tmp_path: Path, model_dir: Path, encoder) -> None:
    folder = Path(__file__).parents[1] / "fixtures" / "mixed"
    app = make_app(tmp_path / "index", model_dir, encoder, tmp_path / "data", document=folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, "How many storms did the keeper record in 1987?")
        assert app.chat.engine.index.documents == ("bread.txt", "bridge.md", "garden.html", "report.pdf")
        assert "two hundred and twelve storms" in app.chat.conversation.answers[-1].text
        assert sources_text(app.chat)[0].startswith("[1] report.pdf · The storm log · ¶3 · p. 2")


async def test_the_open_document_has_every_sentence_encoded_in_the_background(tmp_path: Path, model_dir: Path, encoder) -> None:
    draft = Path(__file__).parents[1] / "fixtures" / "real" / "draft-nottingham-capport-problem-00.txt"
    app = make_app(tmp_path / "index", model_dir, encoder, tmp_path / "data", document=draft)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: app.chat.engine is not None)
        vectors = app.chat.engine.index.sentence_vectors
        await wait_until(pilot, lambda: vectors.unread() == 0)
        await ask(pilot, "What goes wrong when a portal intercepts TLS sessions?")
        assert "TLS" in app.chat.conversation.answers[-1].text


async def test_abstention_looks_different_and_lists_the_closest_passages(app_for) -> None:
    app = app_for(document=bundled_article())
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, "What is the capital of France?")
        turn = app.chat.view.answered[-1]
        assert turn.answer.abstained and turn.has_class("-abstained")
        assert turn.border_subtitle == "not in the document"
        assert str(app.chat.query_one("#sources-title").content).startswith("Closest passages")
        assert len(sources_text(app.chat)) == 3


async def test_opening_a_source_shows_the_passage_with_the_cited_span(app_for) -> None:
    app = app_for(document=bundled_article())
    async with app.run_test(size=(100, 30)) as pilot:
        await ask(pilot, PM_QUESTION)
        await pilot.press("tab", "tab", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, DocumentScreen))
        view = app.screen.query_one(DocumentView)
        await wait_until(pilot, lambda: view.scroll_y > 0)
        target = view.target
        assert target is not None and target.has_class("-passage")
        content = target.content
        quoted = [content.plain[span.start : span.end] for span in content.spans if span.style == QUOTE_STYLE]
        assert quoted == [f"On April 19, {KADHIMI}."]
        top = target.virtual_region.y
        assert view.scroll_y <= top < view.scroll_y + view.size.height
        assert len(app.screen.query(".-passage")) == 1
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ChatScreen))
        await wait_until(pilot, lambda: app.focused is app.chat.query_one("#source-list"))
        await pilot.press(*"When")
        box = app.chat.query_one(QuestionInput)
        await wait_until(pilot, lambda: box.value == "When")
        assert app.focused is box
        await pilot.click("#source-list", offset=(4, 1))
        await wait_until(pilot, lambda: isinstance(app.screen, DocumentScreen))


async def test_typing_in_the_conversation_starts_a_question_with_that_letter(app_for) -> None:
    app = app_for(document=bundled_article())
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, PM_QUESTION)
        app.chat.view.focus()
        await pilot.press("up", *"Why?")
        box = app.chat.query_one(QuestionInput)
        assert app.focused is box and box.value == "Why?"
        await pilot.press("enter")
        await wait_until(pilot, lambda: len(app.chat.conversation.answers) == 2)
        assert app.chat.conversation.answers[-1].question == "Why?"


async def test_the_open_dialog_takes_a_folder_and_completes_paths(app_for) -> None:
    folder = Path(__file__).parents[1] / "fixtures" / "mixed"
    app = app_for(document=bundled_article())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+o")
        dialog = app.screen
        assert "HTML or PDF" in str(dialog.query_one("Label").content)
        box = dialog.query_one("#path")
        box.value = str(folder / "rep")
        await wait_until(pilot, lambda: box._suggestion == str(folder / "report.pdf"))
        await pilot.press("tab")
        assert box.value == str(folder / "report.pdf")
        box.value = str(folder.parent / "mix")
        await wait_until(pilot, lambda: box._suggestion == str(folder) + "/")
        await pilot.press("tab", "enter")
        await wait_until(pilot, lambda: app.chat.engine is not None and len(app.chat.engine.index.documents) == 4)
        assert app.chat.document == folder


async def test_up_and_down_recall_earlier_questions(app_for) -> None:
    app = app_for(document=bundled_article())
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, PM_QUESTION)
        await ask(pilot, FOLLOW_UP)
        box = app.chat.query_one(QuestionInput)
        await pilot.press(*"draft")
        await pilot.press("up")
        assert box.value == FOLLOW_UP
        await pilot.press("up", "up")
        assert box.value == PM_QUESTION
        await pilot.press("down")
        assert box.value == FOLLOW_UP
        await pilot.press("down")
        assert box.value == "draft"


async def test_question_typed_while_loading_is_answered_when_ready(app_for) -> None:
    loading = threading.Event()
    app = app_for(document=bundled_article(), before_open=lambda: loading.wait(120))
    async with app.run_test(size=(120, 40)) as pilot:
        app.chat.query_one(QuestionInput).value = PM_QUESTION
        await pilot.press("enter")
        turn = app.chat.query_one(AnswerTurn)
        assert turn.has_class("-pending") and "Waiting for the document" in str(turn.query_one(".note").content)
        assert app.chat.status.has_class("-busy") and app.chat.engine is None
        loading.set()
        await wait_until(pilot, lambda: turn.answer is not None)
        assert "Mustafa Kadhimi" in turn.answer.text


async def test_missing_document_is_a_message_and_another_can_be_opened(app_for, tmp_path: Path) -> None:
    missing = tmp_path / "missing.md"
    app = app_for(document=missing)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: app.chat.query(Notice))
        assert f"No such file: {missing}." in str(app.chat.query_one(Notice).content)
        assert app.chat.status.has_class("-error") and app.is_running
        await pilot.press("ctrl+o")
        dialog = app.screen
        dialog.query_one("#path").value = str(missing)
        await pilot.press("enter")
        assert f"No such file or folder: {missing}." in str(dialog.query_one("#open-error").content)
        dialog.query_one("#path").value = str(bundled_article())
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.chat.engine is not None)
        await ask(pilot, PM_QUESTION)
        assert "Mustafa Kadhimi" in app.chat.conversation.answers[-1].text


async def test_resume_reopens_the_last_conversation_and_continues_it(app_for) -> None:
    first = app_for(document=bundled_article())
    async with first.run_test(size=(120, 40)) as pilot:
        await ask(pilot, PM_QUESTION)
    resumed = app_for(resume=True)
    async with resumed.run_test(size=(120, 40)) as pilot:
        chat = resumed.chat
        assert chat.conversation.questions == [PM_QUESTION]
        assert chat.query_one(QuestionInput).history == [PM_QUESTION]
        assert "Mustafa Kadhimi" in chat.view.answered[0].answer.text
        await ask(pilot, FOLLOW_UP)
        assert "April 23" in chat.conversation.answers[-1].text
        assert chat.conversation.id == first.chat.conversation.id


async def test_copy_and_export_carry_the_citations(app_for, tmp_path: Path) -> None:
    app = app_for(document=bundled_article())
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, PM_QUESTION)
        await pilot.press("ctrl+y")
        assert app.clipboard.startswith(f"## {PM_QUESTION}")
        assert "[1] Iraq has a new Prime Minister · ¶5" in app.clipboard
        await pilot.press("ctrl+p", *"export conv", "enter")
        await wait_until(pilot, lambda: list((tmp_path / "data" / "exports").glob("*.md")))
    exported = next((tmp_path / "data" / "exports").glob("*.md")).read_text(encoding="utf-8")
    assert exported.startswith("# A Line in the Sand Is Drawn")
    assert f"## {PM_QUESTION}" in exported and f"> On April 19, {KADHIMI}." in exported


async def test_sources_panel_hides_when_narrow_and_toggles(app_for) -> None:
    app = app_for(document=bundled_article())
    async with app.run_test(size=(80, 24)) as pilot:
        panel = app.chat.query_one(SourcesPanel)
        assert not panel.display
        await pilot.press("ctrl+b")
        assert panel.display
        await pilot.resize_terminal(120, 40)
        await pilot.press("ctrl+b")
        assert not panel.display
        await pilot.press("ctrl+b")
        assert panel.display


async def test_damaged_index_is_rebuilt_saying_why_and_the_chat_answers(
    index_copy: Path, model_dir: Path, encoder, tmp_path
) -> None:
    (index_folder(index_copy, bundled_article()) / "manifest.json").write_text("{not json", encoding="utf-8")
    said: list[str] = []
    app = make_app(index_copy, model_dir, encoder, tmp_path / "data", document=bundled_article(), also_report=said.append)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: app.chat.engine is not None)
        assert "Rebuilding the index of article.txt: it is damaged (its manifest is not valid JSON)." in said
        await ask(pilot, PM_QUESTION)
        assert "Mustafa Kadhimi" in app.chat.conversation.answers[-1].text and not app.chat.view.query(Notice)


async def test_view_follows_new_answers_only_from_the_bottom(app_for) -> None:
    app = app_for(document=bundled_article())
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.chat.view
        for question in (PM_QUESTION, FOLLOW_UP, "How long did the US occupy Iraq?"):
            await ask(pilot, question)
        assert view.max_scroll_y > 0 and view.following and view.selected is view.answered[-1]
        view.scroll_home(animate=False)
        await pilot.pause()
        await ask(pilot, "Who ordered the killing of Qassem Soleimani?")
        assert view.scroll_y == 0 and view.selected is view.answered[2]
        view.scroll_end(animate=False)
        await pilot.pause()
        await ask(pilot, "Who founded Kataib Hezbollah?")
        await pilot.pause()
        assert view.following and view.selected is view.answered[-1]
