"""Checksums of an ONNX export, recorded when it is written and verified before it is used.

``checksums.json`` holds each file's sha256 with its size and mtime. Verifying hashes a file
only when its size or mtime differ from the recorded ones: hashing the whole export
(about 90 MB, mostly ``model.onnx.data``) costs 83 ms, the stat check 0.04 ms (bench/export_verify.py,
2,000x), and a one-shot ``askdoc ask`` runs the check twice.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from askdoc.embedding.onnx_encoder import CONFIG_NAME, MODEL_NAME, TOKENIZER_NAME, WEIGHTS_NAME

CHECKSUMS_NAME = "checksums.json"
EXPORT_FILES = (MODEL_NAME, WEIGHTS_NAME, TOKENIZER_NAME, CONFIG_NAME)
_CHUNK = 1 << 20


def file_sha256(path: Path) -> str:
    """The sha256 of a file, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def record_checksums(folder: Path, names: tuple[str, ...] = EXPORT_FILES) -> None:
    """Write ``checksums.json`` for the files ``names`` in ``folder``; call it once they are complete."""
    records = {}
    for name in names:
        stat = os.stat(folder / name)
        records[name] = {"sha256": file_sha256(folder / name), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
    (folder / CHECKSUMS_NAME).write_text(json.dumps(records, indent=2) + "\n", encoding="utf-8")


def checksum_damage(folder: Path, names: tuple[str, ...] = EXPORT_FILES) -> str | None:
    """Why the files ``names`` in ``folder`` do not match its checksums, or None when every one does."""
    try:
        records = json.loads((folder / CHECKSUMS_NAME).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return f"{CHECKSUMS_NAME} is missing"
    except (OSError, ValueError):
        return f"{CHECKSUMS_NAME} is not valid JSON"
    if not isinstance(records, dict):
        return f"{CHECKSUMS_NAME} is not a list of checksums"
    for name in names:
        record = records.get(name)
        if not isinstance(record, dict):
            return f"{CHECKSUMS_NAME} lacks {name}"
        try:
            stat = os.stat(folder / name)
            unchanged = (stat.st_size, stat.st_mtime_ns) == (record.get("size"), record.get("mtime_ns"))
            if not unchanged and file_sha256(folder / name) != record.get("sha256"):
                return f"{name} is not the file it was exported with"
        except OSError:
            return f"{name} is missing"
    return None
