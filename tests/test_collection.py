"""Several documents in one index: the mixed fixture folder, citations that name their document, list and rm."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import faiss
import pytest

from askdoc.answer.engine import Engine
from askdoc.index.build import IndexRequest, ensure_index
from askdoc.index.store import index_folder
from askdoc.output.answer_json import answer_to_json
from conftest import article_request, run_askdoc

pytestmark = pytest.mark.slow  # every test builds indexes with the model or runs the askdoc command

MIXED = Path(__file__).parent / "fixtures" / "mixed"
QUESTIONS = [
    ("How many storms did the keeper record in 1987?", "two hundred and twelve storms", "report.pdf", 2),
    ("When did the Harbour Bridge open?", "19 March 1932", "bridge.md", None),
    ("How many orchid species does the glasshouse hold?", "four thousand orchid species", "garden.html", None),
    ("How long does the shaped dough rest before baking?", "rests for forty minutes", "bread.txt", None),
]


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory, model_dir: Path, encoder) -> tuple[Path, Path]:
    """A copy of the mixed folder and an index directory holding the index of each of its documents."""
    root = tmp_path_factory.mktemp("mixed")
    folder = root / "docs"
    shutil.copytree(MIXED, folder)
    ensure_index(collection_request(root / "index", folder, model_dir, encoder))
    return folder, root / "index"


def collection_request(index_dir: Path, folder: Path, model_dir: Path, encoder) -> IndexRequest:
    request = article_request(index_dir, model_dir, encoder)
    request.documents = (folder,)
    return request


@pytest.mark.parametrize(("question", "words", "document", "page"), QUESTIONS)
def test_each_document_answers_its_own_question(mixed, model_dir: Path, encoder, question, words, document, page) -> None:
    folder, index_dir = mixed
    engine = Engine.open(collection_request(index_dir, folder, model_dir, encoder))
    assert engine.index.documents == ("bread.txt", "bridge.md", "garden.html", "report.pdf")
    answer = engine.ask(question)
    assert not answer.abstained and words in answer.text
    cited = answer.citations[0].passage.chunk
    assert (cited.document, cited.page) == (document, page)
    reply = answer_to_json(answer)
    citation = reply["citations"][0]
    assert list(citation)[-1] == "document" and citation["document"] == document
    own_text = (index_folder(index_dir, folder / document) / "text.txt").read_text(encoding="utf-8")
    assert own_text[citation["start"] : citation["end"]] == citation["text"]
    for passage in reply["retrieved"]:
        own = (index_folder(index_dir, folder / passage["document"]) / "text.txt").read_text(encoding="utf-8")
        assert own[passage["start"] : passage["end"]] == passage["text"]


def test_one_document_keeps_the_contract_keys(mixed, model_dir: Path, encoder) -> None:
    folder, index_dir = mixed
    request = collection_request(index_dir, folder, model_dir, encoder)
    request.documents = (folder / "report.pdf",)
    reply = answer_to_json(Engine.open(request).ask(QUESTIONS[0][0]))
    assert "document" not in reply["citations"][0] and "document" not in reply["retrieved"][0]


def test_human_output_names_document_and_page(mixed) -> None:
    folder, index_dir = mixed
    result = run_askdoc(
        "ask",
        QUESTIONS[0][0],
        "--doc",
        str(folder / "report.pdf"),
        "--doc",
        str(folder / "bridge.md"),
        env={"ASKDOC_INDEX_DIR": str(index_dir)},
    )
    assert result.returncode == 0, result.stderr
    assert "[1] report.pdf · The storm log · ¶3 · p. 2" in result.stdout
    assert result.stderr == ""


def test_list_shows_and_rm_removes_one_document(mixed, tmp_path: Path) -> None:
    folder, index_dir = mixed
    copy = tmp_path / "index"
    shutil.copytree(index_dir, copy)
    env = {"ASKDOC_INDEX_DIR": str(copy)}
    listing = run_askdoc("list", env=env)
    assert listing.returncode == 0, listing.stderr
    header, *lines = listing.stdout.splitlines()
    rows = [line for line in lines if not line.startswith(" ")]
    assert header.split() == ["DOCUMENT", "PASSAGES", "MODEL", "BUILT", "PATH"]
    assert [row.split()[:4] for row in rows] == [
        ["bread.txt", "2", "all-MiniLM-L6-v2", "(384-d)"],
        ["bridge.md", "5", "all-MiniLM-L6-v2", "(384-d)"],
        ["garden.html", "3", "all-MiniLM-L6-v2", "(384-d)"],
        ["report.pdf", "4", "all-MiniLM-L6-v2", "(384-d)"],
    ]
    assert all(row.endswith(str(folder / row.split()[0])) for row in rows)
    removed = run_askdoc("rm", "bridge.md", str(folder / "report.pdf"), env=env)
    assert removed.returncode == 0, removed.stderr
    assert removed.stdout.splitlines() == [
        f"Removed the index of bridge.md (5 passages) from {index_folder(copy, folder / 'bridge.md')}.",
        f"Removed the index of report.pdf (4 passages) from {index_folder(copy, folder / 'report.pdf')}.",
    ]
    remaining = [
        json.loads((path / "manifest.json").read_text())["document"]["name"]
        for path in copy.iterdir()
        if not path.name.startswith(".")
    ]
    assert sorted(remaining) == ["bread.txt", "garden.html"]
    assert (folder / "bridge.md").is_file()
    missing = run_askdoc("rm", "bridge.md", env=env)
    assert missing.returncode == 2
    assert missing.stderr == f"askdoc: Nothing indexed in {copy} is called bridge.md; `askdoc list` shows what is.\n"


def test_same_file_names_in_two_folders_are_told_apart(tmp_path: Path, model_dir: Path, encoder) -> None:
    for place, fact in (("north", "The north office opens at eight."), ("south", "The south office opens at ten.")):
        (tmp_path / place).mkdir()
        (tmp_path / place / "hours.txt").write_text(fact + "\n", encoding="utf-8")
    request = collection_request(tmp_path / "index", tmp_path / "north", model_dir, encoder)
    request.documents = (tmp_path / "north", tmp_path / "south")
    index, _ = ensure_index(request)
    assert index.documents == (str(tmp_path / "north" / "hours.txt"), str(tmp_path / "south" / "hours.txt"))


def test_chat_takes_one_document_or_one_folder(tmp_path: Path) -> None:
    result = run_askdoc("chat", "--doc", str(MIXED / "bridge.md"), "--doc", str(MIXED / "bread.txt"))
    assert result.returncode == 2 and result.stderr == (
        "askdoc: askdoc chat opens one --doc at a time: a document, or a folder of documents to ask about together.\n"
    )


def test_a_collection_above_the_threshold_searches_an_hnsw_graph(mixed, model_dir: Path, encoder) -> None:
    folder, index_dir = mixed
    request = collection_request(index_dir, folder, model_dir, encoder)
    exact = Engine.open(request)
    request.settings = replace(request.settings, hnsw_threshold=len(exact.index.chunks))
    graph = Engine.open(request)
    assert type(exact.index.dense) is faiss.IndexFlatIP and exact.index.manifest.dense_index == "flat"
    assert type(graph.index.dense) is faiss.IndexHNSWFlat and graph.index.manifest.dense_index == "hnsw"
    manifest = graph.index.manifest
    assert [document.name for document in manifest.documents] == ["bread.txt", "bridge.md", "garden.html", "report.pdf"]
    assert manifest.counts.chunks == len(graph.index.chunks) == graph.index.dense.ntotal
    assert manifest.counts.sentences == len(graph.index.sentence_vectors)
    for question, words, document, _ in QUESTIONS:
        answer = graph.ask(question)
        assert words in answer.text and answer.citations[0].passage.chunk.document == document


def test_a_summary_of_a_folder_names_each_document_with_its_own_gist(mixed, model_dir: Path, encoder) -> None:
    """One summary over the joined documents quoted those nearest their mean; each document now gets its gist."""
    folder, index_dir = mixed
    answer = Engine.open(collection_request(index_dir, folder, model_dir, encoder)).ask("What are these documents about?")
    assert answer.kind == "summary" and not answer.abstained
    opens = [answer.text.index(f"{name}: ") for name in ("bread.txt", "bridge.md", "garden.html", "report.pdf")]
    assert opens == sorted(opens)
    assert "A good country loaf needs only flour, water, salt and a sourdough starter." in answer.text
    assert "The Harbour Bridge is a steel arch bridge" in answer.text
    assert {citation.passage.chunk.document for citation in answer.citations} == {
        "bread.txt", "bridge.md", "garden.html", "report.pdf"
    }
    assert len(answer.text.split()) <= 130


def test_a_metadata_question_over_a_folder_answers_for_each_document_or_the_one_it_names(
    mixed, model_dir: Path, encoder
) -> None:
    """The collection's metadata was its first document's: "What is the title?" named bread.txt's alone."""
    folder, index_dir = mixed
    engine = Engine.open(collection_request(index_dir, folder, model_dir, encoder))
    answer = engine.ask("What is the title?")
    assert answer.kind == "metadata"
    assert "bread.txt: The title is “Country Bread”. [1]" in answer.text
    assert "bridge.md: The title is “The Harbour Bridge”" in answer.text
    for citation in answer.citations:
        for span in citation.quoted:
            assert engine.index.text[span.start : span.end] in answer.text
    one = engine.ask("What is the title of the bridge document?")
    assert one.kind == "metadata" and one.text.startswith("bridge.md: The title is “The Harbour Bridge”")
    assert "bread.txt" not in one.text
