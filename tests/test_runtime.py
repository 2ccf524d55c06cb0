"""Importing askdoc leaves the process alone; runtime.configure() (the command's first step) sets it up."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import ROOT

PROBE = """
import json, os
import askdoc.answer.engine, askdoc.index.build, askdoc.index.dense, askdoc.embedding.embedder, askdoc.cli.main
names = ("OMP_WAIT_POLICY", "HF_HUB_OFFLINE", "TOKENIZERS_PARALLELISM")
before = {name: os.environ.get(name) for name in names}
import faiss
threads = faiss.omp_get_max_threads()
from askdoc.runtime import configure, faiss_for_search
configure()
after = {name: os.environ.get(name) for name in names}
print(json.dumps({"before": before, "after": after, "threads": [threads, faiss_for_search().omp_get_max_threads()]}))
"""


def test_configure_sets_what_importing_does_not() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("OMP_WAIT_POLICY", "HF_HUB_OFFLINE", "TOKENIZERS_PARALLELISM")}
    env.update(PYTHONPATH=str(ROOT / "src"), OMP_NUM_THREADS="2")
    result = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120, check=True)
    seen = json.loads(result.stdout)
    assert seen["before"] == {"OMP_WAIT_POLICY": None, "HF_HUB_OFFLINE": None, "TOKENIZERS_PARALLELISM": None}
    assert seen["after"] == {"OMP_WAIT_POLICY": "PASSIVE", "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    assert seen["threads"] == [2, 1]
