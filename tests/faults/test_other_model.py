"""A model of another dimension: the index notices, says so and rebuilds, in both directions."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from askdoc.answer.engine import Engine
from askdoc.embedding.embedder import SentenceTransformerEncoder
from askdoc.errors import AskdocError
from askdoc.index.build import ensure_index
from askdoc.index.store import IndexSettings, build_basis, index_folder
from conftest import article_request
from faults.memo import BUDGET, BUDGET_QUESTION

pytestmark = pytest.mark.slow  # fault tests

NARROW = 128


@pytest.fixture(scope="module")
def narrow_model(model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """MiniLM with a Dense layer to 128 dimensions: a real sentence-transformers model of another size."""
    import torch
    from sentence_transformers.models import Dense

    folder = tmp_path_factory.mktemp("narrow-model")
    for item in model_dir.iterdir():
        if item.name != "modules.json":
            os.symlink(item, folder / item.name)
    torch.manual_seed(0)
    (folder / "2_Dense").mkdir()
    Dense(384, NARROW).save(str(folder / "2_Dense"))
    modules = json.loads((model_dir / "modules.json").read_text(encoding="utf-8"))
    modules.insert(2, {"path": "2_Dense", "type": "sentence_transformers.models.Dense"})
    for number, module in enumerate(modules):
        module.update(idx=number, name=str(number))
    (folder / "modules.json").write_text(json.dumps(modules), encoding="utf-8")
    return folder


def test_model_of_another_dimension_rebuilds_the_index(
    memo: Path, tmp_path: Path, model_dir: Path, encoder, narrow_model: Path, guard
) -> None:
    narrow = SentenceTransformerEncoder(narrow_model)
    assert narrow.dimension == NARROW
    request = article_request(tmp_path / "index", model_dir, encoder, memo)
    ensure_index(request)
    guard.keep(memo)
    messages: list[str] = []
    request.notify = messages.append
    for settings, model, dimension in ((IndexSettings(narrow_model), narrow, NARROW), (IndexSettings(model_dir), encoder, 384)):
        request.settings, request.make_encoder = settings, (lambda _path, model=model: model)
        engine = Engine.open(request)
        assert messages[0] == "Rebuilding the index of memo.txt: the embedding model has changed."
        messages.clear()
        assert engine.index.dense.d == engine.index.sentence_vectors.shape[1] == dimension
        assert BUDGET in engine.ask(BUDGET_QUESTION, mode="lexical").text


def test_vectors_of_another_model_behind_a_forged_manifest_are_refused(
    memo: Path, tmp_path: Path, model_dir: Path, encoder, narrow_model: Path
) -> None:
    narrow = SentenceTransformerEncoder(narrow_model)
    request = article_request(tmp_path / "index", narrow_model, narrow, memo)
    request.settings = IndexSettings(narrow_model)
    ensure_index(request)
    folder = index_folder(tmp_path / "index", memo)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    minilm = build_basis(manifest["document"]["sha256"], IndexSettings(model_dir))
    manifest["model"].update(path=minilm.model_path, fingerprint=minilm.model_fingerprint)
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    forged = Engine.open(article_request(tmp_path / "index", model_dir, encoder, memo))
    with pytest.raises(AskdocError, match=r"built with vectors of 128 dimensions, but the model gives 384; rebuild it"):
        forged.ask(BUDGET_QUESTION)
