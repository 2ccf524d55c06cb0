"""What verifying the ONNX export costs a one-shot `askdoc ask`: the stat check against hashing every file.

PYTHONPATH=src python bench/export_verify.py [--rounds 20]
"""

from __future__ import annotations

import argparse
import time

from askdoc.embedding.embedder import default_model_path
from askdoc.embedding.export_checksums import EXPORT_FILES, checksum_damage, file_sha256
from askdoc.embedding.query_encoder import ensure_onnx_export, export_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20)
    rounds = parser.parse_args().rounds
    model_dir = default_model_path()
    ensure_onnx_export(model_dir, print)
    folder = export_dir(model_dir)
    timings = {}
    for name, check in (
        ("stat check", lambda: checksum_damage(folder)),
        ("hash every file", lambda: [file_sha256(folder / f) for f in EXPORT_FILES]),
    ):
        check()
        started = time.perf_counter()
        for _ in range(rounds):
            check()
        timings[name] = (time.perf_counter() - started) / rounds
    for name, seconds in timings.items():
        print(f"{name}: {seconds * 1000:.2f} ms")
    print(f"hashing / stat check: {timings['hash every file'] / timings['stat check']:.0f}x")


if __name__ == "__main__":
    main()
