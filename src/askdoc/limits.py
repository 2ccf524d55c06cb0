"""The resource limits a user can set (ulimit) that askdoc cannot work under, each said in one sentence.

Under too small an address space (``ulimit -v``) faiss, onnxruntime or torch crash while they
load, with a segmentation fault no handler can catch: so the commands that load them, and the
one-time ONNX export, check the limit first (:func:`check_address_space`). Other limits bite
later, as errors: :func:`limit_sentence` tells the CLI's error boundary what to say for those.
"""

from __future__ import annotations

import errno
import resource

from askdoc.errors import AskdocError

# `askdoc ask` on the bundled article, its index built and the ONNX export cached: the lowest
# `ulimit -v` at which it answered was 668,750 KB (bisection to 10 MB on this machine, Python
# 3.11, faiss-cpu, onnxruntime); at 650,000 onnxruntime failed to allocate, at 500,000 an import
# failed, at 450,000 and below it died of a segfault. `askdoc index --rebuild` needed 643,750 KB.
# 800 MB leaves a fifth more for a longer document or a heavier chat.
ADDRESS_SPACE_MB = 800
# Exporting the model to ONNX (torch), the first run on a machine: answered at 2,000,000 KB,
# segfaulted at 1,950,000 down to 1,800,000 (bisection to 50 MB). A fifth more again.
EXPORT_ADDRESS_SPACE_MB = 2400
_MB = 1 << 20


def check_address_space(needed_mb: int = ADDRESS_SPACE_MB, task: str = "answering") -> None:
    """Raise AskdocError when the address-space limit is below ``needed_mb``, what ``task`` needs."""
    limit = _soft_limit(resource.RLIMIT_AS)
    if limit is not None and limit < needed_mb * _MB:
        raise AskdocError(f"The address-space limit (ulimit -v) is {limit // _MB} MB; {task} needs about {needed_mb} MB.")


def limit_sentence(exc: BaseException) -> str | None:
    """One sentence when ``exc`` is what a limit the user set (ulimit -v, -f or -n) causes; None otherwise."""
    address_space = _soft_limit(resource.RLIMIT_AS)
    if address_space is not None and (isinstance(exc, MemoryError | ImportError) or "bad_alloc" in str(exc)):
        return (
            f"The address-space limit (ulimit -v) of {address_space // _MB} MB was too small; "
            f"a first run, which exports the model, needs about {EXPORT_ADDRESS_SPACE_MB} MB."
        )
    if not isinstance(exc, OSError):
        return None
    path = exc.filename if exc.filename is not None else "A file askdoc needed"
    file_size = _soft_limit(resource.RLIMIT_FSIZE)
    if exc.errno == errno.EFBIG or (exc.errno is None and file_size is not None):
        size = "" if file_size is None else f" of {file_size // 1024} KB"
        return f"{path} cannot be written: it would pass the file size limit (ulimit -f){size}."
    if exc.errno == errno.EMFILE:
        files = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
        return f"{path} cannot be opened: too many files are open for the limit (ulimit -n) of {files}."
    return None


def _soft_limit(which: int) -> int | None:
    soft, _hard = resource.getrlimit(which)
    return None if soft == resource.RLIM_INFINITY else soft
