"""`askdoc eval`: metrics that mean what the README says, the JSON shape, and a gate that can fail."""

import json
import random
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import askdoc.answer.engine
from askdoc.answer.engine import Engine
from askdoc.answer.retrieval import Retrieval
from askdoc.cli.main import main
from askdoc.errors import AskdocError
from askdoc.evaluation.questions import EvalQuestion, read_eval_set
from askdoc.evaluation.scoring import evidence_rank, is_correct, metrics, run_eval
from conftest import ROOT, run_askdoc

pytestmark = pytest.mark.slow  # every test answers with the model or runs the askdoc command

SMALL_SET = [
    {
        "id": "a",
        "question": "Who was named Prime Minister-designate?",
        "answers": ["Mustafa Kadhimi"],
        "evidence": "named former spy-chief Mustafa Kadhimi",
    },
    {
        "id": "b",
        "question": "When is he expected to be approved?",
        "answers": ["April 23"],
        "evidence": "approved by Parliament before to April 23",
        "history": ["Who was named Prime Minister-designate?"],
    },
    {"id": "c", "question": "What is the capital of France?", "answers": [], "evidence": None},
]


def write_set(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_metrics_on_real_answers(engine: Engine) -> None:
    questions = [
        EvalQuestion(r["id"], r["question"], tuple(r["answers"]), r["evidence"], tuple(r.get("history", ()))) for r in SMALL_SET
    ]
    scored = run_eval(engine, questions)
    result = metrics(scored)
    assert result["questions"] == 3 and result["answerable"] == 2 and result["unanswerable"] == 1
    assert result["hit@1"] == 1.0 and result["mrr"] == 1.0
    assert result["accuracy"] == 1.0 and result["citation_precision"] == 1.0
    assert result["abstention_recall"] == 1.0 and result["false_abstention"] == 0.0
    assert 0 < result["latency_p50_ms"] <= result["latency_p95_ms"]
    wrong = EvalQuestion("x", "Who was named Prime Minister-designate?", ("Adil Abdul-Mahdi",), "caretaker Prime Minister")
    answer = scored[0].answer
    assert not is_correct(wrong, answer)
    assert evidence_rank(wrong, answer) is None or evidence_rank(wrong, answer) > 1


def test_eval_json_lists_every_answer(tmp_path: Path, article_index_dir: Path) -> None:
    path = write_set(tmp_path / "small.jsonl", SMALL_SET)
    result = run_askdoc("eval", str(path), "--json", env={"ASKDOC_INDEX_DIR": str(article_index_dir)})
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert list(report) == ["metrics", "results"]
    assert [r["id"] for r in report["results"]] == ["a", "b", "c"]
    first = report["results"][0]
    assert list(first) == [
        "id", "question", "resolved_question", "kind", "answer", "abstained", "confidence",
        "citations", "retrieved", "timings_ms",
    ]
    assert "April 23" in report["results"][1]["answer"]
    assert report["results"][2]["abstained"] is True
    assert report["metrics"]["accuracy"] == 1.0


def test_threshold_missed_exits_1_and_says_which(tmp_path: Path, article_index_dir: Path) -> None:
    path = write_set(tmp_path / "small.jsonl", SMALL_SET)
    result = run_askdoc(
        "eval",
        str(path),
        "--min",
        "accuracy=1.01",
        "--max",
        "latency_p95_ms=100000",
        env={"ASKDOC_INDEX_DIR": str(article_index_dir)},
    )
    assert result.returncode == 1
    assert "askdoc eval: accuracy 1.0 is below the minimum 1.01" in result.stderr
    assert "answer accuracy" in result.stdout


def test_bad_eval_input(tmp_path: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "a", "question": "Who?"}\n', encoding="utf-8")
    with pytest.raises(AskdocError, match="line 1 is not a valid eval entry"):
        read_eval_set(broken)
    result = run_askdoc("eval", str(tmp_path / "none.jsonl"))
    assert result.returncode == 2 and result.stderr.strip() == f"askdoc: No such eval file: {tmp_path / 'none.jsonl'}."
    result = run_askdoc("eval", str(write_set(tmp_path / "ok.jsonl", SMALL_SET)), "--min", "accuracy=high")
    assert result.returncode == 2 and "needs a number" in result.stderr and "Traceback" not in result.stderr


def ci_gate() -> list[str]:
    """The --min/--max arguments that `make test` passes to the eval gate."""
    text = (ROOT / "Makefile").read_text(encoding="utf-8").replace("\\\n", " ")
    line = re.search(r"^EVAL_GATE := (.*)$", text, re.M)
    assert line, "Makefile has no EVAL_GATE"
    return line.group(1).split()


def test_ci_gate_fails_a_broken_retriever(monkeypatch: pytest.MonkeyPatch, article_index_dir: Path) -> None:
    """With passages drawn at random, `make test`'s own eval gate must exit non-zero."""
    chance = random.Random(7)

    def random_passages(index, question, query_vector, k, mode="hybrid"):
        from askdoc.types import Passage

        chunks = chance.sample(index.chunks, min(k, len(index.chunks)))
        return Retrieval(tuple(Passage(chunk, 1.0) for chunk in chunks))

    monkeypatch.setattr(askdoc.answer.engine, "retrieve", random_passages)
    monkeypatch.setenv("ASKDOC_INDEX_DIR", str(article_index_dir))
    result = CliRunner().invoke(main, ["eval", str(ROOT / "eval" / "questions.jsonl"), *ci_gate()], catch_exceptions=False)
    assert result.exit_code == 1
    assert "hit@1" in result.output and "below the minimum" in result.output


def test_metric_names_match_the_metrics(engine: Engine) -> None:
    from askdoc.evaluation.scoring import KINDS, METRIC_NAMES

    PER_KIND = {"intent_accuracy", "right_all", *(f"right_{kind}" for kind in KINDS)}

    scored = run_eval(engine, [EvalQuestion("a", "Who was named Prime Minister-designate?", ("Kadhimi",), "Mustafa Kadhimi")])
    assert set(metrics(scored)) == METRIC_NAMES - PER_KIND
    question = EvalQuestion("b", "Who was named Prime Minister-designate?", ("Kadhimi",), "Kadhimi", kind="fact")
    labelled = run_eval(engine, [question])
    assert set(metrics(labelled)) == METRIC_NAMES - PER_KIND | {"intent_accuracy", "right_fact", "right_all"}


def test_optional_keys_are_scored(engine: Engine) -> None:
    summary = EvalQuestion(
        "s", "Summarise the article.", (), None, kind="summary", groups=(("Iraq",), ("US",), ("nowhere-word",)),
        min_groups=2, forbid=("Disclaimer",), max_words=120,
    )
    wrong_verdict = EvalQuestion("y", "Did Trump order the killing of Soleimani?", ("Trump",), "Trump", kind="yesno", yesno="no")
    scored = run_eval(engine, [summary, wrong_verdict])
    assert is_correct(summary, scored[0].answer)
    assert not is_correct(wrong_verdict, scored[1].answer)
    assert metrics(scored)["right_yesno"] == 0.0
