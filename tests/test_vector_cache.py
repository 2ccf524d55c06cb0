"""The vector cache refreshes a row's last use only when it is old: a build does not rewrite every row."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import numpy as np

from askdoc.index.vector_cache import VectorCache


def test_reading_refreshes_only_rows_unused_for_an_hour(tmp_path: Path) -> None:
    path = tmp_path / "vectors.sqlite3"
    cache = VectorCache(path, dimension=4)
    cache.put({"old": np.ones((2, 4), dtype=np.float32), "recent": np.zeros((2, 4), dtype=np.float32)})
    long_ago, a_minute_ago = time.time() - 2 * 3600, time.time() - 60
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE vectors SET used = ? WHERE key = 'old'", (long_ago,))
        connection.execute("UPDATE vectors SET used = ? WHERE key = 'recent'", (a_minute_ago,))
    found = cache.get(["old", "recent"])
    assert np.array_equal(found["old"], np.ones((2, 4), dtype=np.float32)) and set(found) == {"old", "recent"}
    with sqlite3.connect(path) as connection:
        used = dict(connection.execute("SELECT key, used FROM vectors"))
    assert used["old"] > a_minute_ago and used["recent"] == a_minute_ago
