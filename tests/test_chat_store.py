"""Saved conversations and their Markdown export, with real answers from the real engine."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from askdoc.answer.engine import Engine
from askdoc.errors import AskdocError
from askdoc.locations import bundled_article
from askdoc.output.conversation_store import ConversationStore, new_conversation
from askdoc.output.markdown_export import answer_markdown, conversation_markdown

PM = "Who was named Prime Minister-designate?"


@pytest.fixture(scope="module")
def answers(engine: Engine):
    return engine.ask(PM), engine.ask("What is the capital of France?")


@pytest.mark.slow
def test_saved_conversation_reads_back_equal(tmp_path: Path, answers) -> None:
    store = ConversationStore(tmp_path / "conversations")
    conversation = new_conversation(bundled_article(), "The article")
    for answer in answers:
        conversation = conversation.with_answer(answer)
        store.save(conversation)
    assert list((tmp_path / "conversations").iterdir()) == [tmp_path / "conversations" / f"{conversation.id}.json"]
    assert store.latest() == conversation
    assert conversation.questions == [PM, "What is the capital of France?"]


@pytest.mark.slow
def test_latest_is_the_last_saved_optionally_about_one_document(tmp_path: Path, answers) -> None:
    store = ConversationStore(tmp_path)
    assert store.latest() is None
    notes = tmp_path / "notes.md"
    about_article = new_conversation(bundled_article(), "article").with_answer(answers[0])
    about_notes = replace(new_conversation(notes, "notes"), id="notes").with_answer(answers[1])
    os.utime(store.save(about_article), ns=(1, 1))
    store.save(about_notes)
    assert store.latest() == about_notes
    assert store.latest(bundled_article()) == about_article
    assert store.latest(tmp_path / "other.md") is None


def test_damaged_saved_conversation_is_named_in_one_sentence(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text('{"id": "broken", "answers": [', encoding="utf-8")
    with pytest.raises(AskdocError, match=r"The saved conversation .*broken\.json is damaged"):
        ConversationStore(tmp_path).latest()


@pytest.mark.slow
def test_conversation_of_another_format_is_refused_in_one_sentence(tmp_path: Path, answers) -> None:
    store = ConversationStore(tmp_path)
    saved = json.loads(store.save(new_conversation(bundled_article(), "article").with_answer(answers[0])).read_text("utf-8"))
    (tmp_path / "future.json").write_text(json.dumps({**saved, "format": 2}), encoding="utf-8")
    with pytest.raises(AskdocError) as refused:
        store.load(tmp_path / "future.json")
    assert str(refused.value) == (
        f"The saved conversation {tmp_path / 'future.json'} is in format 2 of another askdoc version, not format 1, "
        "and cannot be reopened."
    )


@pytest.mark.slow
def test_markdown_export_cites_each_answer(answers) -> None:
    cited, abstained = answers
    conversation = new_conversation(bundled_article(), "A Line in the Sand").with_answer(cited).with_answer(abstained)
    markdown = conversation_markdown(conversation)
    assert markdown.startswith("# A Line in the Sand\n")
    assert f"## {PM}\n\n{cited.text}\n\n[1] Iraq has a new Prime Minister · ¶5\n> On April 19," in markdown
    assert f"_{abstained.text}_" in answer_markdown(abstained)
    assert "[1]" not in answer_markdown(abstained)
