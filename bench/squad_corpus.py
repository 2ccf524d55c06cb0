"""The SQuAD 2.0 half as askdoc documents: one text file and one real index per article.

Each article's paragraphs, in order and joined by blank lines, make one .txt document that
is indexed by the real pipeline (askdoc.answer.engine.ensure_index). Every SQuAD paragraph is then
located in the index's clean text, so a retrieved chunk can be matched to the question's
gold paragraph by character offsets (see ``locate_paragraphs`` and ``paragraphs_of_chunks``).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from askdoc.documents.loader import Source, parse_source
from askdoc.embedding.embedder import Encoder, SentenceTransformerEncoder, default_model_path
from askdoc.embedding.query_encoder import ensure_onnx_export, open_query_encoder
from askdoc.index.build import IndexRequest, ensure_index
from askdoc.index.store import DocumentIndex, IndexSettings
from askdoc.types import Chunk, Span

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = (ROOT / "../shared/benchmarks/squad-v2-dev-half.json").resolve()


@dataclass(frozen=True)
class Question:
    """One SQuAD question; ``answers`` is empty when it is unanswerable (is_impossible)."""

    id: str
    text: str
    answers: tuple[str, ...]
    paragraph: int

    @property
    def answerable(self) -> bool:
        return bool(self.answers)


@dataclass(frozen=True)
class Article:
    """One SQuAD article: its paragraphs in order and the questions asked about them."""

    title: str
    paragraphs: tuple[str, ...]
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Encoders:
    """The product's two encoders: sentence-transformers builds indexes, questions get Engine.open's."""

    model_dir: Path
    build: Encoder
    questions: Encoder


def open_encoders() -> Encoders:
    """The bundled model's encoders; the ONNX export is made first, as ensure_index would."""
    model_dir = default_model_path()
    ensure_onnx_export(model_dir, lambda _message: None)
    return Encoders(model_dir, SentenceTransformerEncoder(model_dir), open_query_encoder(model_dir))


@dataclass(frozen=True)
class IndexedArticle:
    """An article with its real index and, per chunk, the SQuAD paragraphs the chunk overlaps."""

    article: Article
    document: Path
    index: DocumentIndex
    spans: tuple[Span, ...]
    chunk_paragraphs: tuple[frozenset[int], ...]

    def gold_rank(self, chunk_ids: Sequence[int], question: Question) -> int | None:
        """1-based rank of the first chunk that overlaps the question's paragraph, None if none does."""
        for rank, chunk_id in enumerate(chunk_ids, start=1):
            if question.paragraph in self.chunk_paragraphs[chunk_id]:
                return rank
        return None


def load_articles(path: Path) -> list[Article]:
    """Read a SQuAD 2.0 JSON file into Articles; a missing file ends the bench with one sentence."""
    if not path.is_file():
        print(f"There is no SQuAD 2.0 file at {path}: give one with --data PATH.", file=sys.stderr)
        raise SystemExit(2)
    data = json.loads(path.read_text(encoding="utf-8"))
    articles = []
    for entry in data["data"]:
        questions = [
            Question(
                id=qa["id"],
                text=qa["question"].strip(),
                answers=() if qa.get("is_impossible") else tuple(dict.fromkeys(a["text"] for a in qa["answers"])),
                paragraph=number,
            )
            for number, paragraph in enumerate(entry["paragraphs"])
            for qa in paragraph["qas"]
        ]
        articles.append(Article(entry["title"], tuple(p["context"] for p in entry["paragraphs"]), tuple(questions)))
    return articles


def pick_evenly(articles: list[Article], count: int | None) -> list[Article]:
    """``count`` articles spread evenly over the list (all of them when count is None or too big)."""
    if count is None or count >= len(articles):
        return articles
    return [articles[i * len(articles) // count] for i in range(count)]


def index_article(article: Article, work_dir: Path, encoders: Encoders) -> IndexedArticle:
    """Write the article as a text file and load its index, building it if missing or stale."""
    documents = work_dir / "documents"
    documents.mkdir(parents=True, exist_ok=True)
    document = documents / f"{article.title}.txt"
    text = "\n\n".join(article.paragraphs) + "\n"
    if not document.is_file() or document.read_text(encoding="utf-8") != text:
        document.write_text(text, encoding="utf-8")
    settings = IndexSettings(encoders.model_dir)
    index, _ = ensure_index(IndexRequest((document,), work_dir / "index", settings, make_encoder=lambda _path: encoders.build))
    spans = locate_paragraphs(article, document, index.text)
    return IndexedArticle(article, document, index, spans, paragraphs_of_chunks(index.chunks, spans))


def locate_paragraphs(article: Article, document: Path, clean_text: str) -> tuple[Span, ...]:
    """Each SQuAD paragraph's span in the document's clean text, found exactly.

    The text loader cleans line by line (inline markup, whitespace), so a paragraph parsed on
    its own, as a file of the document's name, yields the very characters it has inside the
    whole document. Searching for that text
    from the end of the previous paragraph gives its span; the check that only whitespace lies
    between consecutive spans (and before the first, after the last) proves the spans tile the
    clean text in order, so no paragraph can be matched at the wrong place.
    """
    spans: list[Span] = []
    cursor = 0
    for number, paragraph in enumerate(article.paragraphs):
        clean = parse_source(Source(document, paragraph.encode("utf-8"))).text
        start = clean_text.find(clean, cursor)
        if start < 0 or clean_text[cursor:start].strip():
            raise ValueError(f"{article.title}: paragraph {number} is not where expected in the clean text.")
        spans.append(Span(start, start + len(clean)))
        cursor = start + len(clean)
    if clean_text[cursor:].strip():
        raise ValueError(f"{article.title}: the clean text has more than its paragraphs.")
    return tuple(spans)


def paragraphs_of_chunks(chunks: Sequence[Chunk], spans: Sequence[Span]) -> tuple[frozenset[int], ...]:
    """For each chunk, the SQuAD paragraphs whose span it overlaps (half-open ranges)."""
    return tuple(
        frozenset(number for number, span in enumerate(spans) if chunk.start < span.end and span.start < chunk.end)
        for chunk in chunks
    )


class PrimedEncoder:
    """An Encoder that answers from vectors encoded beforehand in one batch, else encodes.

    Engine.ask encodes one question at a time; priming an article's questions in one
    batch gives the same vectors several times faster, and Engine.ask stays the path.
    """

    def __init__(self, encoder: Encoder):
        self._encoder = encoder
        self._vectors: dict[str, np.ndarray] = {}

    @property
    def dimension(self) -> int:
        return self._encoder.dimension

    def prime(self, texts: Sequence[str]) -> np.ndarray:
        """Encode ``texts`` in one batch, remember each vector and return them."""
        vectors = self._encoder.encode(list(texts))
        self._vectors.update(zip(texts, vectors, strict=True))
        return vectors

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if texts and all(text in self._vectors for text in texts):
            return np.stack([self._vectors[text] for text in texts])
        return self._encoder.encode(texts)
