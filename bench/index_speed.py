"""Indexing speed: the revision before sentence vectors were made on demand (old) against this tree (new).

Both paths index through the ONNX export; old embeds every chunk and, one by one, every
sentence at index time; new embeds the chunks only, and a chunk's sentences the first time an
answer reads them (index/sentence_vectors.py). The old path runs from a ``git archive`` of
``--old-rev`` in the work folder, in fresh processes like the new one, so both are measured in
this one invocation under the same load.

Documents: the bundled article; a ~36 KB plain text (the GPL-3 licence text); a 400 KB text
(tests/fixtures/real/bash.1.txt, the bash manual); a 30-page PDF of the same manual's paragraphs
(tests/pdf_writer.py), made in a work folder. Each is indexed with `askdoc index --rebuild` in a
fresh process by both paths, alternating, ``--runs`` times; the vector cache is emptied before
every run, so each run embeds every passage. After each build, `askdoc ask` in fresh processes:
a question (first: new pays for the sentences it reads; again: they come from the vector cache),
then "What is this document about?" (a summary). Then the 400 KB text is indexed once by the new
path, one paragraph edited, and re-indexed without --rebuild (``--runs`` times, a different
paragraph each time); the old path's re-index is timed the same way.

Quality, each path in its own processes: SQuAD-half retrieval (R@1, R@3 of the hybrid
retriever) and accuracy (bench/squad.py of each tree), and `askdoc eval eval/questions.jsonl`.
Prints medians, the load average, ratios, and the issue's table of targets.

Measured and not adopted, in earlier versions of this bench (figures in index/passage_vectors.py
and issue 13): sentence rows pooled from the chunk's token states; chunk rows the mean of their
sentences' rows; the dynamically quantised int8 export.

    PYTHONPATH=src:bench python bench/index_speed.py [--runs 3] [--articles N] [--max-questions M] [--skip-quality]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from askdoc.index.count_cache import FILE_NAME as COUNTS_FILE  # noqa: E402
from askdoc.index.vector_cache import FILE_NAME  # noqa: E402
from askdoc.locations import bundled_article  # noqa: E402
from pdf_writer import pdf_bytes  # noqa: E402
from squad_corpus import DEFAULT_DATA  # noqa: E402

# The last commit of main before sentence vectors were made on demand.
OLD_REV = "07000a1"
EXPORT = (
    "from askdoc.embedding.embedder import default_model_path\n"
    "from askdoc.embedding.index_encoder import open_index_encoder\n"
    "open_index_encoder(default_model_path(), print)\n"
)
LICENCES = Path("/usr/share/common-licenses")
# The largest document of the real-documents corpus: the bash manual, rendered (400 KB).
MANUAL = ROOT / "tests" / "fixtures" / "real" / "bash.1.txt"
PDF_PAGES = 30
QUESTIONS = {
    "article": "Who was named Prime Minister-designate?",
    "text-36KB": "What must you do when you convey object code?",
    "text-400KB": "What does the -e option of set do?",
    "pdf-30pages": "What does the -e option of set do?",
}
SUMMARY = "What is this document about?"
ASKS = ("first", "again", "summary")


def old_tree(work: Path, rev: str) -> Path:
    """The sources of ``rev``, unpacked into ``work`` (once)."""
    tree = work / f"old-{rev}"
    if not (tree / "src").is_dir():
        tree.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    return tree


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


def ask_once(question: str, document: Path, index_dir: Path, env: dict[str, str]) -> float:
    """Wall seconds of one fresh `askdoc ask --json` on an index already built."""
    command = [sys.executable, "-m", "askdoc", "ask", question, "--doc", str(document), "--index-dir", str(index_dir), "--json"]
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - started
    if result.returncode:
        raise SystemExit(f"askdoc ask failed: {result.stderr}")
    json.loads(result.stdout)
    return wall


def timings(documents: dict[str, Path], work: Path, runs: int, paths: dict[str, dict[str, str]]) -> Figures:
    """Per document and path: wall, peak RSS and passages of each build, then the asks after it (paths alternate)."""
    figures: Figures = {}
    for name, document in documents.items():
        figures[name] = {path: {key: [] for key in ("wall", "rss", "passages", *ASKS)} for path in paths}
        for _ in range(runs):
            for path, env in paths.items():
                for cached in (FILE_NAME, COUNTS_FILE):  # every run embeds every passage and counts every token
                    (work / "cache" / cached).unlink(missing_ok=True)
                index_dir = work / f"index-{path}"
                wall, rss, passages = index_once(document, index_dir, env)
                load = os.getloadavg()[0]
                asked = [ask_once(q, document, index_dir, env) for q in (QUESTIONS[name], QUESTIONS[name], SUMMARY)]
                print(f"  {name} {path}: {wall:.2f} s, {rss:.0f} MB, {passages} passages, load {load:.1f}; "
                      f"ask {', '.join(f'{a:.2f}' for a in asked)} s", flush=True)
                for key, value in (("wall", wall), ("rss", rss), ("passages", passages), *zip(ASKS, asked, strict=True)):
                    figures[name][path][key].append(value)
    return figures


def edit_paragraph(text: str, number: int) -> str:
    """``text`` with one word changed in a paragraph chosen by ``number`` (cycling through the middle)."""
    paragraphs = text.split("\n\n")
    middle = [i for i, p in enumerate(paragraphs) if len(p.split()) > 20]
    target = middle[(len(middle) // 2 + 7 * number) % len(middle)]
    paragraphs[target] = paragraphs[target].replace(" ", f" edited{number} ", 1)
    return "\n\n".join(paragraphs)


def reindex_after_edit(document: Path, work: Path, runs: int, env: dict[str, str], path: str) -> list[float]:
    """Index a copy of ``document``, then, ``runs`` times, edit one paragraph and re-index it (no --rebuild)."""
    walls = []
    original = document.read_text(encoding="utf-8")
    copy = work / f"edited-{path}.txt"
    copy.write_text(original, encoding="utf-8")
    index_once(copy, work / f"index-edit-{path}", env)
    for number in range(runs):
        copy.write_text(edit_paragraph(original, number), encoding="utf-8")
        walls.append(index_once(copy, work / f"index-edit-{path}", env, rebuild=False)[0])
        print(f"  {path} re-index after edit {number + 1}: {walls[-1]:.2f} s, load {os.getloadavg()[0]:.1f}", flush=True)
    return walls


def quality(
    paths: dict[str, dict[str, str]], trees: dict[str, Path], work: Path, data: Path, articles: int, questions: int
) -> dict:
    """Per path, in its own processes: bench/squad.py's hybrid figures and eval/questions.jsonl's metrics."""
    report: dict[str, dict] = {}
    for path, env in paths.items():
        out = work / f"squad-{path}.json"
        squad = [sys.executable, str(trees[path] / "bench" / "squad.py"), "--out", str(out), "--data", str(data),
                 "--articles", str(articles), "--max-questions", str(questions)]
        subprocess.run(squad, env=env, check=True, capture_output=True, cwd=trees[path])
        hybrid = json.loads(out.read_text(encoding="utf-8"))["retrievers"]["hybrid"]
        evaluated = subprocess.run(
            [sys.executable, "-m", "askdoc", "eval", "eval/questions.jsonl", "--json"],
            env={**env, "ASKDOC_INDEX_DIR": str(work / f"eval-{path}")}, check=True, capture_output=True, text=True,
            cwd=trees[path],
        )
        metrics = json.loads(evaluated.stdout)["metrics"]
        report[path] = {"squad": hybrid, "eval": {key: value for key, value in metrics.items() if "latency" not in key}}
    return report


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def print_speed(figures: dict, edits: dict[str, list[float]], runs: int) -> None:
    print(f"\n`askdoc index --rebuild` in fresh processes, median of {runs} runs (old = every sentence at index time, "
          "new = sentences on demand)")
    print(f"{'document':12} {'passages':>8} {'old s':>7} {'new s':>7} {'new/old':>7} {'old p/s':>8} {'new p/s':>8} "
          f"{'old MB':>7} {'new MB':>7} {'new/old':>7}")
    for name, paths in figures.items():
        old, new = paths["old"], paths["new"]
        walls = [median(old["wall"]), median(new["wall"])]
        rss = [median(old["rss"]), median(new["rss"])]
        passages = int(new["passages"][0])
        print(f"{name:12} {passages:8d} {walls[0]:7.2f} {walls[1]:7.2f} {walls[1] / walls[0]:7.2f} {passages / walls[0]:8.1f} "
              f"{passages / walls[1]:8.1f} {rss[0]:7.0f} {rss[1]:7.0f} {rss[1] / rss[0]:7.2f}")
    print(f"\n`askdoc ask --json` in fresh processes after each build, median s: first question, the same again, "
          f"then {SUMMARY!r}")
    print(f"{'document':12} {'old first':>9} {'new first':>9} {'old again':>9} {'new again':>9} {'old summ':>9} {'new summ':>9}")
    for name, paths in figures.items():
        cells = [median(paths[path][ask]) for ask in ASKS for path in ("old", "new")]
        print(f"{name:12} " + " ".join(f"{cell:9.2f}" for cell in cells))
    old, new = median(edits.get("old", [])), median(edits.get("new", []))
    print(f"re-index after editing one paragraph: old {old:.2f} s, new {new:.2f} s, new/old {new / old:.3f} "
          f"(new runs: {', '.join(f'{w:.2f}' for w in edits.get('new', []))})")


def print_quality(report: dict, articles: int, questions: int) -> None:
    print(f"\nSQuAD half ({articles} articles, {questions} questions each), hybrid retriever, and eval/questions.jsonl:")
    print(f"{'metric':22}" + "".join(f"{path:>10}" for path in report))
    for metric in ("recall@1", "recall@3", "accuracy", "abstention", "false_abstention"):
        print(f"{'squad ' + metric:22}" + "".join(f"{report[path]['squad'][metric]!s:>10}" for path in report))
    for metric in next(iter(report.values()))["eval"]:
        print(f"{'eval ' + metric:22}" + "".join(f"{report[path]['eval'][metric]!s:>10}" for path in report))


def print_targets(figures: Figures, edits: dict[str, list[float]], report: dict) -> None:
    """The issue's table: each target with the old and new figures of this run."""

    def wall(name: str, path: str, key: str = "wall") -> str:
        return f"{median(figures[name][path][key]):.2f} s" if name in figures else "-"

    def rss(name: str, path: str) -> str:
        return f"{median(figures[name][path]['rss']):.0f} MB" if name in figures else "-"

    def pair(path: str, part: str, first: str, second: str) -> str:
        return f"{report[path][part][first]} / {report[path][part][second]}" if path in report else "-"

    def edit(path: str) -> str:
        return f"{median(edits[path]):.2f} s" if edits.get(path) else "-"

    rows = [
        ("index the 36 KB text, wall (fresh process)", wall("text-36KB", "old"), wall("text-36KB", "new"), "<= 3 s"),
        ("index the 400 KB text, wall / peak RSS", f"{wall('text-400KB', 'old')} / {rss('text-400KB', 'old')}",
         f"{wall('text-400KB', 'new')} / {rss('text-400KB', 'new')}", "<= 20 s / <= 400 MB"),
        ("first `ask` after indexing the 400 KB text", wall("text-400KB", "old", "first"), wall("text-400KB", "new", "first"),
         "(issue: say how much)"),
        ("re-index after editing one paragraph", edit("old"), edit("new"), "<= 2 s"),
        ("SQuAD half R@1 / R@3", pair("old", "squad", "recall@1", "recall@3"), pair("new", "squad", "recall@1", "recall@3"),
         "within 0.005"),
        ("eval hit@1 / accuracy", pair("old", "eval", "hit@1", "accuracy"), pair("new", "eval", "hit@1", "accuracy"),
         "within 0.005"),
    ]
    print(f"\n| measure | old | new | target |  (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--old-rev", default=OLD_REV, help="the revision measured as the old path")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="SQuAD 2.0 JSON file (the half)")
    parser.add_argument("--articles", type=int, default=4, help="SQuAD articles, spread evenly")
    parser.add_argument("--max-questions", type=int, default=40, help="at most M questions per article")
    parser.add_argument("--documents", help="comma-separated subset, in this order: article,text-36KB,text-400KB,pdf-30pages")
    parser.add_argument("--edit-document", default="text-400KB", help="the document edited and re-indexed")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--skip-quality", action="store_true")
    parser.add_argument("--work-dir", type=Path, help="keep documents and indexes here (default: a temp dir)")
    args = parser.parse_args()
    work = args.work_dir or Path(tempfile.mkdtemp(prefix="askdoc-index-speed-"))
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "ASKDOC_CACHE_DIR": str(work / "cache")}
    trees = {"old": old_tree(work, args.old_rev), "new": ROOT}
    paths = {path: {**env, "PYTHONPATH": str(tree / "src")} for path, tree in trees.items()}
    # The export, once, before any timing, in a child: a forked child's peak RSS counts its
    # parent's at the fork, so this process must not have loaded torch before the timings.
    subprocess.run([sys.executable, "-c", EXPORT], env=paths["new"], check=True)
    print(f"load average before: {os.getloadavg()}")
    figures: Figures = {}
    edits: dict[str, list[float]] = {}
    report: dict = {}
    if not args.skip_speed:
        documents = make_documents(work / "documents")
        edited = documents[args.edit_document]
        edits = {path: reindex_after_edit(edited, work, args.runs, env, path) for path, env in paths.items()}
        chosen = args.documents.split(",") if args.documents else list(documents)
        figures = timings({name: documents[name] for name in chosen}, work, args.runs, paths)
        print_speed(figures, edits, args.runs)
        print(f"load average after the timings: {os.getloadavg()}")
    if not args.skip_quality:
        report = quality(paths, trees, work, args.data, args.articles, args.max_questions)
        print_quality(report, args.articles, args.max_questions)
    print_targets(figures, edits, report)
    if not args.work_dir:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
