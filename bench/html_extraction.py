"""HTML extraction on the corpus pages: words kept of the main text, navigation leaked into content.

Words kept: the share of eval/real evidence phrases (spans a reader sees on the page) found in
the clean text. Leaked: navigation lines ("Next:", "Previous:", "Up:", "[Contents]", "Skip to")
left among the content paragraphs. Compared: trafilatura's XML walked as before issue 11 (a
paragraph holding <code> lost the words after it), trafilatura with favor_precision, and the
adopted walk (inline code kept, navigation a furniture role). Run: python bench/html_extraction.py
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import trafilatura
from lxml import etree

from askdoc.documents.loader import load_document

ROOT = Path(__file__).resolve().parents[1]
PAGES = ["python-zipapp", "gnu-maintain", "globalvoices-brazil-digital-crimes-bill", "globalvoices-africa-lgbt-blogosphere"]
NAV = re.compile(r"(?im)^(next:|previous:|up:|skip to)|\[contents\]|\[index\]")


def fold(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def trafilatura_text(html: str, **options) -> str:
    xml = trafilatura.extract(html, output_format="xml", include_comments=False, include_tables=True, **options)
    root = etree.fromstring(xml.encode())
    return "\n".join(" ".join(e.itertext()) for e in root.iter("p", "head", "item", "code", "row", "quote"))


def old_walk_text(html: str) -> str:
    """The walk before issue 11: a <p> with a <code> child kept only the text before it."""
    xml = trafilatura.extract(html, output_format="xml", include_comments=False, include_tables=True, favor_recall=True)
    root = etree.fromstring(xml.encode())
    lines = []
    for element in root.iter("p", "head", "item"):
        if any(child.tag == "code" for child in element):
            lines.append(element.text or "")
        else:
            lines.append(" ".join(element.itertext()))
    return "\n".join(lines)


def adopted_content(path: Path) -> str:
    document = load_document(path)
    return "\n".join(document.text[p.start : p.end] for p in document.paragraphs if p.role == "content")


def main() -> None:
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    rows = {"walk before issue 11": [0, 0, 0], "favor_precision": [0, 0, 0], "favor_recall (adopted walk)": [0, 0, 0]}
    for name in PAGES:
        items = [json.loads(line) for line in (ROOT / "eval" / "real" / f"{name}.jsonl").read_text().splitlines() if line]
        path = ROOT / items[0]["doc"]
        html = path.read_text(encoding="utf-8")
        texts = {
            "walk before issue 11": old_walk_text(html),
            "favor_precision": trafilatura_text(html, favor_precision=True),
            "favor_recall (adopted walk)": adopted_content(path),
        }
        evidence = [item["evidence"] for item in items if item["evidence"]]
        for label, text in texts.items():
            rows[label][0] += sum(fold(phrase) in fold(text) for phrase in evidence)
            rows[label][1] += len(evidence)
            rows[label][2] += len(NAV.findall(text))
    for label, (kept, total, leaked) in rows.items():
        print(f"{label:30s} evidence kept {kept}/{total} ({kept / total:.2f})  navigation lines in content {leaked}")


if __name__ == "__main__":
    main()
