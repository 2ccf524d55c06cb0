"""Token counts kept between builds of a document, so a rebuild after an edit encodes only new texts.

The chunker counts some 7.7k texts of the 400 KB bash manual (paragraphs, sentences, windows);
after an edit nearly all of them are the same texts as last time. A :class:`CountMemo` answers
those from the counts of the document's previous build and counts only the others with
tiktoken; the chunks are the same, since a count is a function of the text alone. The counts of
each document (``scope``) are one row of an SQLite file in the cache directory: a text's 64-bit
BLAKE2b digest and its count, replaced after every build, the least recently built documents
dropped past MAX_SCOPES. A damaged or locked file only costs the encoding.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from contextlib import closing
from pathlib import Path

import numpy as np

from askdoc.index.cache_db import connect
from askdoc.text.tokens import ENCODING, count_tokens

FILE_NAME = "token_counts.sqlite3"
# About 100 KB a document the size of the bash manual: 500 documents are 50 MB at most.
MAX_SCOPES = 500
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS counts "
    "(scope TEXT PRIMARY KEY, digests BLOB NOT NULL, counts BLOB NOT NULL, used REAL NOT NULL)"
)


def text_digest(text: str) -> int:
    """The key of a text's count: 64 bits of BLAKE2b of its UTF-8 bytes."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")


class CountMemo:
    """count_tokens, answered from ``known`` counts where it can; remembers every count it gives."""

    def __init__(self, known: dict[int, int] | None = None):
        self.known = dict(known or {})
        self.used: dict[int, int] = {}

    def __call__(self, text: str) -> int:
        key = text_digest(text)
        count = self.known.get(key)
        if count is None:
            count = self.known[key] = count_tokens(text)
        self.used[key] = count
        return count


class CountCache:
    """Each document's token counts, by scope, in one SQLite file."""

    def __init__(self, path: Path, max_scopes: int = MAX_SCOPES):
        self.path = Path(path)
        self.max_scopes = max_scopes

    def memo(self, scope: str) -> CountMemo:
        """A memo holding the counts kept for ``scope`` (none when the file cannot be read)."""
        try:
            with closing(connect(self.path, _SCHEMA)) as connection:
                row = connection.execute("SELECT digests, counts FROM counts WHERE scope = ?", (_key(scope),)).fetchone()
        except sqlite3.Error:
            return CountMemo()
        if row is None:
            return CountMemo()
        digests, counts = np.frombuffer(row[0], dtype=np.uint64), np.frombuffer(row[1], dtype=np.int32)
        if len(digests) != len(counts):
            return CountMemo()
        return CountMemo(dict(zip(digests.tolist(), counts.tolist(), strict=True)))

    def keep(self, scope: str, memo: CountMemo) -> None:
        """Replace the counts of ``scope`` by those ``memo`` gave (one transaction); failures only lose them."""
        digests = np.fromiter(memo.used, dtype=np.uint64, count=len(memo.used))
        counts = np.fromiter(memo.used.values(), dtype=np.int32, count=len(memo.used))
        try:
            with closing(connect(self.path, _SCHEMA)) as connection, connection:
                connection.execute(
                    "INSERT OR REPLACE INTO counts VALUES (?, ?, ?, ?)",
                    (_key(scope), digests.tobytes(), counts.tobytes(), time.time()),
                )
                connection.execute(
                    "DELETE FROM counts WHERE scope NOT IN (SELECT scope FROM counts ORDER BY used DESC LIMIT ?)",
                    (self.max_scopes,),
                )
        except sqlite3.OperationalError:  # locked past the timeout, disk full: the next build encodes again
            return
        except sqlite3.DatabaseError:  # not a database any more: it is only a cache, start it again
            self.path.unlink(missing_ok=True)


def _key(scope: str) -> str:
    """Counts are kept per tokenizer too: another encoding's counts never answer."""
    return f"{ENCODING}\0{scope}"
