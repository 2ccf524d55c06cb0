"""Shared fixtures: the real model, a real index of the bundled article built once per session."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from askdoc.answer.engine import Engine
from askdoc.embedding.embedder import Encoder, default_model_path
from askdoc.embedding.index_encoder import open_index_encoder
from askdoc.index.build import IndexRequest
from askdoc.index.store import IndexSettings
from askdoc.locations import bundled_article
from askdoc.runtime import configure

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "fixtures" / "real"
# Fixtures that load the model or export it; a test that needs one must be marked slow.
SLOW_FIXTURES = frozenset({"encoder", "export_dir"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Keep the fast tier fast: a test needing the model without @pytest.mark.slow is an error."""
    unmarked = [
        item.nodeid
        for item in items
        if SLOW_FIXTURES.intersection(getattr(item, "fixturenames", ())) and item.get_closest_marker("slow") is None
    ]
    if unmarked:
        raise pytest.UsageError(f"These tests need the model but are not marked slow: {', '.join(unmarked)}")


def pytest_configure(config: pytest.Config) -> None:
    """Set the process up as the askdoc command does, before any test loads faiss or torch."""
    configure()


@pytest.fixture(scope="session", autouse=True)
def askdoc_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ONNX export cache of this test session (made once, by the first index build)."""
    cache = tmp_path_factory.mktemp("cache")
    os.environ["ASKDOC_CACHE_DIR"] = str(cache)
    return cache


@pytest.fixture(scope="session")
def model_dir() -> Path:
    return default_model_path()


@pytest.fixture(scope="session")
def encoder(model_dir: Path, askdoc_cache: Path) -> Encoder:
    """The encoder `askdoc index` and `ask` use: the model's ONNX export, made once in the session's cache.

    tests/test_onnx_encoder.py holds it to sentence-transformers row by row. It encodes a passage in
    less than half the CPU time of sentence-transformers (python-zipapp.html's 91 paragraphs: 1.9
    against 4.3 s) and, being the product's encoder, keeps its rows in the session's vector cache
    (index/vector_cache.py), so an engine reading sentences another engine read does not embed them
    again: the suite's CPU time went from about 390 to 260 s.
    """
    return open_index_encoder(model_dir)


@pytest.fixture(scope="session")
def article_index_dir(tmp_path_factory: pytest.TempPathFactory, model_dir: Path, encoder: Encoder) -> Path:
    """An index directory holding the bundled article's index, built once."""
    index_dir = tmp_path_factory.mktemp("index")
    Engine.open(article_request(index_dir, model_dir, encoder))
    return index_dir


def article_request(
    index_dir: Path, model_dir: Path, encoder: Encoder, document: Path | None = None
) -> IndexRequest:
    return IndexRequest(
        documents=(document or bundled_article(),),
        index_dir=index_dir,
        settings=IndexSettings(model_dir=model_dir),
        make_encoder=lambda _path: encoder,
        make_query_encoder=lambda _path: encoder,
    )


@pytest.fixture(scope="session")
def real_engine(
    tmp_path_factory: pytest.TempPathFactory, model_dir: Path, encoder: Encoder
) -> Callable[[str], Engine]:
    """An engine over a named document of tests/fixtures/real, indexed once per session and shared.

    Several modules ask the same real documents (the Africa and Brazil pages, the capport draft);
    an Engine keeps no state between questions but its lazily encoded sentence vectors, so one
    per document serves them all.
    """
    folder = tmp_path_factory.mktemp("real-index")
    engines: dict[str, Engine] = {}

    def open_engine(name: str) -> Engine:
        if name not in engines:
            engines[name] = Engine.open(article_request(folder, model_dir, encoder, REAL / name))
        return engines[name]

    return open_engine


@pytest.fixture(scope="session")
def engine(article_index_dir: Path, model_dir: Path, encoder: Encoder) -> Engine:
    """An Engine over the bundled article, sharing the session's encoder."""
    return Engine.open(article_request(article_index_dir, model_dir, encoder))


@pytest.fixture
def index_copy(tmp_path: Path, article_index_dir: Path) -> Path:
    """A private copy of the built index directory, for tests that damage it."""
    copy = tmp_path / "index"
    shutil.copytree(article_index_dir, copy)
    return copy


def run_askdoc(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real `askdoc` command in a fresh interpreter."""
    return subprocess.run(
        [sys.executable, "-m", "askdoc", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT / "src"), **(env or {})},
        input=input,
        timeout=300,
        cwd=ROOT,
    )
