"""The Python count of ASCII text is tiktoken's, on real documents' texts and on random ASCII."""

from __future__ import annotations

import random
from pathlib import Path

import tiktoken

from askdoc.documents.loader import parse_source, read_source
from askdoc.index.chunker import ChunkSettings, chunk_document
from askdoc.text.ascii_tokens import count_ascii_tokens
from askdoc.text.tokens import ENCODING, count_tokens, encoding_spec

REAL = Path(__file__).parent / "fixtures" / "real"
# Characters where the pattern's classes meet: letters around the contractions' s/d/m/t/ll/ve/re,
# digits, Rust's six white-space characters, \x1c-\x1f (white space to Python, not to Rust), \x7f.
ALPHABET = "aZ09 '\t\n\r\x0b\x0c.,;:!?-_()[]{}\"$%&*+/<=>@\\^`|~#sdmtlvreLVSD\x00\x1c\x1f\x7f"
WORDS = ["it's", "DON'T", "I'LL", "we've", "  ", "\n", " \n ", "\r\n", "1234567", "abc123def", "x--y", "...", "'s", "''", "\t "]


def _chunker_texts(name: str) -> list[str]:
    """Every text the chunker counts in a real document, at two budgets."""
    document = parse_source(read_source(REAL / name))
    asked: list[str] = []
    for budget in (200, 60):
        chunk_document(document, ChunkSettings(max_tokens=budget), lambda text: asked.append(text) or count_tokens(text))
    return [*asked, document.text]


def test_ascii_counts_are_tiktokens() -> None:
    encoding, ranks = tiktoken.get_encoding(ENCODING), encoding_spec()["mergeable_ranks"]
    rng = random.Random(13)
    texts = [text for name in ("ls.1.txt", "rich-README.md") for text in _chunker_texts(name)]
    texts += ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(2000)]
    texts += [" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 12))) for _ in range(1000)]
    texts = [text for text in texts if text.isascii()]
    assert len(texts) > 3000
    wrong = [text for text in texts if count_ascii_tokens(text, ranks) != len(encoding.encode(text, disallowed_special=()))]
    assert wrong == []
