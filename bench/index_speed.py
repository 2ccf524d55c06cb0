"""Indexing speed: today's path (sentence-transformers) against the ONNX one, fresh processes, one run.

Documents: the bundled article; a ~36 KB plain text (the GPL-3 licence text); a 400 KB text
(tests/fixtures/real/bash.1.txt, the bash manual); a 30-page PDF of the same manual's paragraphs
(tests/pdf_writer.py), made in a work folder. Each is indexed with `askdoc index --rebuild` in a fresh process by both
paths, alternating, ``--runs`` times; the vector cache is emptied before every run, so each run
embeds every passage. Then the 400 KB text is indexed once by the new path, one paragraph
edited, and re-indexed without --rebuild (``--runs`` times, a different paragraph each time);
the old path has no cache, so its re-index is a full rebuild. ``--baseline-src DIR`` (another
checkout's src/, e.g. main's) adds its ONNX path beside the others, cold and after the same edits,
each source tree on its own copy of the document, index and caches, runs alternating.

Quality, in this process: SQuAD-half retrieval (R@1, R@3 of the hybrid retriever) and accuracy
with indexes built by each path's vectors (questions encoded by the ONNX query encoder in both),
and `askdoc eval eval/questions.jsonl` with each path (``--variants`` adds the vectors measured
and not adopted). Prints medians, the load average, ratios, and the issue's table of targets.

    PYTHONPATH=src:bench python bench/index_speed.py [--runs 3] [--articles N] [--max-questions M] [--skip-quality]
        [--baseline-src /work/main/src]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import numpy as np  # noqa: E402

from askdoc.answer.engine import Engine  # noqa: E402
from askdoc.embedding.embedder import Encoder, SentenceTransformerEncoder, default_model_path  # noqa: E402
from askdoc.embedding.index_encoder import open_index_encoder  # noqa: E402
from askdoc.embedding.onnx_encoder import CONFIG_NAME, MODEL_NAME, TOKENIZER_NAME, OnnxEncoder  # noqa: E402
from askdoc.embedding.query_encoder import export_dir  # noqa: E402
from askdoc.evaluation.questions import EvalQuestion, read_eval_set  # noqa: E402
from askdoc.evaluation.scoring import metrics, run_eval  # noqa: E402
from askdoc.index import store  # noqa: E402
from askdoc.index.build import IndexRequest, ensure_index  # noqa: E402
from askdoc.index.count_cache import FILE_NAME as COUNTS_FILE  # noqa: E402
from askdoc.index.store import IndexSettings  # noqa: E402
from askdoc.index.vector_cache import FILE_NAME  # noqa: E402
from askdoc.locations import bundled_article  # noqa: E402
from askdoc.types import Chunk  # noqa: E402
from pdf_writer import pdf_bytes  # noqa: E402
from squad import K, Outcome, score, spread, summarise  # noqa: E402
from squad_corpus import (  # noqa: E402
    DEFAULT_DATA,
    Encoders,
    IndexedArticle,
    PrimedEncoder,
    Question,
    index_article,
    load_articles,
    pick_evenly,
)

PATHS = {"old": {"ASKDOC_ONNX": "0"}, "new": {}}
EXPORT = (
    "from askdoc.embedding.embedder import default_model_path\n"
    "from askdoc.embedding.index_encoder import open_index_encoder\n"
    "open_index_encoder(default_model_path(), print)\n"
)
LICENCES = Path("/usr/share/common-licenses")
# The largest document of the real-documents corpus: the bash manual, rendered (400 KB).
MANUAL = ROOT / "tests" / "fixtures" / "real" / "bash.1.txt"
VARIANT_NAMES = ("old", "new", "pooled", "mean", "mean-tokens", "int8")
PDF_PAGES = 30


def make_documents(folder: Path) -> dict[str, Path]:
    """The four documents, written into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    documents = {"article": bundled_article(), "text-36KB": folder / "gpl3.txt", "text-400KB": MANUAL}
    shutil.copyfile(LICENCES / "GPL-3", documents["text-36KB"])
    manual = MANUAL.read_text(encoding="utf-8")
    # The PDF's Helvetica is WinAnsi-encoded: characters it lacks (man's U+2010 hyphen) become "?".
    paragraphs = [" ".join(p.split()).encode("cp1252", "replace").decode("cp1252") for p in re.split(r"\n\s*\n", manual)]
    paragraphs = [p for p in paragraphs if len(p.split()) > 8]
    per_page = max(1, min(len(paragraphs) // PDF_PAGES, 6))
    pages = [
        [("h", f"Part {n + 1}")] + [("p", p) for p in paragraphs[n * per_page : (n + 1) * per_page]] for n in range(PDF_PAGES)
    ]
    documents["pdf-30pages"] = folder / "manual.pdf"
    documents["pdf-30pages"].write_bytes(pdf_bytes(pages))
    return documents


def index_once(document: Path, index_dir: Path, env: dict[str, str], rebuild: bool = True) -> tuple[float, float, int]:
    """Wall seconds, peak RSS (MB) and passages of one fresh `askdoc index`."""
    command = [sys.executable, "-m", "askdoc", "index", str(document), "--index-dir", str(index_dir)]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen([*command, *(["--rebuild"] if rebuild else [])], stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if status:
        raise SystemExit(f"askdoc index failed: {stderr}")
    passages = sum(int(n) for n in re.findall(r": (\d+) passages?", stdout))
    return wall, usage.ru_maxrss / 1024, passages


Figures = dict[str, dict[str, dict[str, list[float]]]]


def timings(documents: dict[str, Path], work: Path, runs: int, env: dict[str, str], paths: dict[str, dict[str, str]]) -> Figures:
    """Per document and path: wall, peak RSS and passages of each run (paths alternate within a run)."""
    figures: Figures = {}
    for name, document in documents.items():
        figures[name] = {path: {"wall": [], "rss": [], "passages": []} for path in paths}
        for _ in range(runs):
            for path, extra in paths.items():
                for cached in (FILE_NAME, COUNTS_FILE):  # every run embeds every passage and counts every token
                    (work / "cache" / cached).unlink(missing_ok=True)
                wall, rss, passages = index_once(document, work / f"index-{path}", {**env, **extra})
                load = os.getloadavg()[0]
                print(f"  {name} {path}: {wall:.2f} s, {rss:.0f} MB, {passages} passages, load {load:.1f}", flush=True)
                for key, value in (("wall", wall), ("rss", rss), ("passages", passages)):
                    figures[name][path][key].append(value)
    return figures


def edit_paragraph(text: str, number: int) -> str:
    """``text`` with one word changed in a paragraph chosen by ``number`` (cycling through the middle)."""
    paragraphs = text.split("\n\n")
    middle = [i for i, p in enumerate(paragraphs) if len(p.split()) > 20]
    target = middle[(len(middle) // 2 + 7 * number) % len(middle)]
    paragraphs[target] = paragraphs[target].replace(" ", f" edited{number} ", 1)
    return "\n\n".join(paragraphs)


def reindex_after_edit(
    document: Path, work: Path, runs: int, env: dict[str, str], sources: dict[str, str]
) -> dict[str, list[float]]:
    """Per source tree (name: its src/ folder), the walls of ``runs`` re-indexes after an edit (no --rebuild).

    Each source tree indexes its own copy of ``document`` with caches of its own (the vectors of
    the first tree's full build copied in, the ONNX export shared), untimed; then, ``runs`` times,
    one paragraph is edited in every copy alike and each tree re-indexes its copy, trees alternating.
    The old path has no cache: after an edit it rebuilds the whole index, which is its --rebuild time above.
    """
    original = document.read_text(encoding="utf-8")
    setups: dict[str, tuple[Path, Path, dict[str, str]]] = {}
    vectors = work / f"edit-{next(iter(sources))}" / "cache" / FILE_NAME  # the first tree's, after its build
    for name, source in sources.items():
        folder = work / f"edit-{name}"
        cache = folder / "cache"
        cache.mkdir(parents=True, exist_ok=True)
        (cache / "onnx").symlink_to(work / "cache" / "onnx")
        if setups:
            shutil.copyfile(vectors, cache / FILE_NAME)
        copy = folder / "edited.txt"
        copy.write_text(original, encoding="utf-8")
        setups[name] = (copy, folder / "index", {**env, "PYTHONPATH": source, "ASKDOC_CACHE_DIR": str(cache)})
        index_once(*setups[name])
    walls: dict[str, list[float]] = {name: [] for name in sources}
    for number in range(runs):
        for name in list(sources)[:: 1 if number % 2 == 0 else -1]:
            copy, index, tree_env = setups[name]
            copy.write_text(edit_paragraph(original, number), encoding="utf-8")
            walls[name].append(index_once(copy, index, tree_env, rebuild=False)[0])
            load = os.getloadavg()[0]
            print(f"  re-index after edit {number + 1}, {name}: {walls[name][-1]:.2f} s, load {load:.1f}", flush=True)
    return walls


def eval_metrics(work: Path, variants: Sequence[str]) -> dict[str, dict]:
    """eval/questions.jsonl on the bundled article, its index built by each variant's vectors."""
    model_dir = default_model_path()
    eval_set = read_eval_set(ROOT / "eval" / "questions.jsonl")
    report = {}
    for name, (build, questions, passages) in vector_variants(model_dir, work, variants).items():
        settings = IndexSettings(model_dir)
        request = IndexRequest((bundled_article(),), work / f"eval-{name}", settings, make_encoder=lambda _path, e=build: e)
        with passages_made_by(passages):
            index, _ = ensure_index(request)
        scored = metrics(run_eval(Engine(index, lambda _path, q=questions: q, questions), eval_set))
        report[name] = {key: value for key, value in scored.items() if "ms" not in key}
    return report


Passages = Callable[..., tuple[np.ndarray, np.ndarray]]


def sentence_texts(chunks: Sequence[Chunk]) -> list[list[str]]:
    """Each chunk's sentences, as texts."""
    return [[chunk.text[s.start - chunk.start : s.end - chunk.start] for s in chunk.sentences] for chunk in chunks]


def pooled_passages(
    encoder: OnnxEncoder, indexed: Sequence[str], chunks: Sequence[Chunk], progress: object = None
) -> tuple[np.ndarray, np.ndarray]:
    """Chunk rows encoded; sentence rows mean-pooled from their chunk's own token states (measured, not adopted)."""
    sentences = [s for group in sentence_texts(chunks) for s in group]
    out = encoder.encode(sentences)  # the fallback for a sentence cut off by truncation
    owner, cursor, places = 0, 0, []
    for sentence in sentences:
        while (start := indexed[owner].find(sentence, cursor)) < 0:
            owner, cursor = owner + 1, 0
        places.append((owner, start, start + len(sentence)))
        cursor = start + len(sentence)
    for owner, text in enumerate(indexed):
        encoding = encoder._runtime.tokenizer.encode(text)
        hidden = encoder._hidden_states([encoding])[0][0]
        starts = np.array([start for start, _ in encoding.offsets])
        real = np.array(encoding.special_tokens_mask) == 0
        for row, (chunk, start, end) in enumerate(places):
            inside = real & (starts >= start) & (starts < end)
            if chunk == owner and inside.any():
                pooled = hidden[inside].mean(axis=0)
                out[row] = pooled / max(float(np.linalg.norm(pooled)), 1e-12)
    return encoder.encode(list(indexed)), out


def mean_passages(
    encoder: OnnxEncoder, indexed: Sequence[str], chunks: Sequence[Chunk], progress: object = None, by_tokens: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """Sentence rows encoded; a chunk's row the normalised mean of its sentences' rows (weighted by tokens or not).

    One encoder pass instead of two; measured, not adopted (the figures are in this bench's report).
    """
    groups = sentence_texts(chunks)
    sentences = [s for group in groups for s in group]
    out = encoder.encode(sentences)
    weights = np.ones(len(sentences), dtype=np.float32)
    if by_tokens:
        weights[:] = [len(e.ids) for e in encoder._runtime.tokenizer.encode_batch(sentences)]
    owners = np.repeat(np.arange(len(groups)), [len(group) for group in groups])
    sums = np.zeros((len(groups), encoder.dimension), dtype=np.float32)
    np.add.at(sums, owners, out * weights[:, None])
    return sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-12), out


@contextmanager
def passages_made_by(passages: Passages | None) -> Iterator[None]:
    """Indexes built inside make their passage vectors with ``passages`` (None: the product's way)."""
    saved = store.embed_passages
    store.embed_passages = passages or saved
    try:
        yield
    finally:
        store.embed_passages = saved


def int8_encoder(model_dir: Path, work: Path) -> OnnxEncoder:
    """The export quantised by onnxruntime's dynamic int8 quantisation (weights int8, activations at run time)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    source, target = export_dir(model_dir), work / "onnx-int8"
    if not (target / MODEL_NAME).is_file():
        target.mkdir(parents=True, exist_ok=True)
        for name in (TOKENIZER_NAME, CONFIG_NAME):
            shutil.copyfile(source / name, target / name)
        quantize_dynamic(source / MODEL_NAME, target / MODEL_NAME, weight_type=QuantType.QInt8)
    return OnnxEncoder(target)


Variant = tuple[Encoder, Encoder, Passages | None]


def vector_variants(model_dir: Path, work: Path, names: Sequence[str]) -> dict[str, Variant]:
    """Build encoder, question encoder and passage vectors of each named variant.

    old: today's path (sentence-transformers); new: the product's (ONNX); measured, not adopted:
    pooled (sentence rows pooled from chunk token states), mean / mean-tokens (chunk rows the
    mean of their sentences' rows), int8 (dynamically quantised export).
    """
    onnx = open_index_encoder(model_dir)
    makers: dict[str, Callable[[], Variant]] = {
        "old": lambda: (SentenceTransformerEncoder(model_dir), onnx, None),
        "new": lambda: (onnx, onnx, None),
        "pooled": lambda: (onnx, onnx, pooled_passages),
        "mean": lambda: (onnx, onnx, mean_passages),
        "mean-tokens": lambda: (onnx, onnx, partial(mean_passages, by_tokens=True)),
        "int8": lambda: (int8_encoder(model_dir, work),) * 2 + (None,),
    }
    return {name: makers[name]() for name in names}


def squad_quality(
    data: Path, articles: int | None, max_questions: int | None, work: Path, variants: Sequence[str]
) -> dict[str, dict]:
    """Hybrid retrieval and accuracy on the SQuAD half with indexes built by each variant's vectors."""
    model_dir = default_model_path()
    chosen = pick_evenly(load_articles(data), articles)
    report = {}
    for name, (build, query, passages) in vector_variants(model_dir, work, variants).items():
        questions = PrimedEncoder(query)
        encoders = Encoders(model_dir, build, questions)
        outcomes: list[Outcome] = []
        for article in chosen:
            with passages_made_by(passages):
                indexed = index_article(article, work / f"squad-{name}", encoders)
            outcomes.extend(ask_hybrid(indexed, questions, spread(article.questions, max_questions)))
        report[name] = summarise(outcomes)
    return report


def ask_hybrid(indexed: IndexedArticle, encoder: PrimedEncoder, questions: tuple[Question, ...]) -> list[Outcome]:
    """squad.py's ask_article with the product's default retriever only."""
    encoder.prime([q.text for q in questions])
    engine = Engine(indexed.index, lambda _path: encoder, encoder)
    outcomes = []
    for question in questions:
        evidence = indexed.article.paragraphs[question.paragraph] if question.answerable else None
        gold = EvalQuestion(question.id, question.text, question.answers, evidence)
        outcomes.append(score(indexed, question, gold, "hybrid", engine.ask(question.text, k=K, mode="hybrid")))
    return outcomes


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def print_speed(figures: dict, edits: list[float], runs: int) -> None:
    print(f"\n`askdoc index --rebuild` in fresh processes, median of {runs} runs (old = sentence-transformers, new = ONNX)")
    print(f"{'document':12} {'passages':>8} {'old s':>7} {'new s':>7} {'new/old':>7} {'old p/s':>8} {'new p/s':>8} "
          f"{'old MB':>7} {'new MB':>7} {'new/old':>7}")
    for name, paths in figures.items():
        old, new = paths["old"], paths["new"]
        walls = [median(old["wall"]), median(new["wall"])]
        rss = [median(old["rss"]), median(new["rss"])]
        passages = int(new["passages"][0])
        print(f"{name:12} {passages:8d} {walls[0]:7.2f} {walls[1]:7.2f} {walls[1] / walls[0]:7.2f} {passages / walls[0]:8.1f} "
              f"{passages / walls[1]:8.1f} {rss[0]:7.0f} {rss[1]:7.0f} {rss[1] / rss[0]:7.2f}")
    old, new = median(figures.get("text-400KB", {}).get("old", {}).get("wall", [])), median(edits)
    print(f"re-index after editing one paragraph: old (a full rebuild of the 400 KB text) {old:.2f} s, new {new:.2f} s, "
          f"new/old {new / old:.3f} (new runs: {', '.join(f'{w:.2f}' for w in edits)})")


def print_baseline(figures: Figures, edits: dict[str, list[float]], baseline: str) -> None:
    """This source tree's ONNX path against the baseline tree's, cold and after the same edits."""
    print(f"\nthis tree's ONNX path (new) against {baseline} (base), medians; ratio new/base")
    for name, paths in figures.items():
        base, new = median(paths["base"]["wall"]), median(paths["new"]["wall"])
        print(f"  {name:12} cold index: base {base:.2f} s, new {new:.2f} s, new/base {new / base:.2f}")
    base, new = median(edits["base"]), median(edits["new"])
    runs = ", ".join(f"{b:.2f}/{n:.2f}" for b, n in zip(edits["base"], edits["new"], strict=True))
    print(f"  re-index after editing one paragraph: base {base:.2f} s, new {new:.2f} s, new/base {new / base:.2f} "
          f"(base/new per edit: {runs})")


def print_quality(squad: dict[str, dict], evals: dict[str, dict], articles: int | None, max_questions: int | None) -> None:
    scope = f"{articles or 'all'} articles, {max_questions or 'all'} questions each"
    print(f"\nSQuAD half ({scope}), hybrid retriever, questions by the ONNX query encoder; vectors built by:")
    print(f"{'metric':18}" + "".join(f"{name:>12}" for name in squad))
    for metric in ("answerable", "recall@1", "recall@3", f"mrr@{K}", "accuracy", "abstention", "false_abstention"):
        print(f"{metric:18}" + "".join(f"{squad[name][metric]:>12}" for name in squad))
    print("\neval/questions.jsonl on the bundled article (the gate's measures), vectors built by:")
    print(f"{'metric':22}" + "".join(f"{name:>10}" for name in evals))
    for metric in next(iter(evals.values())):
        print(f"{metric:22}" + "".join(f"{evals[name][metric]!s:>10}" for name in evals))


def print_targets(figures: Figures, edits: list[float], squad: dict[str, dict], evals: dict[str, dict]) -> None:
    """The issue's table: each target with the old and new figures of this run."""

    def wall(name: str, path: str) -> str:
        return f"{median(figures[name][path]['wall']):.2f} s" if name in figures else "-"

    def rss(name: str, path: str) -> str:
        return f"{median(figures[name][path]['rss']):.0f} MB" if name in figures else "-"

    def pair(report: dict[str, dict], path: str, first: str, second: str) -> str:
        return f"{report[path][first]} / {report[path][second]}" if path in report else "-"

    rows = [
        ("index the 36 KB text, wall (fresh process)", wall("text-36KB", "old"), wall("text-36KB", "new"), "<= 3 s"),
        ("index the 400 KB text, wall / peak RSS", f"{wall('text-400KB', 'old')} / {rss('text-400KB', 'old')}",
         f"{wall('text-400KB', 'new')} / {rss('text-400KB', 'new')}", "<= 20 s / <= 400 MB"),
        ("re-index after editing one paragraph", f"{wall('text-400KB', 'old')} (rebuild)",
         f"{median(edits):.2f} s" if edits else "-", "<= 2 s"),
        ("SQuAD half R@1 / R@3", pair(squad, "old", "recall@1", "recall@3"), pair(squad, "new", "recall@1", "recall@3"),
         "within 0.005"),
        ("eval hit@1 / accuracy", pair(evals, "old", "hit@1", "accuracy"), pair(evals, "new", "hit@1", "accuracy"),
         "within 0.005"),
    ]
    print(f"\n| measure | old | new | target |  (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="SQuAD 2.0 JSON file (the half)")
    parser.add_argument("--articles", type=int, help="SQuAD articles, spread evenly (default: all)")
    parser.add_argument("--max-questions", type=int, help="at most M questions per article")
    parser.add_argument("--documents", help="comma-separated subset, in this order: article,text-36KB,text-400KB,pdf-30pages")
    parser.add_argument("--edit-document", default="text-400KB", help="the document edited and re-indexed")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--skip-quality", action="store_true")
    parser.add_argument("--variants", default="old,new", help=f"vectors compared on quality, of: {','.join(VARIANT_NAMES)}")
    parser.add_argument("--work-dir", type=Path, help="keep documents and indexes here (default: a temp dir)")
    parser.add_argument("--baseline-src", type=Path, help="another checkout's src/ to time beside this one (e.g. main's)")
    args = parser.parse_args()
    work = args.work_dir or Path(tempfile.mkdtemp(prefix="askdoc-index-speed-"))
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT / "src"), "ASKDOC_CACHE_DIR": str(work / "cache")}
    os.environ.update(env)
    # The export, once, before any timing, in a child: a forked child's peak RSS counts its
    # parent's at the fork, so this process must not have loaded torch before the timings.
    subprocess.run([sys.executable, "-c", EXPORT], env=env, check=True)
    print(f"load average before: {os.getloadavg()}")
    figures: Figures = {}
    edits: list[float] = []
    squad: dict[str, dict] = {}
    evals: dict[str, dict] = {}
    if not args.skip_speed:
        documents = make_documents(work / "documents")
        sources = {"new": str(ROOT / "src")}
        paths = dict(PATHS)
        if args.baseline_src:
            sources["base"] = str(args.baseline_src.resolve())
            paths["base"] = {"PYTHONPATH": sources["base"]}
        tree_edits = reindex_after_edit(documents[args.edit_document], work, args.runs, env, sources)
        edits = tree_edits["new"]
        chosen = args.documents.split(",") if args.documents else list(documents)
        figures = timings({name: documents[name] for name in chosen}, work, args.runs, env, paths)
        print_speed(figures, edits, args.runs)
        if args.baseline_src:
            print_baseline(figures, tree_edits, str(args.baseline_src))
        print(f"load average after the timings: {os.getloadavg()}")
    if not args.skip_quality:
        variants = args.variants.split(",")
        squad = squad_quality(args.data, args.articles, args.max_questions, work, variants)
        evals = eval_metrics(work, variants)
        print_quality(squad, evals, args.articles, args.max_questions)
    print_targets(figures, edits, squad, evals)
    if not args.work_dir:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
