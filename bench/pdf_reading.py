"""PDF reading on the fixture PDFs: words glued together, running heads left in the text, parse time.

Glued: an alphabetic token of the read text (6+ letters) that the reference reading of the same
PDF never has as a word but that splits wholly into its words (2+ letters each), so
"Toviewversionsofall" counts and a rare real word does not. The reference reading and word list is
poppler's `pdftotext` of the same file (Debian poppler-utils, a bench tool only, never a runtime
dependency): the document's own vocabulary as a reader of the page sees it. Long: such tokens of
16+ letters. Broken: two adjacent tokens, neither a reference word, that join into one (a space
read inside a word). Heads: content paragraphs that are a line opening a page of the reference
reading (12+ characters): running heads ("Chapter 2: ASN.1 structure handling 3") read as text.
Compared (headings and running-head rules as committed in every row): word_gap=inf (the reading
before pdf_word_gaps.py) and word gaps of 0.10/0.15/0.20/0.25 em.
Time: the parse of all fixtures against the old reading, in the same run.
Run: python bench/pdf_reading.py [--document libtasn1] [--adopted-only] (the smoke run: one PDF, old and adopted gap)
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import itertools
import math
import re
import subprocess
import time
from pathlib import Path

from askdoc.documents.formats.pdf import parse_pdf
from askdoc.documents.formats.pdf_word_gaps import WORD_GAP
from askdoc.types import Document

ROOT = Path(__file__).resolve().parents[1]
PDFS = sorted((ROOT / "tests" / "fixtures" / "real").glob("*.pdf"))
GAPS = {"old (no word gaps)": math.inf, "gap 0.10 em": 100.0, "gap 0.15 em": 150.0, "gap 0.20 em": 200.0, "gap 0.25 em": 250.0}
WORD = re.compile(r"[A-Za-z]+")


def reference(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True).stdout


def splits(token: str, vocabulary: set[str]) -> bool:
    """Whether the token is two or more vocabulary words run together."""
    reach = [0] + [-1] * len(token)
    for end in range(2, len(token) + 1):
        for start in range(end - 1):
            if reach[start] >= 0 and (end - start >= 2) and token[start:end] in vocabulary and (start or end < len(token)):
                reach[end] = max(reach[end], reach[start] + 1)
    return reach[len(token)] >= 2


def page_tops(text: str) -> set[str]:
    """The first line of every page but the first in the reference reading: running heads where the PDF has them."""
    pages = [[line.strip() for line in page.splitlines() if line.strip()] for page in text.split("\f")[1:]]
    return {" ".join(lines[0].split()) for lines in pages if lines and len(lines[0]) >= 12}


def figures(document: Document, ref: str) -> dict[str, int]:
    vocabulary = {word.lower() for word in WORD.findall(ref)}
    tokens = [token.lower() for token in WORD.findall(document.text)]
    glued = [t for t in tokens if len(t) >= 6 and t not in vocabulary and splits(t, vocabulary)]
    broken = [a + b for a, b in itertools.pairwise(tokens) if {a, b}.isdisjoint(vocabulary) and a + b in vocabulary]
    tops = page_tops(ref)
    heads = sum(" ".join(document.text[p.start : p.end].split()) in tops for p in document.paragraphs if p.role == "content")
    return {"glued": len(glued), "long": sum(len(t) >= 16 for t in glued), "broken": len(broken), "heads": heads}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--document", action="append", help="a fixture PDF's stem (default: all)")
    parser.add_argument("--adopted-only", action="store_true", help="compare the old reading with the adopted gap only")
    args = parser.parse_args()
    pdfs = [path for path in PDFS if not args.document or path.stem in args.document]
    gaps = {name: gap for name, gap in GAPS.items() if not args.adopted_only or gap in (math.inf, WORD_GAP)}
    raws = {path: path.read_bytes() for path in pdfs}
    refs = {path: reference(path) for path in pdfs}
    times: dict[str, float] = {}
    print(f"{'reading':20} " + "  ".join(f"{p.stem:>28}" for p in pdfs))
    print(f"{'':20} " + "  ".join(f"{'glued long broken heads':>28}" for _ in pdfs))
    for name, gap in gaps.items():
        parse = functools.partial(parse_pdf, word_gap=gap)
        row, elapsed = [], 0.0
        for path, raw in raws.items():
            started = time.perf_counter()
            document = parse(raw, str(path), hashlib.sha256(raw).hexdigest())
            elapsed += time.perf_counter() - started
            f = figures(document, refs[path])
            row.append(f"{f['glued']:>7} {f['long']:>5} {f['broken']:>6} {f['heads']:>7}")
        times[name] = elapsed
        print(f"{name:20} " + "  ".join(f"{cell:>28}" for cell in row))
    old = times["old (no word gaps)"]
    timings = ", ".join(f"{name} {seconds:.2f} s ({seconds / old:.2f}x)" for name, seconds in times.items())
    print(f"parse time, all fixtures: {timings}")


if __name__ == "__main__":
    main()
