"""Choosing the hybrid fusion by measurement on SQuAD 2.0, guarded against overfitting.

For every answerable question, three per-chunk signals are computed once from the real
index of its article: dense cosine (chunk vector), BM25, and the best cosine of any one
sentence of the chunk (index.sentence_vectors). Every fusion variant ranks the chunks from
these same arrays; a question scores a hit at rank r when the r-th chunk overlaps its gold
paragraph (squad_corpus). Variants with free constants are tuned on half A of the articles
(even positions) and reported on half B too, and on all; the constants tuned on B are shown
beside, to see whether the choice is stable. The winner is the best row on A.

The first row runs the real askdoc.answer.retrieval.retrieve() instead of arrays; its ranks must
equal those of its vectorised twin (the "adopted" family: min-max over the candidates of
chunk cosine, best sentence and BM25 with retriever.py's weights), which the script checks.
Its gain over the previous rule (dense+BM25 min-max 0.5 over the candidates, vectorised) is
given with a paired bootstrap. The eval set of the bundled article is scored the same way (a
gold chunk holds the evidence phrase), and once more end to end through askdoc.evaluation.scoring.

    python bench/fusion.py [--articles N] [--work-dir DIR] [--out bench/results/fusion.json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from rich.console import Console
from rich.table import Table

from askdoc.answer.conversation import resolve
from askdoc.answer.engine import Engine
from askdoc.answer.furniture import wants_furniture
from askdoc.answer.retrieval import CANDIDATES, CHUNK_WEIGHT, LEXICAL_WEIGHT, SENTENCE_WEIGHT, Retrieval, retrieve
from askdoc.embedding.embedder import Encoder
from askdoc.evaluation.questions import read_eval_set
from askdoc.evaluation.scoring import metrics, run_eval
from askdoc.index.build import IndexRequest, ensure_index
from askdoc.index.store import DocumentIndex, IndexSettings
from askdoc.locations import bundled_article, default_eval_set
from askdoc.runtime import configure
from askdoc.text.normalize import contains
from squad_corpus import DEFAULT_DATA, ROOT, Encoders, IndexedArticle, index_article, load_articles, open_encoders, pick_evenly

DEFAULT_OUT = ROOT / "bench" / "results" / "fusion.json"
RETRIEVED = 10  # how many passages the real retrieve() is asked for; a gold chunk below that is a miss
WEIGHTS = tuple(round(w, 2) for w in np.arange(0.0, 1.0001, 0.05))


@dataclass(frozen=True)
class Signals:
    """Per-chunk scores of one article's answerable questions (a row per question)."""

    article: str
    dense: np.ndarray
    lexical: np.ndarray
    sentence: np.ndarray
    candidates: np.ndarray
    gold: np.ndarray
    real_ranks: dict[str, np.ndarray]
    real_seconds: dict[str, float]


Fusion = Callable[[Signals], np.ndarray]
Retrieve = Callable[[DocumentIndex, str, np.ndarray, int], Retrieval]
REAL: dict[str, Retrieve] = {"askdoc retrieve()": retrieve}


def signals(label: str, index: DocumentIndex, encoder: Encoder, queries: list[str], gold: np.ndarray) -> Signals:
    """The three signals, the retriever's candidate set, and the ranks the real retrieve() gives."""
    vectors = encoder.encode(queries)
    dense = vectors @ index.chunk_vectors.T
    lexical = np.stack([index.lexical.scores(query) for query in queries])
    starts = [rows.start for rows in index.sentence_rows]
    sentence = np.maximum.reduceat(vectors @ index.sentence_vectors.all().T, starts, axis=1)
    depth = min(dense.shape[1], CANDIDATES)
    candidates = np.zeros(dense.shape, dtype=bool)
    for scores in (dense, lexical):
        np.put_along_axis(candidates, np.argsort(-scores, axis=1, kind="stable")[:, :depth], True, axis=1)
    # As retrieve() does (answer/furniture.quotable_ids): furniture is no candidate unless asked about.
    furniture = np.array([chunk.role == "furniture" for chunk in index.chunks])
    for row, query in enumerate(queries):
        kept = candidates[row] & ~furniture
        if kept.any() and not wants_furniture(query):
            candidates[row] = kept
    real, seconds = {}, {}
    for name, function in REAL.items():
        started = time.perf_counter()
        real[name] = np.array(
            [
                rank_by(function(index, query, vector, RETRIEVED), row)
                for query, vector, row in zip(queries, vectors, gold, strict=True)
            ]
        )
        seconds[name] = time.perf_counter() - started
    return Signals(label, dense, lexical, sentence, candidates, gold, real, seconds)


def rank_by(retrieval: Retrieval, gold_row: np.ndarray) -> int:
    """1-based rank of the first retrieved gold chunk, 0 when none was retrieved."""
    return next((rank for rank, p in enumerate(retrieval.passages, 1) if gold_row[p.chunk.chunk_id]), 0)


def squad_signals(indexed: IndexedArticle, encoder: Encoder) -> Signals:
    """Signals of an article's answerable questions; gold chunks overlap the question's paragraph."""
    questions = [q for q in indexed.article.questions if q.answerable]
    gold = np.array([[q.paragraph in paragraphs for paragraphs in indexed.chunk_paragraphs] for q in questions])
    return signals(indexed.article.title, indexed.index, encoder, [q.text for q in questions], gold)


def article_request(work_dir: Path, encoders: Encoders) -> IndexRequest:
    """The bundled article's index request, sharing the bench's encoders."""
    return IndexRequest(
        (bundled_article(),),
        work_dir / "index",
        IndexSettings(encoders.model_dir),
        make_encoder=lambda _path: encoders.build,
        make_query_encoder=lambda _path: encoders.questions,
    )


def eval_signals(path: Path, work_dir: Path, encoders: Encoders) -> Signals:
    """Signals of the eval set's answerable questions on the bundled article, queries resolved as Engine.ask does.

    A gold chunk holds the evidence phrase, as askdoc.evaluation.scoring.evidence_rank counts a hit.
    """
    index, _ = ensure_index(article_request(work_dir, encoders))
    questions = [q for q in read_eval_set(path) if q.answerable]
    gold = np.array([[contains(chunk.text, q.evidence or "") for chunk in index.chunks] for q in questions])
    return signals("eval set", index, encoders.questions, [resolve(q.question, q.history) for q in questions], gold)


def ranks(scores: np.ndarray, gold: np.ndarray) -> np.ndarray:
    """1-based rank of the first gold chunk per row (0: none), ties in chunk order as the retriever's stable sort."""
    hits = np.take_along_axis(gold, np.argsort(-scores, axis=1, kind="stable"), axis=1)
    return np.where(hits.any(axis=1), hits.argmax(axis=1) + 1, 0)


def min_max(values: np.ndarray, mask: np.ndarray | None = None) -> np.ndarray:
    """Row-wise min-max over the masked entries (all by default); the others get 0."""
    mask = np.ones(values.shape, dtype=bool) if mask is None else mask
    low = np.where(mask, values, np.inf).min(axis=1, keepdims=True)
    high = np.where(mask, values, -np.inf).max(axis=1, keepdims=True)
    span = high - low
    scaled = np.divide(values - low, span, out=np.zeros(values.shape), where=span > 0)
    return np.where(mask, scaled, 0.0)


def z_score(values: np.ndarray) -> np.ndarray:
    spread = values.std(axis=1, keepdims=True)
    return np.divide(values - values.mean(axis=1, keepdims=True), spread, out=np.zeros(values.shape), where=spread > 0)


def reciprocal_rank(values: np.ndarray, k: float) -> np.ndarray:
    positions = np.empty(values.shape, dtype=np.int64)
    np.put_along_axis(positions, np.argsort(-values, axis=1, kind="stable"), np.arange(values.shape[1]), axis=1)
    return 1.0 / (k + positions + 1)


def convex(normalise: Callable[[np.ndarray], np.ndarray], dense: float, sentence: float) -> Fusion:
    """dense·N(dense cosine) + sentence·N(sentence max) + (1 − dense − sentence)·N(BM25)."""
    return lambda s: dense * normalise(s.dense) + sentence * normalise(s.sentence) + (1 - dense - sentence) * normalise(s.lexical)


def rrf(k: float) -> Fusion:
    return lambda s: reciprocal_rank(s.dense, k) + reciprocal_rank(s.lexical, k)


def over_candidates(dense: float, sentence: float, lexical: float) -> Fusion:
    """retriever.py's rule: min-max over the top-CANDIDATES of each list, a weighted sum; the rest rank last."""
    return lambda s: np.where(
        s.candidates,
        dense * min_max(s.dense, s.candidates)
        + sentence * min_max(s.sentence, s.candidates)
        + lexical * min_max(s.lexical, s.candidates),
        -np.inf,
    )


ADOPTED_SETTING = f"w_chunk={CHUNK_WEIGHT} w_sent={SENTENCE_WEIGHT} w_bm25={LEXICAL_WEIGHT}"
ADOPTED = over_candidates(CHUNK_WEIGHT, SENTENCE_WEIGHT, LEXICAL_WEIGHT)  # the real retrieve()'s vectorised twin
PREVIOUS = over_candidates(0.5, 0.0, 0.5)  # retriever.py's rule before the sentence signal


@dataclass(frozen=True)
class Family:
    """A fusion rule with its free constants: a name, and one Fusion per setting of the constants."""

    name: str
    settings: dict[str, Fusion]


def families() -> list[Family]:
    pairs = [(d, s) for d, s in itertools.product(WEIGHTS, WEIGHTS) if d + s <= 1.0001]
    return [
        Family("BM25", {"": lambda s: s.lexical}),
        Family("dense (chunk cosine)", {"": lambda s: s.dense}),
        Family("dense (sentence max)", {"": lambda s: s.sentence}),
        Family("RRF", {"k=60": rrf(60)}),
        Family("RRF, k tuned", {f"k={k}": rrf(k) for k in (1, 2, 5, 10, 20, 30, 60, 100)}),
        *(Family("min-max over candidates", {f"w_dense={w}": over_candidates(w, 0.0, 1 - w)}) for w in (0.3, 0.4, 0.5, 0.6, 0.7)),
        Family("min-max over candidates, adopted", {ADOPTED_SETTING: ADOPTED}),
        Family(
            "min-max over candidates, dense+sentence+BM25, tuned",
            {f"w_dense={d} w_sent={s}": over_candidates(d, s, 1 - d - s) for d, s in pairs},
        ),
        *(Family("min-max over all chunks", {f"w_dense={w}": convex(min_max, w, 0.0)}) for w in (0.3, 0.4, 0.5, 0.6, 0.7)),
        Family("min-max, dense+BM25, tuned", {f"w_dense={w}": convex(min_max, w, 0.0) for w in WEIGHTS}),
        Family("z-score, dense+BM25, tuned", {f"w_dense={w}": convex(z_score, w, 0.0) for w in WEIGHTS}),
        Family("min-max, sentence+BM25, tuned", {f"w_sent={w}": convex(min_max, 0.0, w) for w in WEIGHTS}),
        Family("z-score, sentence+BM25, tuned", {f"w_sent={w}": convex(z_score, 0.0, w) for w in WEIGHTS}),
        Family("min-max, dense+sentence+BM25, tuned", {f"w_dense={d} w_sent={s}": convex(min_max, d, s) for d, s in pairs}),
        Family("z-score, dense+sentence+BM25, tuned", {f"w_dense={d} w_sent={s}": convex(z_score, d, s) for d, s in pairs}),
    ]


@dataclass(frozen=True)
class Scores:
    recall_1: float
    recall_3: float
    mrr: float

    @property
    def objective(self) -> float:
        """What tuning maximises: recall@1 and recall@3 weighed equally."""
        return self.recall_1 + self.recall_3


def measure(rank_rows: Iterable[np.ndarray]) -> Scores:
    all_ranks = np.concatenate(list(rank_rows))
    found = all_ranks[all_ranks > 0]
    return Scores(
        round(float(np.mean(all_ranks == 1)), 3),
        round(float(np.mean((all_ranks > 0) & (all_ranks <= 3))), 3),
        round(float(np.sum(1.0 / found[found <= 10]) / len(all_ranks)), 3),
    )


def evaluate(fusion: Fusion, articles: list[Signals]) -> Scores:
    return measure(ranks(fusion(s), s.gold) for s in articles)


def best_setting(family: Family, articles: list[Signals]) -> str:
    """The setting with the best objective on ``articles``; the first one (in grid order) on a tie."""
    return max(family.settings, key=lambda name: evaluate(family.settings[name], articles).objective)


def compare(articles: list[Signals], eval_set: Signals) -> tuple[list[dict], dict]:
    """Every family tuned on half A, scored on A, B, all and the eval set, with what tuning on B would pick.

    Returns the rows and the winner: the row with the best objective on A.
    """
    half_a, half_b = articles[0::2], articles[1::2]
    groups = {"A": half_a, "B": half_b, "all": articles, "eval": [eval_set]}
    rows = [
        {
            "fusion": f"{name} (real)",
            "setting": ADOPTED_SETTING,
            "tuned_on_b": "",
            **row_scores(groups, lambda group, name=name: measure(s.real_ranks[name] for s in group)),
        }
        for name in REAL
    ]
    tuned = []
    for family in families():
        setting = best_setting(family, half_a)
        fusion = family.settings[setting]
        tuned_on_b = best_setting(family, half_b) if len(family.settings) > 1 else ""
        described = {"fusion": family.name, "setting": setting, "tuned_on_b": tuned_on_b}
        tuned.append(
            (evaluate(fusion, half_a).objective, {**described, **row_scores(groups, lambda group, f=fusion: evaluate(f, group))})
        )
    winner = max(tuned, key=lambda item: item[0])[1]
    return rows + [row for _, row in tuned], winner


def twin_mismatches(articles: list[Signals]) -> dict[str, int]:
    """Per real retrieve(), how many questions it ranks differently from ADOPTED cut to its RETRIEVED passages."""
    twin = [ranks(ADOPTED(s), s.gold) for s in articles]
    cut = [np.where(r <= RETRIEVED, r, 0) for r in twin]
    return {name: int(sum(np.sum(s.real_ranks[name] != c) for s, c in zip(articles, cut, strict=True))) for name in REAL}


def paired_gain(new: np.ndarray, old: np.ndarray, at: int, rounds: int = 2000) -> tuple[float, float, float]:
    """Mean gain in recall@at of ``new`` over ``old`` and its 95% interval (paired bootstrap over questions)."""
    gain = ((new > 0) & (new <= at)).astype(float) - ((old > 0) & (old <= at))
    resampled = gain[np.random.default_rng(0).integers(0, len(gain), (rounds, len(gain)))].mean(axis=1)
    low, high = np.percentile(resampled, [2.5, 97.5])
    return round(float(gain.mean()), 3), round(float(low), 3), round(float(high), 3)


def gains(groups: dict[str, list[Signals]]) -> dict[str, dict[str, dict[str, tuple[float, float, float]]]]:
    """Each real retrieve()'s gain over the PREVIOUS rule, per group, at ranks 1 and 3."""
    report = {}
    for name in REAL:
        report[name] = {}
        for group_name, group in groups.items():
            new = np.concatenate([s.real_ranks[name] for s in group])
            old = np.concatenate([ranks(PREVIOUS(s), s.gold) for s in group])
            report[name][group_name] = {f"r@{at}": paired_gain(new, old, at) for at in (1, 3)}
    return report


def eval_check(path: Path, work_dir: Path, encoders: Encoders) -> dict[str, float]:
    """askdoc.evaluation.scoring's metrics on the eval set through Engine.ask (and so the real retrieve())."""
    engine = Engine.open(article_request(work_dir, encoders))
    return metrics(run_eval(engine, read_eval_set(path)))


def row_scores(groups: dict[str, list[Signals]], score: Callable[[list[Signals]], Scores]) -> dict[str, float]:
    """recall@1 and @3 per group, MRR@10 over all articles."""
    row = {}
    for name, group in groups.items():
        result = score(group)
        row.update({f"{name} r@1": result.recall_1, f"{name} r@3": result.recall_3})
        if name == "all":
            row["all mrr"] = result.mrr
    return row


def print_report(report: dict, console: Console) -> None:
    rows = report["rows"]
    table = Table(title="Fusion: gold at rank 1 / within 3. SQuAD halves A, B and all; the eval set (tuned on A only)")
    for column in rows[0]:
        table.add_column(column, justify="left" if column in ("fusion", "setting", "tuned_on_b") else "right")
    for row in rows:
        table.add_row(*(str(value) for value in row.values()))
    console.print(table)
    winner = report["winner"]
    console.print(f"Winner on A: {winner['fusion']} ({winner['setting']}): all {winner['all r@1']} / {winner['all r@3']}.")
    for name, by_group in report["gains"].items():
        for group, gain in by_group.items():
            described = ", ".join(f"{at} {mean:+.3f} [{low:+.3f}, {high:+.3f}]" for at, (mean, low, high) in gain.items())
            console.print(f"{name} − previous rule (min-max 0.5 over candidates) on {group} (95% paired bootstrap): {described}")
    for name, mismatches in report["twin_mismatches"].items():
        speed = report["retrieve_ms"][name]
        console.print(f"{name}: {mismatches} questions ranked unlike its vectorised twin; {speed} ms a question")
    table = Table(title="The eval set through askdoc.evaluation.scoring (Engine.ask, the real retrieve())")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for metric, value in report["eval_check"].items():
        table.add_row(metric, str(value))
    console.print(table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="SQuAD 2.0 JSON file")
    parser.add_argument("--eval", type=Path, default=default_eval_set(), help="eval set of the bundled article")
    parser.add_argument("--articles", type=int, help="use N articles spread evenly (default: all)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the JSON report")
    parser.add_argument("--work-dir", type=Path, help="keep documents and indexes here and reuse them (default: a temp dir)")
    args = parser.parse_args()
    configure()
    started = time.perf_counter()
    encoders = open_encoders()
    with tempfile.TemporaryDirectory(prefix="askdoc-fusion-") as temporary:
        work_dir = args.work_dir or Path(temporary)
        articles = [
            squad_signals(index_article(article, work_dir, encoders), encoders.questions)
            for article in pick_evenly(load_articles(args.data), args.articles)
        ]
        eval_set = eval_signals(args.eval, work_dir, encoders)
        checks = eval_check(args.eval, work_dir, encoders)
    rows, winner = compare(articles, eval_set)
    mismatches = twin_mismatches([*articles, eval_set])
    asked = sum(len(s.gold) for s in articles)
    report = {
        "articles": {"A": [s.article for s in articles[0::2]], "B": [s.article for s in articles[1::2]]},
        "answerable": {s.article: len(s.gold) for s in [*articles, eval_set]},
        "rows": rows,
        "winner": winner,
        "gains": gains({"B": articles[1::2], "all": articles, "eval": [eval_set]}),
        "eval_check": checks,
        "twin_mismatches": mismatches,
        "retrieve_ms": {name: round(1000 * sum(s.real_seconds[name] for s in articles) / asked, 3) for name in REAL},
        "seconds": round(time.perf_counter() - started, 1),
    }
    console = Console(width=220)
    print_report(report, console)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1), encoding="utf-8")
    console.print(f"{report['seconds']} s. Wrote {args.out}")
    if any(mismatches.values()):
        raise SystemExit(f"the real retrieve() and its vectorised twin disagree: {mismatches}")


if __name__ == "__main__":
    main()
