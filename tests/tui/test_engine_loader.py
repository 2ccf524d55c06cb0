"""Opening engines for the chat: the steps it reports, and one model load for several documents."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from askdoc.tui.engine_loader import open_engine
from conftest import article_request

pytestmark = pytest.mark.slow  # opens engines over indexes made with the model


def test_steps_are_reported_and_the_question_encoder_loads_once(
    tmp_path: Path, article_index_dir: Path, model_dir: Path, encoder
) -> None:
    loads: list[Path] = []
    steps: list[str] = []

    def counting_encoder(path: Path):
        loads.append(path)
        return encoder

    def request(index_dir: Path, document: Path | None = None):
        return replace(article_request(index_dir, model_dir, encoder, document), make_query_encoder=counting_encoder)

    notes = tmp_path / "notes.md"
    notes.write_text("# Garden\n\n" + "Runner beans went in along the fence on May 10, after the frost. " * 5, encoding="utf-8")
    encoders: dict = {}
    article = open_engine(request(article_index_dir), steps.append, encoders)
    assert steps == ["Opening the index of article.txt…", "Loading the question encoder…"]
    steps.clear()
    garden = open_engine(request(tmp_path / "index", notes), steps.append, encoders)
    assert steps == [
        "Opening the index of notes.md…",
        "Indexing notes.md: loading the embedding model…",
        "Indexing notes.md: embedding its passages…",
    ]
    assert loads == [model_dir]
    assert "May 10" in garden.ask("When did the beans go in?").text
    assert article.index.title != garden.index.title == "Garden"
