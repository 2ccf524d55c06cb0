"""Every bench under bench/ runs on a tiny input and prints its figures, so none can rot unseen.

The figures themselves are not checked (speed is the benches' business, measured against a
baseline in their own run); what is checked is that each bench finishes and reports what it
says it reports. bench/squad.py has its own test (test_squad_bench.py).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from askdoc.embedding.query_encoder import ensure_onnx_export
from conftest import ROOT

pytestmark = pytest.mark.slow  # each bench loads the model in a fresh interpreter

SQUAD_SLICE = ROOT / "tests" / "data" / "squad" / "squad-v2-dev-slice.json"
HELPERS = ("squad_corpus.py", "answer_deleted.py", "dev_candidates.py")  # modules the benches import, not benches
BENCHES = sorted(path.name for path in (ROOT / "bench").glob("*.py") if path.name not in HELPERS)
TESTED = {
    "calibration.py", "export_verify.py", "first_paint.py", "followups.py", "fusion.py", "html_extraction.py", "index_speed.py",
    "lists.py", "oneshot.py", "pdf_reading.py", "scale.py", "squad.py", "summaries.py", "utf16_short.py", "verdicts.py",
    "warm_answer.py", "damaged_utf8.py",
}
# Benches too costly for a smoke run, each with the reason; they are run by hand.
NOT_SMOKED = {
    "fresh_venv_html.py": "builds a fresh venv and installs askdoc and torch into it (minutes)",
    "fit_answerability.py": "fits on the whole SQuAD half with scikit-learn (the bench extra); minutes",
    "fit_sentence_rank.py": "fits the sentence ranker on the whole SQuAD half and the dev sets (scipy, scikit-learn); minutes",
    "cross_encoder.py": "fine-tunes MiniLM's top layers on the whole SQuAD half A (torch); 10-20 CPU minutes",
    "fit_intents.py": "fits the intent model with scikit-learn (the bench extra)",
    "value_check.py": "answers the whole SQuAD half twice over fit_answerability.py's retrieval cache; minutes",
    "product_budget.py": "answers the whole SQuAD half over fit_answerability.py's retrieval cache, then eval files; minutes",
    "real_retrieval.py": "indexes the 16 real documents eval/dev and eval/real ask about (bash(1) alone takes minutes)",
}


def run_bench(name: str, *args: str, index_dir: Path) -> str:
    """Run ``bench/name`` in a fresh interpreter on the given index directory; its standard output."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / name), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT / "src"), "ASKDOC_INDEX_DIR": str(index_dir)},
        timeout=600,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_every_bench_has_a_smoke_test() -> None:
    assert set(BENCHES) == TESTED | set(NOT_SMOKED)


def test_index_speed(article_index_dir: Path, tmp_path: Path, askdoc_cache: Path, model_dir: Path) -> None:
    # The session's ONNX export is copied into the bench's cache, so the bench does not export again (about 10 s).
    ensure_onnx_export(model_dir, print)
    shutil.copytree(askdoc_cache / "onnx", tmp_path / "cache" / "onnx", copy_function=shutil.copy2)
    args = ("--runs", "1", "--documents", "article", "--edit-document", "article", "--skip-quality", "--work-dir", str(tmp_path))
    out = run_bench("index_speed.py", *args, index_dir=article_index_dir)
    assert "`askdoc index --rebuild` in fresh processes, median of 1 runs" in out
    assert re.search(r"^article\s+\d+\s+\d+\.\d\d\s+\d+\.\d\d\s+\d+\.\d\d", out, re.M), out
    assert re.search(r"^article(\s+\d+\.\d\d){6}$", out, re.M), out  # first ask, again, summary; old and new
    assert "re-index after editing one paragraph:" in out


def test_followups(article_index_dir: Path) -> None:
    out = run_bench("followups.py", "--limit", "3", index_dir=article_index_dir)
    assert "3 answerable follow-up questions in " in out and "eval/questions.jsonl" in out
    figures = r"\s+[01]\.\d{3}\s+[01]\.\d{3}\s+[01]\.\d{3}\s+nan\s+\d+\.\d\dx$"
    assert re.search(rf"^alone{figures}", out, re.M), out
    assert re.search(rf"^resolved with history{figures}", out, re.M), out


def test_lists(article_index_dir: Path) -> None:
    out = run_bench("lists.py", "--limit", "1", index_dir=article_index_dir)
    assert "entity lists: 1 questions over 1 documents of tests/fixtures/real" in out
    assert re.search(r"^person\s+[01]\.\d\d\s+[01]\.\d\d\s+\d+\s+\d+$", out, re.M), out
    assert re.search(r"^0\.05\s+[01]\.\d\d\s+[01]\.\d\d\s+\d+\.\d\s+\d+\.\d$", out, re.M), out
    assert "reader list questions: 1.000 right (1 of 1, eval/reader_questions.jsonl)" in out


def test_warm_answer(article_index_dir: Path) -> None:
    out = run_bench("warm_answer.py", "--rounds", "1", "--questions", "3", index_dir=article_index_dir)
    assert "3 eval questions x 1 rounds, warm, one process" in out
    assert re.search(r"^onnxruntime\s+\d+\.\d", out, re.M) and re.search(r"^sentence-transformers\s+\d+\.\d", out, re.M), out
    assert "p50 ratio (sentence-transformers / onnxruntime):" in out
    assert "same answer text from both encoders: 100%" in out


def test_oneshot(article_index_dir: Path) -> None:
    # Against this commit's own fast path: the sentence-transformers baseline imports torch twice (about 20 s),
    # and tests/test_onnx_encoder.py already holds the two encoders to the same vectors.
    out = run_bench("oneshot.py", "--runs", "1", "--against", "HEAD", index_dir=article_index_dir)
    assert "question: Who was named Prime Minister-designate?  (askdoc ask --json, 1 runs of each, alternating;" in out
    assert re.search(r"^fast \(onnxruntime\)\s+\d+\.\d{3}", out, re.M), out
    assert re.search(r"^baseline \(fast path of HEAD\)\s+\d+\.\d{3}", out, re.M), out
    assert "same answer on both paths: True" in out


def test_first_paint(article_index_dir: Path) -> None:
    out = run_bench("first_paint.py", "--runs", "1", index_dir=article_index_dir)
    rows = ("askdoc chat: first paint (title shown)", "minimal Textual app: first paint", "askdoc chat / minimal Textual app")
    for row in rows:
        assert re.search(rf"{re.escape(row)}\s+\d+\.\d+ (s|x)", out), out
    assert "target: first paint under 0.5 s (wall) ->" in out


def test_export_verify(tmp_path: Path) -> None:
    out = run_bench("export_verify.py", "--rounds", "2", index_dir=tmp_path)
    for row in (r"^stat check: \d+\.\d+ ms$", r"^hash every file: \d+\.\d+ ms$", r"^hashing / stat check: \d+x$"):
        assert re.search(row, out, re.M), out


def test_html_extraction(tmp_path: Path) -> None:
    out = run_bench("html_extraction.py", index_dir=tmp_path)
    row = r"^favor_recall \(adopted walk\)\s+evidence kept (\d+)/(\d+) .* navigation lines in content (\d+)$"
    adopted = re.search(row, out, re.M)
    assert adopted, out
    assert adopted.group(3) == "0" and int(adopted.group(1)) > 0


def test_pdf_reading(tmp_path: Path) -> None:
    out = run_bench("pdf_reading.py", "--document", "libtasn1", "--adopted-only", index_dir=tmp_path)
    assert re.search(r"^gap 0\.15 em\s+0\s+0\s+\d+\s+0$", out, re.M), out
    assert re.search(r"^parse time, all fixtures: old \(no word gaps\) \d+\.\d\d s \(1\.00x\)", out, re.M), out


def test_summaries(article_index_dir: Path) -> None:
    out = run_bench("summaries.py", index_dir=article_index_dir)
    for method in ("centroid", "textrank", "lead"):
        assert re.search(rf"^\s*{method}: coverage [01]\.\d\d\s+sentences \d\s+words \d+\s+furniture False$", out, re.M), out
    assert "argument answer opens with a thesis sentence: True" in out


def test_summaries_real(tmp_path: Path) -> None:
    reference = json.loads((ROOT / "eval" / "summaries" / "real_gists.json").read_text(encoding="utf-8"))
    kept = [d for d in reference["documents"] if d["document"].endswith(("requests-README.md", "capport-problem-00.txt"))]
    trimmed = tmp_path / "gists.json"
    trimmed.write_text(json.dumps({"documents": kept}), encoding="utf-8")
    out = run_bench("summaries.py", "--real", str(trimmed), index_dir=tmp_path / "index")
    assert re.search(r"^\s+first: 2$", out, re.M), out
    assert re.search(r"^\s+centroid: [01]\.\d\d\s+\d+$", out, re.M), out


def test_fusion(tmp_path: Path, article_index_dir: Path) -> None:
    # The bundled article's index is copied in, so only the two SQuAD articles are embedded, and
    # of those only the first paragraphs (half A and half B still have answerable questions).
    shutil.copytree(article_index_dir, tmp_path / "work" / "index")
    eval_set = tmp_path / "eval.jsonl"
    eval_set.write_text("".join((ROOT / "eval" / "questions.jsonl").read_text(encoding="utf-8").splitlines(True)[:6]))
    squad = json.loads(SQUAD_SLICE.read_text(encoding="utf-8"))
    squad["data"] = [{**article, "paragraphs": article["paragraphs"][:3]} for article in squad["data"][:2]]
    data = tmp_path / "squad.json"
    data.write_text(json.dumps(squad), encoding="utf-8")
    out_file = tmp_path / "fusion.json"
    args = ("--data", str(data), "--articles", "2", "--eval", str(eval_set), "--work-dir", str(tmp_path / "work"))
    out = " ".join(run_bench("fusion.py", *args, "--out", str(out_file), index_dir=article_index_dir).split())
    assert "Winner on A:" in out and "askdoc retrieve(): 0 questions ranked unlike its vectorised twin" in out
    assert f"Wrote {out_file}" in out.replace(f"{out_file.parent}/ ", f"{out_file.parent}/")
    report = json.loads(out_file.read_text(encoding="utf-8"))
    assert report["articles"] == {"A": ["Normans"], "B": ["1973_oil_crisis"]}
    assert report["eval_check"]["questions"] == 6


def test_scale(tmp_path: Path, article_index_dir: Path) -> None:
    """article_index_dir: the session's ONNX export exists before the bench (it reuses it via ASKDOC_CACHE_DIR)."""
    out_file = tmp_path / "scale.json"
    args = ("--data", str(SQUAD_SLICE), "--sizes", "20,60", "--real-max", "20", "--questions", "3")
    out = run_bench("scale.py", *args, "--work-dir", str(tmp_path / "work"), "--out", str(out_file), index_dir=tmp_path)
    assert "chunks per copy of the SQuAD half; 1 variants" in out
    assert "sentence-transformers (askdoc index)" in out and "replayed vectors + noise 0.02" in out
    report = json.loads(out_file.read_text(encoding="utf-8"))
    assert report["questions"] == 3
    assert [(row["index"], row["recall_at_10"]) for row in report["queries"]][:2] == [("flat", 1.0), ("hnsw", 1.0)]
    assert [build["embedding"].split()[0] for build in report["builds"]] == ["sentence-transformers", "replayed"]


def test_verdicts(article_index_dir: Path) -> None:
    out = run_bench("verdicts.py", "--limit", "40", index_dir=article_index_dir)
    parts = ("fit part", "held-out part", "dev \\(eval/dev\\)", "held-out readers", "unseen \\(eval/dev\\)", "reader_questions")
    for part in parts:
        assert re.search(rf"^{part}\s+\d+ questions  precision [01]\.\d{{3}}  coverage [01]\.\d{{3}}", out, re.M), out
    assert "grid on the fit part, own words only (precision >= 0.95" in out
    for field in ("near", "near_yes"):
        assert f"{field} cosine (least whose added verdicts on fit + dev are right >= 0.95)" in out


def test_calibration(article_index_dir: Path) -> None:
    out = run_bench("calibration.py", "--limit", "4", index_dir=article_index_dir)
    figures = r"4 questions, ECE 0\.\d{3} \(mean confidence 0\.\d{3}, right [01]\.\d{3}\); answered \d"
    assert re.search(rf"questions\.jsonl: {figures}", out), out


def test_utf16_short(tmp_path: Path) -> None:
    out = run_bench("utf16_short.py", "--limit", "300", index_dir=tmp_path)
    assert re.search(r"^CJK UTF-16 read: \d+/\d+ = [01]\.\d{4}$", out, re.M), out
    assert re.search(r"^Windows-1252 misread as UTF-16: \d+/\d+ = [01]\.\d{5}$", out, re.M), out


def test_damaged_utf8(tmp_path: Path) -> None:
    out = run_bench("damaged_utf8.py", "--limit", "100", index_dir=tmp_path)
    for label in ("UTF-8 with a stray byte read as UTF-8", "UTF-8 with a cut character read as UTF-8", "Windows-1252 misread"):
        for size in ("under 64 bytes", "64 bytes or more"):
            assert re.search(rf"^{label}, {size}: \d+/\d+ = [01]\.\d{{4}}$", out, re.M), out
