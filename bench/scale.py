"""How askdoc's costs grow with the document: index build, and answer latency at ~1k, 10k, 100k chunks.

The corpus is every paragraph of the SQuAD half (--data, default ../shared/benchmarks: 646 paragraphs, 16
articles), repeated in lightly varied copies: copy v rotates each paragraph's sentences by v and
titles its sections "<title> (part v)". Sizes up to --real-max chunks are indexed for real by
`askdoc index` (sentence-transformers) in a subprocess whose wall time and peak RSS are measured.
Larger sizes cycle through the same copies; embedding them on 2 cores would take hours, so their
vectors are the largest real index's vectors of the same texts plus gaussian noise (--noise per
dimension), renormalised: their build measures everything except the embedding.

Each size is then asked a sample of SQuAD's answerable questions in this warm process, through
Engine.ask (ONNX query encoder, retrieve + compose), with a flat index and with HNSW built from
the same vectors, alternating question by question, both written and read back as the product
does. Recall@10 compares HNSW's top 10 with exact search for the same query vectors.

Built indexes are kept in bench/results/scale/ (--work-dir) and reused, with the build figures measured
when they were made, unless --fresh. Prints tables and writes bench/results/scale.json (--out).

    PYTHONPATH=src python bench/scale.py [--sizes 1000,10000,100000] [--real-max 10000] [--questions 200] [--fresh]
        [--data SQUAD.json] [--work-dir DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from askdoc.answer.engine import Engine
from askdoc.documents.formats.text import parse_text
from askdoc.documents.loader import parse_source, read_source
from askdoc.embedding.embedder import default_model_path
from askdoc.index.chunker import chunk_document
from askdoc.index.dense import HNSW_THRESHOLD, build_dense_index, read_dense_index
from askdoc.index.document_index import DocumentIndex
from askdoc.index.manifest import DamagedIndex, OutdatedIndex, read_manifest, stale_reason
from askdoc.index.store import IndexSettings, build_basis, build_index, index_folder, indexed_text, load_index, source_folder
from askdoc.runtime import configure
from askdoc.text.sentences import split_sentences
from squad_corpus import DEFAULT_DATA, load_articles

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
WORK = RESULTS / "scale"
INDEX_DIR = WORK / "index"
BUILDS = WORK / "builds.json"
WARM_UP = 10
NOISE_BLOCK = 20_000
# The 100k-chunk corpus is about 70 MB, over the CLI's default --max-bytes.
MAX_BYTES = 10**9


def use_work_dir(work: Path) -> None:
    """Keep the corpus copies, their indexes and the build figures in ``work``."""
    global WORK, INDEX_DIR, BUILDS
    WORK, INDEX_DIR, BUILDS = work, work / "index", work / "builds.json"


def squad(path: Path) -> tuple[list[tuple[str, list[str]]], list[str]]:
    """The articles (title, paragraphs) and the answerable questions of a SQuAD 2.0 file."""
    data = load_articles(path)
    articles = [(a.title.replace("_", " "), [p.strip() for p in a.paragraphs]) for a in data]
    return articles, [q.text for a in data for q in a.questions if q.answerable]


def rotated(paragraph: str, shift: int) -> str:
    """The paragraph with its sentences rotated ``shift`` places: same content, new text."""
    sentences = [paragraph[s.start : s.end] for s in split_sentences(paragraph)]
    shift %= len(sentences)
    return " ".join(sentences[shift:] + sentences[:shift])


def copy_text(articles: list[tuple[str, list[str]]], variant: int) -> str:
    """Copy ``variant`` of the corpus as a Markdown-headed text document."""
    parts = []
    for title, paragraphs in articles:
        parts.append(f"# {title} (part {variant})" if variant else f"# {title}")
        parts.extend(rotated(paragraph, variant) for paragraph in paragraphs)
    return "\n\n".join(parts)


def corpus(articles: list[tuple[str, list[str]]], copies: int, variants: int) -> Path:
    """A document of ``copies`` copies that cycle through ``variants`` variants, written once."""
    path = WORK / f"squad-x{copies}-v{min(copies, variants)}.txt"
    if not path.exists():
        path.write_text("\n\n".join(copy_text(articles, c % variants) for c in range(copies)), encoding="utf-8")
    return path


class ReplayEncoder:
    """Vectors that a real index holds for the same texts, plus gaussian noise, renormalised."""

    def __init__(self, folder: Path, noise: float, seed: int = 0):
        index = load_index(folder, read_manifest(folder))
        self._vectors = {indexed_text(c): v for c, v in zip(index.chunks, index.chunk_vectors, strict=True)}
        sentences = index.sentence_vectors.all()
        for chunk, rows in zip(index.chunks, index.sentence_rows, strict=True):
            for span, row in zip(chunk.sentences, rows, strict=True):
                self._vectors[index.text[span.start : span.end]] = sentences[row]
        self.dimension = index.chunk_vectors.shape[1]
        self._noise = noise
        self._random = np.random.default_rng(seed)

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        for start in range(0, len(texts), NOISE_BLOCK):
            block = np.stack([self._vectors[text] for text in texts[start : start + NOISE_BLOCK]])
            block += self._random.normal(0.0, self._noise, block.shape).astype(np.float32)
            out[start : start + len(block)] = block / np.linalg.norm(block, axis=1, keepdims=True)
        return out


def replay_build(document: Path, source: Path, noise: float) -> None:
    """The subprocess side of a replayed build: the real build_index with replayed vectors."""
    settings = IndexSettings(model_dir=default_model_path())
    read = read_source(document, MAX_BYTES)
    build_index(read, parse_source(read), source_folder(INDEX_DIR, read), settings, ReplayEncoder(source, noise))


def up_to_date(document: Path, folder: Path) -> bool:
    """Whether the cached index of ``document`` is one this version of askdoc would reuse."""
    expected = build_basis(hashlib.sha256(document.read_bytes()).hexdigest(), IndexSettings(default_model_path()))
    try:
        manifest = read_manifest(folder)
    except (DamagedIndex, OutdatedIndex):
        return False
    return manifest is not None and stale_reason(manifest, expected) is None


def measure_build(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one build subprocess."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "HF_HUB_OFFLINE": "1"}
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        raise SystemExit(f"build failed: {stderr.decode()}")
    return time.perf_counter() - started, usage.ru_maxrss / 1024


def build(document: Path, real: bool, source: Path | None, noise: float, fresh: bool) -> dict:
    """Build (or reuse) the index of ``document``; its build figures."""
    folder = index_folder(INDEX_DIR, document)
    embedding = "sentence-transformers (askdoc index)" if real else f"replayed vectors + noise {noise}"
    cached = json.loads(BUILDS.read_text()) if BUILDS.exists() else {}
    if not fresh and cached.get(document.name, {}).get("embedding") == embedding and up_to_date(document, folder):
        return {**cached[document.name], "cached": True}
    if real:
        command = [sys.executable, "-m", "askdoc", "index", str(document), "--index-dir", str(INDEX_DIR), "--rebuild"]
    else:
        command = [
            sys.executable,
            __file__,
            "--replay-build",
            str(document),
            "--replay-source",
            str(source),
            "--noise",
            str(noise),
            "--work-dir",
            str(WORK),
        ]
    wall, peak = measure_build(command)
    counts = read_manifest(folder).counts
    figures = {
        "document": document.name,
        "chunks": counts.chunks,
        "sentences": counts.sentences,
        "embedding": embedding,
        "wall_s": round(wall, 1),
        "chunks_per_s": round(counts.chunks / wall, 1),
        "peak_rss_mb": round(peak),
        "disk_mb": round(sum(f.stat().st_size for f in folder.iterdir()) / 2**20, 1),
        "measured_at": time.strftime("%Y-%m-%d %H:%M"),
        "load_avg": round(os.getloadavg()[0], 1),
    }
    cached[document.name] = figures
    BUILDS.write_text(json.dumps(cached, indent=2))
    return {**figures, "cached": False}


def percentile(values: list[float], q: float) -> float:
    return round(float(np.percentile(values, q)), 2)


def with_dense(index: DocumentIndex, kind: str, scratch: Path) -> tuple[DocumentIndex, float]:
    """A copy of ``index`` whose dense index is ``kind``, written and read back; build seconds."""
    started = time.perf_counter()
    dense = build_dense_index(index.chunk_vectors, threshold=len(index.chunks) + 1 if kind == "flat" else 0)
    seconds = time.perf_counter() - started
    import faiss

    path = scratch / f"{kind}.faiss"
    faiss.write_index(dense, str(path))
    return dataclasses.replace(index, dense=read_dense_index(path)), seconds


def query_size(folder: Path, questions: list[str], encoder) -> list[dict]:
    """Flat against HNSW on one index: latency of the whole answer path, recall, agreement."""
    started = time.perf_counter()
    index = load_index(folder, read_manifest(folder))
    load_s = time.perf_counter() - started
    kinds = ("flat", "hnsw")
    with tempfile.TemporaryDirectory() as scratch:
        built = {kind: with_dense(index, kind, Path(scratch)) for kind in kinds}
    engines = {kind: Engine(variant, lambda _path: encoder, encoder) for kind, (variant, _) in built.items()}
    vectors = encoder.encode(questions)
    top = {kind: built[kind][0].dense.search(vectors, 10)[1] for kind in kinds}
    recall = float(np.mean([len(set(a) & set(e)) / 10 for a, e in zip(top["hnsw"], top["flat"], strict=True)]))
    for kind in kinds:
        for question in questions[:WARM_UP]:
            engines[kind].ask(question)
    walls: dict[str, list[float]] = {kind: [] for kind in kinds}
    parts: dict[str, dict[str, list[float]]] = {kind: {"embed": [], "retrieve": [], "compose": []} for kind in kinds}
    search: dict[str, list[float]] = {kind: [] for kind in kinds}
    texts: dict[str, list[str]] = {kind: [] for kind in kinds}
    for question, vector in zip(questions, vectors, strict=True):
        for kind in kinds:
            step = time.perf_counter()
            built[kind][0].dense.search(vector[None], 50)
            search[kind].append((time.perf_counter() - step) * 1000)
            step = time.perf_counter()
            answer = engines[kind].ask(question)
            walls[kind].append((time.perf_counter() - step) * 1000)
            for name in parts[kind]:
                parts[kind][name].append(answer.timings_ms[name])
            texts[kind].append(answer.text)
    same = float(np.mean([a == b for a, b in zip(texts["flat"], texts["hnsw"], strict=True)]))
    return [
        {
            "chunks": len(index.chunks),
            "index": kind,
            "load_s": round(load_s, 1),
            "faiss_build_s": round(built[kind][1], 2),
            "search_p50_ms": percentile(search[kind], 50),
            "search_p95_ms": percentile(search[kind], 95),
            **{f"{name}_p50_ms": percentile(values, 50) for name, values in parts[kind].items()},
            "answer_p50_ms": percentile(walls[kind], 50),
            "answer_p95_ms": percentile(walls[kind], 95),
            "recall_at_10": round(recall, 3) if kind == "hnsw" else 1.0,
            "same_answer_as_flat": round(same, 3) if kind == "hnsw" else 1.0,
        }
        for kind in kinds
    ]


def print_builds(builds: list[dict]) -> None:
    print(
        f"\n{'chunks':>7} {'sentences':>9}  {'embedding':38} {'wall s':>7} {'chunks/s':>8}"
        f" {'peak RSS MB':>11} {'disk MB':>7}  measured"
    )
    for b in builds:
        when = f"{b['measured_at']} load {b['load_avg']}" + (" (cached)" if b["cached"] else "")
        print(
            f"{b['chunks']:>7} {b['sentences']:>9}  {b['embedding']:38} {b['wall_s']:>7} {b['chunks_per_s']:>8}"
            f" {b['peak_rss_mb']:>11} {b['disk_mb']:>7}  {when}"
        )


def print_queries(rows: list[dict]) -> None:
    print(
        f"\n{'chunks':>7} {'index':5} {'load s':>6} {'FAISS build s':>13} {'search p50/p95':>15} {'embed':>6}"
        f" {'retrieve':>8} {'compose':>7} {'answer p50':>10} {'answer p95':>10} {'recall@10':>9} {'same answer':>11}"
    )
    for r in rows:
        print(
            f"{r['chunks']:>7} {r['index']:5} {r['load_s']:>6} {r['faiss_build_s']:>13}"
            f" {r['search_p50_ms']:>7}/{r['search_p95_ms']:<7} {r['embed_p50_ms']:>6} {r['retrieve_p50_ms']:>8}"
            f" {r['compose_p50_ms']:>7} {r['answer_p50_ms']:>10}"
            f" {r['answer_p95_ms']:>10} {r['recall_at_10']:>9} {r['same_answer_as_flat']:>11}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="Target chunk counts, comma-separated.")
    parser.add_argument("--real-max", type=int, default=10_000, help="Largest size embedded for real.")
    parser.add_argument("--questions", type=int, default=200, help="SQuAD questions asked at each size.")
    parser.add_argument("--noise", type=float, default=0.02, help="Gaussian noise per dimension of replayed vectors.")
    parser.add_argument("--fresh", action="store_true", help="Rebuild every index instead of reusing bench/results/scale/.")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="SQuAD 2.0 JSON file.")
    parser.add_argument("--work-dir", type=Path, default=WORK, help="Where corpus copies and their indexes are kept.")
    parser.add_argument("--out", type=Path, default=RESULTS / "scale.json", help="Where the JSON report is written.")
    parser.add_argument("--replay-build", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--replay-source", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    configure()
    use_work_dir(args.work_dir)
    if args.replay_build:
        replay_build(args.replay_build, args.replay_source, args.noise)
        return
    from askdoc.embedding.query_encoder import ensure_onnx_export, open_query_encoder

    started, load_start = time.perf_counter(), os.getloadavg()
    WORK.mkdir(parents=True, exist_ok=True)
    model_dir = default_model_path()
    ensure_onnx_export(model_dir, print)
    encoder = open_query_encoder(model_dir)
    articles, all_questions = squad(args.data)
    per_copy = len(chunk_document(parse_text(copy_text(articles, 0), "copy.txt", "-")))
    copies = {size: max(1, round(size / per_copy)) for size in map(int, args.sizes.split(","))}
    real_sizes = [size for size in copies if size <= args.real_max]
    if not real_sizes:
        parser.error("at least one size must be at most --real-max")
    variants = max(copies[size] for size in real_sizes)
    source = None
    builds = []
    for size in sorted(copies, key=lambda s: (s > args.real_max, s)):
        document = corpus(articles, copies[size], variants)
        builds.append(build(document, size <= args.real_max, source, args.noise, args.fresh))
        if size <= args.real_max and copies[size] == variants:
            source = index_folder(INDEX_DIR, document)
    print(f"corpus: {per_copy} chunks per copy of the SQuAD half; {variants} variants; noise {args.noise} on replayed vectors")
    print_builds(builds)
    questions = all_questions[:: max(1, len(all_questions) // args.questions)][: args.questions]
    rows = []
    for b in builds:
        rows.extend(query_size(index_folder(INDEX_DIR, WORK / b["document"]), questions, encoder))
        print_queries(rows[-2:])
    print(f"\nall sizes: {len(questions)} SQuAD questions each, warm; ms (embed/retrieve/compose: p50 of Engine.ask's timings)")
    print_queries(rows)
    load_end = os.getloadavg()
    print(f"\nload average {load_start[0]:.1f} at start, {load_end[0]:.1f} at end (2 cores); HNSW from {HNSW_THRESHOLD} chunks")
    print(f"wall time {time.perf_counter() - started:.0f} s")
    report = {
        "noise": args.noise,
        "questions": len(questions),
        "hnsw_threshold": HNSW_THRESHOLD,
        "load_average": {"start": load_start[0], "end": load_end[0]},
        "builds": builds,
        "queries": rows,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
