"""Reading shows in answers (issue 11): furniture is not quoted, metadata is in the index, eval follows "doc"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from askdoc.index.build import ensure_index
from conftest import article_request, run_askdoc
from pdf_writer import pdf_bytes

pytestmark = pytest.mark.slow  # every test asks a real engine (the model loads)


def test_who_wrote_the_article_quotes_no_furniture(engine) -> None:
    answer = engine.ask("Who wrote this article?")
    furniture = [chunk for chunk in engine.index.chunks if chunk.role == "furniture"]
    assert furniture and not any(passage.chunk.role == "furniture" for passage in answer.retrieved)
    assert "original source" not in answer.text.lower() and "articles by" not in answer.text.lower()


def test_a_question_about_republishing_may_reach_the_furniture(engine) -> None:
    answer = engine.ask("Can I cross-post this article on my website?")
    assert any(passage.chunk.role == "furniture" for passage in answer.retrieved)


def test_article_metadata_is_in_the_index(engine) -> None:
    metadata = engine.index.metadata
    assert [author.value for author in metadata.authors] == ["Steven Sahiounie"]
    assert (metadata.date.value, metadata.publisher.value) == ("April 19, 2020", "Global Research")
    stored = engine.index.manifest.to_json()["document"]["metadata"]
    assert stored["authors"][0]["value"] == "Steven Sahiounie"
    assert engine.index.text[stored["date"]["start"] : stored["date"]["end"]] == "April 19, 2020"


def test_pdf_citations_carry_page_and_printed_label(tmp_path: Path, model_dir: Path, encoder) -> None:
    """The number printed at the foot of a page (11, 12, 13) is its label; --json carries it with the physical page."""
    facts = [
        "The harbour log counts nine storms in March.",
        "The lighthouse keeper repainted the lamp room in May.",
        "The ferry timetable changes on the first Monday of June.",
    ]
    headings = ["Harbour storms", "Lighthouse works", "Ferry timetable"]
    pages = [
        [("h", heading), ("p", f"{fact} " * 3), ("p", str(11 + n))]
        for n, (heading, fact) in enumerate(zip(headings, facts, strict=True))
    ]
    document = tmp_path / "harbour.pdf"
    document.write_bytes(pdf_bytes(pages))
    ensure_index(article_request(tmp_path / "index", model_dir, encoder, document))
    env = {"ASKDOC_INDEX_DIR": str(tmp_path / "index")}
    result = run_askdoc("ask", "When was the lamp room repainted?", "--doc", str(document), "--json", env=env)
    assert result.returncode == 0, result.stderr
    citation = json.loads(result.stdout)["citations"][0]
    assert (citation["page"], citation["page_label"]) == (2, "12")
    human = run_askdoc("ask", "When was the lamp room repainted?", "--doc", str(document), env=env)
    assert "p. 12" in human.stdout
    assert "  Harbour storms" in run_askdoc("list", env=env).stdout


def test_eval_asks_each_question_of_its_own_document(tmp_path: Path, model_dir: Path, encoder) -> None:
    memo = tmp_path / "memo.txt"
    memo.write_text("The budget for the new bridge is forty million dollars.\n", encoding="utf-8")
    questions = tmp_path / "q.jsonl"
    record = {"id": "m1", "question": "How much is the bridge budget?", "answers": ["forty million"], "evidence": "forty million"}
    questions.write_text(json.dumps({**record, "doc": str(memo)}) + "\n", encoding="utf-8")
    result = run_askdoc("eval", str(questions), "--json", env={"ASKDOC_INDEX_DIR": str(tmp_path / "index")})
    assert result.returncode == 0, result.stderr
    assert "Indexing memo.txt (1 passage)…" in result.stderr
    assert json.loads(result.stdout)["metrics"]["accuracy"] == 1.0
