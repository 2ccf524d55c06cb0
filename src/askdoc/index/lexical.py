"""BM25 (Lucene variant) over stemmed words, stored as plain arrays so queries load in milliseconds.

bm25s builds the same eager sparse scores, but importing it costs about 0.4 s (scipy);
a one-shot question has no such budget, so scoring here needs only numpy and PyStemmer.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from askdoc.index.lexical_check import check_lexical_arrays
from askdoc.text.terms import analyze

K1 = 1.5
B = 0.75


class LexicalIndex:
    """Per-term postings of precomputed BM25 weights: a query sums the rows of its terms."""

    def __init__(self, vocabulary: dict[str, int], indptr: np.ndarray, docs: np.ndarray, weights: np.ndarray, n_docs: int):
        self.vocabulary = vocabulary
        self.indptr = indptr
        self.docs = docs
        self.weights = weights
        self.n_docs = n_docs

    @classmethod
    def build(cls, texts: Sequence[str]) -> LexicalIndex:
        counts = [Counter(analyze(text)) for text in texts]
        lengths = np.array([sum(count.values()) for count in counts], dtype=np.float64)
        average = float(lengths.mean()) if len(texts) and lengths.mean() > 0 else 1.0
        postings: dict[str, list[tuple[int, int]]] = {}
        for doc, count in enumerate(counts):
            for term, tf in count.items():
                postings.setdefault(term, []).append((doc, tf))
        vocabulary = {term: i for i, term in enumerate(sorted(postings))}
        indptr = np.zeros(len(vocabulary) + 1, dtype=np.int64)
        docs: list[int] = []
        weights: list[float] = []
        n = len(texts)
        for term, i in vocabulary.items():
            plist = postings[term]
            idf = np.log(1.0 + (n - len(plist) + 0.5) / (len(plist) + 0.5))
            for doc, tf in plist:
                norm = K1 * (1.0 - B + B * lengths[doc] / average)
                docs.append(doc)
                weights.append(idf * tf / (tf + norm))
            indptr[i + 1] = len(docs)
        return cls(vocabulary, indptr, np.array(docs, dtype=np.int32), np.array(weights, dtype=np.float32), n)

    def idf(self, term: str) -> float:
        """BM25 inverse document frequency; a term the documents never use gets the highest."""
        i = self.vocabulary.get(term)
        df = 0 if i is None else int(self.indptr[i + 1] - self.indptr[i])
        return float(np.log(1.0 + (self.n_docs - df + 0.5) / (df + 0.5)))

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every document for ``query`` (zeros where no term matches)."""
        result = np.zeros(self.n_docs, dtype=np.float32)
        for term in analyze(query):
            i = self.vocabulary.get(term)
            if i is not None:
                lo, hi = self.indptr[i], self.indptr[i + 1]
                np.add.at(result, self.docs[lo:hi], self.weights[lo:hi])
        return result

    def save(self, folder: Path) -> None:
        (folder / "lexical.json").write_text(json.dumps({"n_docs": self.n_docs, "vocabulary": self.vocabulary}), encoding="utf-8")
        np.savez(folder / "lexical.npz", indptr=self.indptr, docs=self.docs, weights=self.weights)

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex:
        """Read the index ``save`` wrote; ValueError when its parts do not fit together (askdoc.index.lexical_check)."""
        meta = json.loads((folder / "lexical.json").read_text(encoding="utf-8"))
        if not isinstance(meta, dict):
            raise ValueError("lexical.json is not an object")
        with np.load(folder / "lexical.npz") as arrays:
            indptr, docs, weights = arrays["indptr"], arrays["docs"], arrays["weights"]
        check_lexical_arrays(meta.get("vocabulary"), indptr, docs, weights, meta.get("n_docs"))
        return cls(meta["vocabulary"], indptr, docs, weights, meta["n_docs"])
