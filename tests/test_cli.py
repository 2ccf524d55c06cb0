"""The `askdoc` command end to end, in fresh interpreters, on a real index."""

import json
from pathlib import Path

import pytest

from askdoc.index.build import ensure_index
from askdoc.index.store import index_folder
from askdoc.locations import bundled_article
from conftest import article_request, run_askdoc

pytestmark = pytest.mark.slow  # every test runs the askdoc command or builds an index with the model

CONTRACT_KEYS = [
    "question", "resolved_question", "kind", "answer", "abstained", "confidence", "citations", "retrieved", "timings_ms",
]
CITATION_KEYS = ["n", "chunk_id", "paragraphs", "start", "end", "section", "text", "score"]
RETRIEVED_KEYS = ["chunk_id", "start", "end", "text", "score"]
TIMING_KEYS = ["load", "embed", "retrieve", "compose", "total"]


def ask_json(index_dir: Path, question: str, *args: str) -> dict:
    result = run_askdoc("ask", question, "--json", *args, env={"ASKDOC_INDEX_DIR": str(index_dir)})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def clean_text(article_index_dir: Path) -> str:
    return (index_folder(article_index_dir, bundled_article()) / "text.txt").read_text(encoding="utf-8")


def test_prime_minister_designate_is_answered_and_cited(article_index_dir: Path, clean_text: str) -> None:
    reply = ask_json(article_index_dir, "Who was named Prime Minister-designate?")
    assert list(reply) == CONTRACT_KEYS
    assert reply["abstained"] is False
    assert "Mustafa Kadhimi" in reply["answer"] and "[1]" in reply["answer"]
    assert len(reply["answer"].split()) <= 60
    citation = reply["citations"][0]
    assert list(citation) == CITATION_KEYS
    assert citation["n"] == 1 and citation["section"] == "Iraq has a new Prime Minister"
    assert "named former spy-chief Mustafa Kadhimi as Prime Minister-designate" in citation["text"]
    assert clean_text[citation["start"] : citation["end"]] == citation["text"]
    for passage in reply["retrieved"]:
        assert list(passage) == RETRIEVED_KEYS
        assert clean_text[passage["start"] : passage["end"]] == passage["text"]
    assert list(reply["timings_ms"]) == TIMING_KEYS
    assert reply["timings_ms"]["total"] >= reply["timings_ms"]["retrieve"] > 0


def test_occupation_length_crosses_the_broken_paragraph(article_index_dir: Path) -> None:
    reply = ask_json(article_index_dir, "How long did the US occupy Iraq?")
    assert not reply["abstained"]
    assert "occupied the country for eight years" in reply["answer"]
    assert "eight years" in reply["citations"][0]["text"]


def test_off_topic_question_abstains_with_closest_passages(article_index_dir: Path) -> None:
    reply = ask_json(article_index_dir, "What is the capital of France?")
    assert reply["abstained"] is True
    assert reply["citations"] == []
    assert reply["answer"].startswith("The document does not say")
    assert len(reply["retrieved"]) == 5


def test_retriever_and_k_options(article_index_dir: Path) -> None:
    for mode in ("dense", "lexical"):
        reply = ask_json(article_index_dir, "Who was named Prime Minister-designate?", "--retriever", mode, "-k", "2")
        assert len(reply["retrieved"]) == 2
        assert "Kadhimi" in reply["answer"]


def test_human_output_lists_sources(article_index_dir: Path) -> None:
    result = run_askdoc("ask", "Who was named Prime Minister-designate?", env={"ASKDOC_INDEX_DIR": str(article_index_dir)})
    assert result.returncode == 0, result.stderr
    assert "Mustafa Kadhimi" in result.stdout
    assert "[1] Iraq has a new Prime Minister · ¶5" in result.stdout


def test_index_command_reports_up_to_date(article_index_dir: Path) -> None:
    result = run_askdoc("index", env={"ASKDOC_INDEX_DIR": str(article_index_dir)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Up to date: article.txt: ")


def _bad(tmp_path: Path, *args: str) -> str:
    result = run_askdoc(*args, env={"ASKDOC_INDEX_DIR": str(tmp_path / "index")})
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("askdoc: ")
    return lines[0]


def test_bad_documents_get_one_sentence(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n", encoding="utf-8")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "No such file" in _bad(tmp_path, "ask", "Who?", "--doc", str(tmp_path / "missing.txt"))
    assert "is empty" in _bad(tmp_path, "ask", "Who?", "--doc", str(empty))
    assert _bad(tmp_path, "index", str(binary)) == (
        f"askdoc: {binary} is a binary file (a PNG image), not a document askdoc can read; "
        "it reads plain text (.txt), Markdown (.md), HTML (.html, .htm) and PDF (.pdf)."
    )
    assert not (tmp_path / "index").exists() or not any((tmp_path / "index").iterdir())


def test_empty_question_is_refused(tmp_path: Path) -> None:
    assert "question is empty" in _bad(tmp_path, "ask", "   ")


def test_damaged_index_is_rebuilt_with_a_note(tmp_path: Path, model_dir: Path, encoder) -> None:
    document = tmp_path / "memo.txt"
    document.write_text("The budget for the new bridge is forty million dollars.\n", encoding="utf-8")
    ensure_index(article_request(tmp_path / "index", model_dir, encoder, document))
    folder = index_folder(tmp_path / "index", document)
    (folder / "manifest.json").write_text("{not json", encoding="utf-8")
    result = run_askdoc(
        "ask", "How much is the bridge budget?", "--doc", str(document), env={"ASKDOC_INDEX_DIR": str(tmp_path / "index")}
    )
    assert result.returncode == 0, result.stderr
    assert "Rebuilding the index of memo.txt: it is damaged (its manifest is not valid JSON)." in result.stderr
    assert "forty million dollars" in result.stdout
    assert json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["document"]["name"] == "memo.txt"


def test_model_option_refuses_a_folder_that_is_no_model(tmp_path: Path) -> None:
    document = tmp_path / "memo.txt"
    document.write_text("The bridge opened in 1932.\n", encoding="utf-8")
    line = _bad(tmp_path, "index", str(document), "--model", str(tmp_path))
    assert line == f"askdoc: {tmp_path} is not a sentence-transformers model directory."
