"""askdoc: answers questions about a document and shows the passages each answer came from."""

import os

__version__ = "0.1.0"

# faiss and torch each bring an OpenMP runtime; with the default busy-wait policy the
# idle one spins and a 25 ms query embedding takes 500 ms. Must be set before either loads.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
