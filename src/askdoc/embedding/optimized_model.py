"""The export's model as onnxruntime optimises it, kept beside the export so that no later session optimises it again.

Opening ``model.onnx``, onnxruntime rewrites the graph (fuses attention, layer norm, GELU) on
every start. The first session that opens an export saves the rewritten graph in
``optimized-<onnxruntime version>/`` inside the export folder (written atomically, askdoc.files,
with its own ``checksums.json``, askdoc.embedding.export_checksums); later sessions open that one
with graph optimisation off. One that is missing, fails its checksums or does not load is written
again (and another version's is removed then); where it cannot be written (a read-only cache, a
full disk) the session optimises in memory, as it always did.

Opening the session in a fresh process (2 cores, load ~6, 6 runs each): 80 ms CPU / 104-200 ms
wall from ``model.onnx``, 50 ms CPU / 51-98 ms wall from the saved graph. It is saved at the
EXTENDED level, not ALL: ALL only adds layout changes for this machine's CPU (onnxruntime warns
that such a file fits only the machine that wrote it), and the saved graph gives the same vectors,
bit for bit, as ``model.onnx`` opened at the default level (tests/test_optimized_model.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from askdoc.embedding.export_checksums import checksum_damage, record_checksums
from askdoc.embedding.onnx_encoder import MODEL_NAME, WEIGHTS_NAME
from askdoc.files import discard, folder_written_atomically

if TYPE_CHECKING:
    import onnxruntime as ort

OPTIMIZED_PREFIX = "optimized-"
OPTIMIZED_FILES = (MODEL_NAME, WEIGHTS_NAME)
PROVIDERS = ["CPUExecutionProvider"]


def optimized_dir(export_dir: Path) -> Path:
    """Where the optimised graph of the export in ``export_dir`` is kept for this version of onnxruntime.

    The saved graph holds onnxruntime's own fused operators, so a graph saved by one version is
    not handed to another.
    """
    import onnxruntime as ort

    return export_dir / f"{OPTIMIZED_PREFIX}{ort.__version__}"


def _load_errors() -> tuple[type[Exception], ...]:
    """What onnxruntime raises for a model it cannot load or a file it cannot write."""
    from onnxruntime.capi import onnxruntime_pybind11_state as state

    return (OSError, state.Fail, state.InvalidGraph, state.InvalidProtobuf, state.NoSuchFile, state.RuntimeException)


def open_session(export_dir: Path, make_options: Callable[[], ort.SessionOptions]) -> ort.InferenceSession:
    """A session on the export's model: the saved optimised graph when it is intact, else one optimised (and saved) now."""
    import onnxruntime as ort

    folder = optimized_dir(export_dir)
    if checksum_damage(folder, OPTIMIZED_FILES) is None:
        options = make_options()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
        try:
            return ort.InferenceSession(str(folder / MODEL_NAME), options, providers=PROVIDERS)
        except _load_errors():  # intact but not loadable here: written again below
            pass
    try:
        return _optimise_and_save(export_dir, make_options())
    except _load_errors():  # cannot be written here: optimise in memory only
        return ort.InferenceSession(str(export_dir / MODEL_NAME), make_options(), providers=PROVIDERS)


def _optimise_and_save(export_dir: Path, options: ort.SessionOptions) -> ort.InferenceSession:
    """Open ``model.onnx`` optimised at the EXTENDED level, saving the optimised graph for this onnxruntime."""
    import onnxruntime as ort

    folder = optimized_dir(export_dir)
    with folder_written_atomically(folder) as tmp:
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
        options.optimized_model_filepath = str(tmp / MODEL_NAME)
        # The weights go to a file of their own beside the graph, as in the export itself.
        options.add_session_config_entry("session.optimized_model_external_initializers_file_name", WEIGHTS_NAME)
        options.add_session_config_entry("session.optimized_model_external_initializers_min_size_in_bytes", "1024")
        session = ort.InferenceSession(str(export_dir / MODEL_NAME), options, providers=PROVIDERS)
        record_checksums(tmp, OPTIMIZED_FILES)
    for other in export_dir.glob(f"{OPTIMIZED_PREFIX}*"):  # another onnxruntime's, never used again
        if other != folder:
            discard(other)
    return session
