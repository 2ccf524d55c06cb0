"""Opening a document's Engine in steps the chat can show: index (built if needed), then the model.

Runs in the chat's worker thread; the retrieval stack (numpy, faiss, torch) is imported here,
on first call, never when the UI starts. Question encoders are kept in ``encoders``, so
opening another document does not load one again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from askdoc.answer.engine import Engine, IndexRequest
    from askdoc.embedding.embedder import Encoder

Report = Callable[[str], None]
RequestFactory = Callable[[Path, Report], "IndexRequest"]


def open_engine(request: IndexRequest, report: Report, encoders: dict[Path, Encoder]) -> Engine:
    """The document's Engine with its question encoder loaded, so the first question is answered at once."""
    from askdoc.answer.engine import Engine

    name = request.documents[0].name

    def build_encoder(model_dir: Path) -> Encoder:
        report(f"Indexing {name}: loading the embedding model…")
        encoder = request.make_encoder(model_dir)
        report(f"Indexing {name}: embedding its passages…")
        return encoder

    def query_encoder(model_dir: Path) -> Encoder:
        if model_dir not in encoders:
            report("Loading the question encoder…")
            encoders[model_dir] = request.make_query_encoder(model_dir)
        return encoders[model_dir]

    report(f"Opening the index of {name}…")
    engine = Engine.open(replace(request, make_encoder=build_encoder, make_query_encoder=query_encoder))
    query_encoder(Path(engine.index.manifest.model.path))
    return engine
