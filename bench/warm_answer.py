"""Warm `Engine.ask` latency on the bundled article: the ONNX query encoder against sentence-transformers.

What the chat feels once loaded (issue target: p50 <= 30 ms a question). Both engines live in
this one process over the same index; each eval question (eval/questions.jsonl, with its
history) is asked of one then the other, for several rounds after a warm-up round, so the
ratio is measured under the same machine load.

    PYTHONPATH=src python bench/warm_answer.py [--rounds 3] [--questions N]
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import numpy as np

from askdoc.answer.engine import Engine
from askdoc.embedding.embedder import SentenceTransformerEncoder, default_model_path
from askdoc.embedding.query_encoder import open_query_encoder
from askdoc.evaluation.questions import read_eval_set
from askdoc.index.build import IndexRequest, ensure_index
from askdoc.index.store import IndexSettings
from askdoc.locations import bundled_article, default_eval_set, index_dir
from askdoc.runtime import configure

ROOT = Path(__file__).resolve().parents[1]

TARGET_P50_MS = 30
ENCODERS = {"onnxruntime": open_query_encoder, "sentence-transformers": SentenceTransformerEncoder}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="Timed passes over the eval questions.")
    parser.add_argument("--questions", type=int, help="Ask only the first N eval questions (default: all).")
    args = parser.parse_args()
    configure()
    questions = read_eval_set(default_eval_set())[: args.questions]
    settings = IndexSettings(model_dir=default_model_path())
    requests = {
        name: IndexRequest((bundled_article(),), index_dir(), settings, make_query_encoder=factory)
        for name, factory in ENCODERS.items()
    }
    # Built first if needed: an engine that builds keeps the indexer's encoder for its questions.
    ensure_index(requests["sentence-transformers"])
    engines = {name: Engine.open(request) for name, request in requests.items()}
    load = os.getloadavg()[0]
    walls: dict[str, list[float]] = {name: [] for name in engines}
    embeds: dict[str, list[float]] = {name: [] for name in engines}
    texts: dict[str, list[str]] = {name: [] for name in engines}
    for round_number in range(args.rounds + 1):
        for item in questions:
            for name, engine in engines.items():
                started = time.perf_counter()
                answer = engine.ask(item.question, history=item.history)
                if round_number:  # round 0 loads the encoders and warms the caches
                    walls[name].append((time.perf_counter() - started) * 1000)
                    embeds[name].append(answer.timings_ms["embed"])
                    texts[name].append(answer.text)
    print(f"{len(questions)} eval questions x {args.rounds} rounds, warm, one process; load average {load:.1f} (2 cores)")
    print(f"{'query encoder':22} {'answer p50 ms':>13} {'p95':>7} {'embed p50 ms':>12}")
    for name in engines:
        p50, p95 = np.percentile(walls[name], [50, 95])
        print(f"{name:22} {p50:13.1f} {p95:7.1f} {np.percentile(embeds[name], 50):12.1f}")
    fast, slow = (float(np.percentile(walls[name], 50)) for name in engines)
    same = np.mean([a == b for a, b in zip(*texts.values(), strict=True)])
    verdict = "met" if fast <= TARGET_P50_MS else "missed"
    print(f"p50 ratio (sentence-transformers / onnxruntime): {slow / fast:.1f}x; target p50 <= {TARGET_P50_MS} ms: {verdict}")
    print(f"same answer text from both encoders: {same:.0%}; load average at end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
