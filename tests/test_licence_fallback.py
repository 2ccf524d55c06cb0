"""A licence question that names the program is answered from the licence the document states of itself when no
passage answers it (answer/compose_by_kind.py), in GNU bc's README (unit/bc_readme.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from askdoc.answer.engine import Engine
from askdoc.embedding.embedder import Encoder
from conftest import article_request
from unit.bc_readme import BC_README


@pytest.mark.slow  # builds a real index with the model
def test_a_licence_question_naming_the_program_gets_the_documents_licence(
    tmp_path: Path, model_dir: Path, encoder: Encoder
) -> None:
    document = tmp_path / "README"
    document.write_text(BC_README, encoding="utf-8")
    engine = Engine.open(article_request(tmp_path / "index", model_dir, encoder, document))
    answer = engine.ask("What license is bc under?")
    assert not answer.abstained and "GNU GPL version 2" in answer.text
    assert "Copying: GNU GPL version 2" in answer.citations[0].passage.chunk.text
    assert "Philip A. Nelson" in engine.ask("Who wrote bc?").text
