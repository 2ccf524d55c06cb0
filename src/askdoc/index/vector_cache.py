"""Passage vectors kept between builds, keyed by what they were computed from.

A key is the hash of the encoder's identity (model fingerprint and export variant), the kind
of vectors (a chunk's row, passage_vectors.py, or its sentences' rows, sentence_vectors.py) and
the chunk's indexed text with its sentence offsets; the value is those rows. Editing one paragraph
of a long document changes one or two chunks, so a rebuild embeds only those. The cache is
one SQLite file under the cache directory: every write is a transaction (a crash leaves the
previous state), several processes may share it, and it is trimmed to MAX_BYTES, least
recently used first.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path

import numpy as np

from askdoc.index.cache_db import connect

FILE_NAME = "vectors.sqlite3"
# 256 MB holds the vectors of about 30k chunks with their sentences (~8 KB each at 384
# dimensions), some 15 documents the size of the bash manual.
MAX_BYTES = 256 * 1024 * 1024
# A row's last use is refreshed when older than this: SQLite rewrites a whole row to update one
# column, so refreshing every row at every build rewrote all its vectors (the bash manual's 1175
# chunks: 10 MB, 0.1 s of a 3 s re-index). An hour is nothing to an eviction order that spans days.
_REFRESH_AFTER = 3600.0
_SCHEMA = "CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, rows BLOB NOT NULL, used REAL NOT NULL)"


def chunk_key(identity: str, kind: str, text: str, spans: Sequence[tuple[int, int]]) -> str:
    """The cache key of one chunk's vectors."""
    digest = hashlib.sha256()
    for part in (identity, kind, text, ",".join(f"{a}:{b}" for a, b in spans)):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


class VectorCache:
    """Rows of float32 vectors by key, in one SQLite file."""

    def __init__(self, path: Path, dimension: int, max_bytes: int = MAX_BYTES):
        self.path = Path(path)
        self.dimension = dimension
        self.max_bytes = max_bytes

    def get(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        """The cached rows of those ``keys`` that are present (a damaged cache reads as empty)."""
        found: dict[str, np.ndarray] = {}
        try:
            with closing(connect(self.path, _SCHEMA)) as connection, connection:
                for start in range(0, len(keys), 500):
                    batch = list(keys[start : start + 500])
                    marks = ",".join("?" * len(batch))
                    for key, blob in connection.execute(f"SELECT key, rows FROM vectors WHERE key IN ({marks})", batch):
                        rows = np.frombuffer(blob, dtype=np.float32)
                        if rows.size and rows.size % self.dimension == 0:
                            found[key] = rows.reshape(-1, self.dimension)
                    now = time.time()
                    connection.execute(
                        f"UPDATE vectors SET used = ? WHERE key IN ({marks}) AND used < ?", [now, *batch, now - _REFRESH_AFTER]
                    )
        except sqlite3.Error:
            return {}
        return found

    def put(self, entries: dict[str, np.ndarray]) -> None:
        """Store ``entries`` in one transaction, then trim the file to its bound; failures only lose the cache."""
        if not entries:
            return
        now = time.time()
        try:
            with closing(connect(self.path, _SCHEMA)) as connection:
                with connection:
                    connection.executemany(
                        "INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
                        [(key, np.ascontiguousarray(rows, dtype=np.float32).tobytes(), now) for key, rows in entries.items()],
                    )
                with connection:
                    self._trim(connection)
        except sqlite3.OperationalError:  # locked past the timeout, disk full: this build just is not cached
            return
        except sqlite3.DatabaseError:  # not a database any more: it is only a cache, start it again
            self.path.unlink(missing_ok=True)

    def _trim(self, connection: sqlite3.Connection) -> None:
        """Drop the least recently used entries while the stored vectors exceed ``max_bytes``."""
        total = connection.execute("SELECT COALESCE(SUM(LENGTH(rows)), 0) FROM vectors").fetchone()[0]
        if total <= self.max_bytes:
            return
        excess, doomed = total - self.max_bytes * 3 // 4, []
        for key, size in connection.execute("SELECT key, LENGTH(rows) FROM vectors ORDER BY used"):
            if excess <= 0:
                break
            doomed.append((key,))
            excess -= size
        connection.executemany("DELETE FROM vectors WHERE key = ?", doomed)
