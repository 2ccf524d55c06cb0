"""Passage retrieval on real documents: BM25's k1 and b, the sentence signal, and the fusion's weights, on reader questions.

Every question of eval/dev (facts, sentences, howto, definitions, reading, unanswerable*) that names its ``doc``
and holds an ``evidence`` phrase, without a ``history``, is asked of its document's real index; a candidate chunk
is gold when its text holds the evidence (as askdoc.evaluation.scoring counts a hit). Per question the signals
over the retriever's candidates (askdoc.answer.retrieval) are computed once; each BM25 variant rebuilds the
document's lexical index over the chunks' indexed texts with its k1 and b, and the candidates are ranked by
askdoc.answer.retrieval.fuse, with the best sentence's cosine alone ("sentence alone") or, for a one-sentence
chunk, the better of it and the chunk's cosine less ``CONTEXT_MARGIN`` ("in context": the chunk's vector is that
sentence read under its headings).
The dev questions are split in two: a line's own ``split`` ("fit"/"held") when it has one, else by the parity
of a stable hash of its id; a variant is chosen on "fit" and reported on "held".
eval/real (the gate set) is reported beside, never chosen on.

    python bench/real_retrieval.py [--k1 1.5 ...] [--b 0.5 ...] [--weights]
"""

from __future__ import annotations

import argparse
import itertools
import json
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from askdoc.answer.furniture import quotable_ids
from askdoc.answer.retrieval import CANDIDATES, CHUNK_WEIGHT, LEXICAL_WEIGHT, SENTENCE_WEIGHT, fuse
from askdoc.embedding.embedder import Encoder, default_model_path
from askdoc.embedding.query_encoder import open_query_encoder
from askdoc.index.build import IndexRequest, ensure_index
from askdoc.index.lexical import LexicalIndex
from askdoc.index.passage_vectors import indexed_text
from askdoc.index.store import DocumentIndex, IndexSettings
from askdoc.locations import index_dir
from askdoc.text.normalize import contains

ROOT = Path(__file__).resolve().parents[1]
DEV = ("facts", "sentences", "howto", "definitions", "reading", "unanswerable", "unanswerable2", "unanswerable3")
PARTS = ("fit", "held", "eval/real")
WEIGHTS = tuple(round(w, 2) for w in np.arange(0.0, 1.0001, 0.05))
CONTEXT_MARGIN = 0.1


@dataclass(frozen=True)
class Question:
    """One located question: its document, its candidate chunks, their cosines and which of them are gold."""

    part: str
    doc: str
    text: str
    candidates: np.ndarray
    chunk: np.ndarray
    sentence: np.ndarray
    in_context: np.ndarray
    gold: np.ndarray


def part_of(line: dict) -> str:
    """The line's own split, else "fit"/"held" by the parity of a stable hash of its id."""
    return line.get("split") or ("fit" if zlib.crc32(line["id"].encode()) % 2 == 0 else "held")


def read_lines(paths: list[Path]) -> list[dict]:
    """Located lines (a ``doc``, an ``evidence``, no ``history``) of the eval files."""
    lines = [json.loads(text) for path in paths for text in path.read_text(encoding="utf-8").splitlines() if text.strip()]
    return [line for line in lines if line.get("doc") and line.get("evidence") and not line.get("history")]


def question_signals(index: DocumentIndex, encoder: Encoder, line: dict, part: str) -> Question:
    """The candidates of askdoc.answer.retrieval.retrieve for the question, and their dense signals."""
    from askdoc.answer.retrieval import _best_sentence_cosines, _candidates

    vector = encoder.encode([line["question"]])[0]
    depth = min(len(index.chunks), CANDIDATES)
    candidates = quotable_ids(index, _candidates(index, vector, index.lexical.scores(line["question"]), depth), line["question"])
    chunk = index.chunk_vectors[candidates] @ vector
    sentence = _best_sentence_cosines(index, vector, candidates)
    return Question(
        part,
        line["doc"],
        line["question"],
        candidates,
        chunk,
        sentence,
        in_context(index, chunk, sentence, candidates),
        np.array([contains(index.chunks[int(i)].text, line["evidence"]) for i in candidates]),
    )


def in_context(index: DocumentIndex, chunk: np.ndarray, sentence: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """The best sentence's cosine, or for a one-sentence chunk the better of it and the chunk's less CONTEXT_MARGIN."""
    single = np.array([len(index.sentence_rows[i]) == 1 for i in candidates], dtype=bool)
    return np.where(single, np.maximum(sentence, chunk - CONTEXT_MARGIN), sentence)


def collect(lines: list[tuple[dict, str]]) -> tuple[list[Question], dict[str, DocumentIndex]]:
    """Signals of every (line, part), each document indexed (or loaded) once; the indexes by document."""
    encoder = open_query_encoder(default_model_path())
    indexes: dict[str, DocumentIndex] = {}
    questions = []
    for line, part in lines:
        if line["doc"] not in indexes:
            request = IndexRequest((ROOT / line["doc"],), index_dir(), IndexSettings(default_model_path()))
            indexes[line["doc"]], _ = ensure_index(request)
            indexes[line["doc"]].sentence_vectors.use(encoder)
        questions.append(question_signals(indexes[line["doc"]], encoder, line, part))
    return questions, indexes


def lexical_scores(questions: list[Question], indexes: dict[str, DocumentIndex], k1: float, b: float) -> list[np.ndarray]:
    """Each question's BM25 scores over its candidates, from a lexical index rebuilt with ``k1`` and ``b``."""
    rebuilt = {doc: LexicalIndex.build([indexed_text(c) for c in index.chunks], k1, b) for doc, index in indexes.items()}
    return [rebuilt[q.doc].scores(q.text)[q.candidates] for q in questions]


def hits(questions: list[Question], lexical: list[np.ndarray], weights: tuple[float, float, float], context: bool) -> dict:
    """hit@1/@3/@5 and MRR when the candidates are ranked by ``fuse`` with (chunk, sentence, lexical) ``weights``."""
    ranks = []
    for q, lex in zip(questions, lexical, strict=True):
        scores = fuse(q.chunk, q.in_context if context else q.sentence, lex, weights)
        found = np.flatnonzero(q.gold[np.argsort(-scores, kind="stable")])
        ranks.append(int(found[0]) + 1 if len(found) else 0)
    rank = np.array(ranks)
    n = max(len(rank), 1)
    result: dict[str, float] = {"n": len(rank)}
    result.update({f"hit@{k}": round(float(np.sum((rank > 0) & (rank <= k)) / n), 3) for k in (1, 3, 5)})
    result["mrr"] = round(float(np.sum(1.0 / rank[rank > 0]) / n), 3)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--k1", type=float, nargs="+", default=[0.9, 1.2, 1.5, 2.0])
    parser.add_argument("--b", type=float, nargs="+", default=[0.3, 0.5, 0.75, 0.9])
    parser.add_argument("--weights", action="store_true", help="also search the fusion weights on the fit part")
    args = parser.parse_args()
    dev = read_lines([ROOT / "eval" / "dev" / f"{name}.jsonl" for name in DEV])
    real = read_lines(sorted((ROOT / "eval" / "real").glob("*.jsonl")))
    questions, indexes = collect([(line, part_of(line)) for line in dev] + [(line, "eval/real") for line in real])
    adopted = (CHUNK_WEIGHT, SENTENCE_WEIGHT, LEXICAL_WEIGHT)
    k1_b = {(k1, b): lexical_scores(questions, indexes, k1, b) for k1, b in itertools.product(args.k1, args.b)}
    variants = [(pair, context) for pair in k1_b for context in (False, True)]
    chosen = max(variants, key=lambda v: _score(questions, k1_b[v[0]], adopted, v[1], "fit"))
    for (k1, b), context in variants:
        best = " (best on fit)" if ((k1, b), context) == chosen else ""
        print(f"k1 {k1} b {b}, sentence {'in context' if context else 'alone'}{best}")
        for part in PARTS:
            print(f"  {part:10} {_report(questions, k1_b[(k1, b)], adopted, context, part)}")
    if args.weights:
        grid = [(c, s, round(1 - c - s, 2)) for c, s in itertools.product(WEIGHTS, repeat=2) if c + s <= 1.0001]
        best_weights = sorted(grid, key=lambda w: _score(questions, k1_b[chosen[0]], w, chosen[1], "fit"), reverse=True)
        for weights in [adopted, *best_weights[:5]]:
            print(f"weights {weights} at the best on fit")
            for part in PARTS:
                print(f"  {part:10} {_report(questions, k1_b[chosen[0]], weights, chosen[1], part)}")


def _report(questions: list[Question], lexical: list[np.ndarray], weights: tuple, context: bool, part: str) -> dict:
    kept = [n for n, q in enumerate(questions) if q.part == part]
    return hits([questions[n] for n in kept], [lexical[n] for n in kept], weights, context)


def _score(questions: list[Question], lexical: list[np.ndarray], weights: tuple, context: bool, part: str) -> tuple:
    result = _report(questions, lexical, weights, context, part)
    return result["mrr"], result["hit@1"]


if __name__ == "__main__":
    main()
