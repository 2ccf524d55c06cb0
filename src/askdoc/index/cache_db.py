"""The SQLite files of the cache directory (vectors, token counts): opened one way."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def connect(path: Path, schema: str) -> sqlite3.Connection:
    """A connection to the cache file at ``path``, its folder and ``schema`` (CREATE ... IF NOT EXISTS) made first.

    Several processes may share the file: a writer waits up to 30 s for another's transaction.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, timeout=30)
    connection.execute(schema)
    return connection
