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

# BM25's saturation and length normalisation. bench/real_retrieval.py (eval/dev questions over the real documents)
# measured k1 0.9-2.0 x b 0.3-0.9 against these: b 0.5 won on its fit half (hit@1/MRR .704/.772 -> .726/.785) and
# held half (.761/.822 -> .776/.828), but end to end it cost eval/questions.jsonl hit@1 .923 -> .912, reader_questions
# .848 -> .838 and eval/real abstention recall .565 -> .522, so these stay.
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
    def build(cls, texts: Sequence[str], k1: float = K1, b: float = B) -> LexicalIndex:
        """Postings by term (sorted), each in document order, weighted in float64 and stored as float32 (BM25's ``k1``, ``b``).

        The weights are computed over arrays; each idf is still the scalar np.log of the
        per-term loop this replaced, so the arrays are the same bit for bit.
        """
        counts = [Counter(analyze(text)) for text in texts]
        n = len(texts)
        lengths = np.array([sum(count.values()) for count in counts], dtype=np.float64)
        average = float(lengths.mean()) if n and lengths.mean() > 0 else 1.0
        vocabulary = {term: i for i, term in enumerate(sorted({term for count in counts for term in count}))}
        terms = np.fromiter((vocabulary[term] for count in counts for term in count), dtype=np.int64)
        tfs = np.fromiter((tf for count in counts for tf in count.values()), dtype=np.float64, count=len(terms))
        docs = np.repeat(np.arange(n, dtype=np.int64), [len(count) for count in counts])
        order = np.lexsort((docs, terms))
        terms, tfs, docs = terms[order], tfs[order], docs[order]
        df = np.bincount(terms, minlength=len(vocabulary))
        idf_of = {int(d): np.log(1.0 + (n - int(d) + 0.5) / (int(d) + 0.5)) for d in np.unique(df)}
        idf = np.array([idf_of[int(d)] for d in df], dtype=np.float64)[terms]
        norm = k1 * (1.0 - b + b * lengths[docs] / average)
        weights = idf * tfs / (tfs + norm)
        indptr = np.zeros(len(vocabulary) + 1, dtype=np.int64)
        np.cumsum(df, out=indptr[1:])
        return cls(vocabulary, indptr, docs.astype(np.int32), weights.astype(np.float32), n)

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
