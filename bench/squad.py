"""SQuAD 2.0 benchmark: hybrid, dense and lexical retrieval side by side, one run, the real pipeline.

Each article is one document with its own index (see squad_corpus). Every question is asked
with Engine.ask under each retriever (its vector encoded once, in a batch per article), and
scored against its gold paragraph and answers:

- recall@1, recall@3, MRR@10: a retrieved chunk overlaps the gold paragraph (answerable questions);
- accuracy: askdoc.evaluation.scoring.is_correct, i.e. not abstained, at most 60 words once the [n] markers
  go, and holding a gold answer on normalised text (answerable questions);
- abstention: share abstained on the unanswerable questions; false abstention on the answerable.

    python bench/squad.py [--articles N] [--max-questions M] [--out bench/results/squad.json]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from askdoc.answer.engine import Engine
from askdoc.answer.modes import MODES
from askdoc.evaluation.questions import EvalQuestion
from askdoc.evaluation.scoring import answer_words, is_correct
from askdoc.runtime import configure
from askdoc.types import Answer
from squad_corpus import (
    DEFAULT_DATA,
    ROOT,
    IndexedArticle,
    PrimedEncoder,
    Question,
    index_article,
    load_articles,
    open_encoders,
    pick_evenly,
)

K = 10
READ_BY_COMPOSER = 3
DEFAULT_OUT = ROOT / "bench" / "results" / "squad.json"
_TYPES = (
    ("quantity", re.compile(r"\bhow (many|much)\b")),
    ("when", re.compile(r"\bwhen\b|\bwhat (year|years|day|date|month|century|decade|time|period)\b")),
    ("who", re.compile(r"\bwho(m|se)?\b")),
    ("where", re.compile(r"\bwhere\b")),
    ("why", re.compile(r"\bwhy\b")),
    ("how", re.compile(r"\bhow\b")),
    ("which", re.compile(r"\bwhich\b")),
    ("what", re.compile(r"\bwhat\b")),
)


@dataclass(frozen=True)
class Outcome:
    """One question under one retriever."""

    article: str
    question_id: str
    question_type: str
    answerable: bool
    mode: str
    rank: int | None
    abstained: bool
    correct: bool
    words: int
    answer: str


def question_type(text: str) -> str:
    """A coarse SQuAD question type from its wh-word (the first rule that matches)."""
    lowered = text.lower()
    return next((name for name, pattern in _TYPES if pattern.search(lowered)), "other")


def spread(questions: tuple[Question, ...], cap: int | None) -> tuple[Question, ...]:
    """At most ``cap`` questions, spread evenly over the article."""
    if cap is None or cap >= len(questions):
        return questions
    return tuple(questions[i * len(questions) // cap] for i in range(cap))


def ask_article(indexed: IndexedArticle, encoder: PrimedEncoder, questions: tuple[Question, ...]) -> list[Outcome]:
    """Ask every question of the article under each retriever and score it."""
    encoder.prime([q.text for q in questions])
    engine = Engine(indexed.index, lambda _path: encoder, encoder)
    outcomes = []
    for question in questions:
        gold = EvalQuestion(
            question.id,
            question.text,
            question.answers,
            indexed.article.paragraphs[question.paragraph] if question.answerable else None,
        )
        for mode in MODES:
            answer = engine.ask(question.text, k=K, mode=mode)
            outcomes.append(score(indexed, question, gold, mode, answer))
    return outcomes


def score(indexed: IndexedArticle, question: Question, gold: EvalQuestion, mode: str, answer: Answer) -> Outcome:
    words = answer_words(answer)
    return Outcome(
        article=indexed.article.title,
        question_id=question.id,
        question_type=question_type(question.text),
        answerable=question.answerable,
        mode=mode,
        rank=indexed.gold_rank([p.chunk.chunk_id for p in answer.retrieved], question),
        abstained=answer.abstained,
        correct=gold.answerable and is_correct(gold, answer),
        words=len(words.split()),
        answer=answer.text,
    )


def summarise(outcomes: list[Outcome]) -> dict[str, float | int]:
    """The benchmark's metrics over one retriever's outcomes."""
    answerable = [o for o in outcomes if o.answerable]
    unanswerable = [o for o in outcomes if not o.answerable]
    return {
        "answerable": len(answerable),
        "unanswerable": len(unanswerable),
        "recall@1": share(sum(o.rank == 1 for o in answerable), len(answerable)),
        "recall@3": share(sum(o.rank is not None and o.rank <= 3 for o in answerable), len(answerable)),
        f"mrr@{K}": share(sum(1 / o.rank for o in answerable if o.rank), len(answerable)),
        "accuracy": share(sum(o.correct for o in answerable), len(answerable)),
        "abstention": share(sum(o.abstained for o in unanswerable), len(unanswerable)),
        "false_abstention": share(sum(o.abstained for o in answerable), len(answerable)),
    }


def failures(outcomes: list[Outcome]) -> dict[str, dict[str, float | int]]:
    """Per question type (answerable questions): accuracy and why the wrong ones went wrong."""
    by_type: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        if outcome.answerable:
            by_type[outcome.question_type].append(outcome)
    report = {}
    for name, group in sorted(by_type.items(), key=lambda item: share(sum(o.correct for o in item[1]), len(item[1]))):
        causes = Counter(cause(o) for o in group if not o.correct)
        report[name] = {
            "questions": len(group),
            "accuracy": share(sum(o.correct for o in group), len(group)),
            **{
                reason: share(causes[reason], len(group))
                for reason in ("abstained", "gold_not_read", "too_long", "wrong_sentence")
            },
        }
    return report


def cause(outcome: Outcome) -> str:
    """Why an answerable question was answered wrongly, in the order the pipeline fails."""
    if outcome.abstained:
        return "abstained"
    if outcome.rank is None or outcome.rank > READ_BY_COMPOSER:
        return "gold_not_read"
    if outcome.words > 60:
        return "too_long"
    return "wrong_sentence"


def share(count: float, total: int) -> float:
    return round(count / total, 3) if total else 0.0


def run(args: argparse.Namespace, work_dir: Path) -> dict:
    started = time.perf_counter()
    encoders = open_encoders()
    questions = PrimedEncoder(encoders.questions)
    articles = pick_evenly(load_articles(args.data), args.articles)
    outcomes: list[Outcome] = []
    seconds = {"index": 0.0, "ask": 0.0}
    for article in articles:
        step = time.perf_counter()
        indexed = index_article(article, work_dir, encoders)
        seconds["index"] += time.perf_counter() - step
        step = time.perf_counter()
        outcomes.extend(ask_article(indexed, questions, spread(article.questions, args.max_questions)))
        seconds["ask"] += time.perf_counter() - step
    seconds["total"] = time.perf_counter() - started
    by_mode = {mode: [o for o in outcomes if o.mode == mode] for mode in MODES}
    return {
        "data": str(args.data),
        "articles": [a.title for a in articles],
        "questions": len(by_mode[MODES[0]]),
        "k": K,
        "retrievers": {mode: summarise(group) for mode, group in by_mode.items()},
        "question_types": {mode: failures(group) for mode, group in by_mode.items()},
        "per_article": {
            a.title: {mode: summarise([o for o in group if o.article == a.title]) for mode, group in by_mode.items()}
            for a in articles
        },
        "seconds": {name: round(value, 1) for name, value in seconds.items()},
        "cpu_count": os.cpu_count(),
        "results": [asdict(o) for o in outcomes],
    }


def print_report(report: dict, out: Path, console: Console) -> None:
    retrievers = report["retrievers"]
    table = Table(title=f"SQuAD 2.0: {len(report['articles'])} articles, {report['questions']} questions")
    table.add_column("metric")
    for mode in retrievers:
        table.add_column(mode, justify="right")
    for metric in next(iter(retrievers.values())):
        table.add_row(metric, *(str(retrievers[mode][metric]) for mode in retrievers))
    console.print(table)
    types = Table(title="Answerable questions by type (hybrid): accuracy and the causes of wrong answers")
    columns = {
        "questions": "n",
        "accuracy": "acc",
        "abstained": "abstained",
        "gold_not_read": "not in top 3",
        "too_long": ">60 words",
        "wrong_sentence": "wrong sentence",
    }
    types.add_column("type")
    for label in columns.values():
        types.add_column(label, justify="right")
    for name, row in report["question_types"]["hybrid"].items():
        types.add_row(name, *(str(row[column]) for column in columns))
    console.print(types)
    timing = report["seconds"]
    console.print(f"{timing['total']} s in all: {timing['index']} s loading or building indexes, {timing['ask']} s asking.")
    console.print(f"Wrote {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="SQuAD 2.0 JSON file")
    parser.add_argument("--articles", type=int, help="use N articles spread evenly (default: all)")
    parser.add_argument("--max-questions", type=int, help="at most M questions per article, spread evenly")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the JSON report")
    parser.add_argument("--work-dir", type=Path, help="keep documents and indexes here and reuse them (default: a temp dir)")
    args = parser.parse_args()
    configure()
    if args.work_dir:
        report = run(args, args.work_dir)
    else:
        with tempfile.TemporaryDirectory(prefix="askdoc-squad-") as work_dir:
            report = run(args, Path(work_dir))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1), encoding="utf-8")
    print_report(report, args.out, Console())


if __name__ == "__main__":
    main()
