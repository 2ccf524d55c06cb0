"""The CLI's top-level error boundary: what an exception becomes on stderr, and its exit code.

- An OSError with a meaning the user can act on (read-only, disk full, not a directory, no
  permission, a symlink loop) is one sentence naming the path: exit 2, as bad input.
- Anything else is unexpected: its traceback goes to a log file under the user's state
  directory (``ASKDOC_STATE_DIR`` overrides it), and stderr gets one line naming that file: exit 1.
"""

from __future__ import annotations

import errno
import os
import time
import traceback
from pathlib import Path

import platformdirs

EXIT_UNEXPECTED = 1
_MEANINGS = {
    errno.EROFS: "is on a read-only file system",
    errno.ENOSPC: "cannot be written: the disk is full",
    errno.EDQUOT: "cannot be written: the disk quota is used up",
    errno.ENOTDIR: "is not a directory (a part of the path is a file)",
    errno.EISDIR: "is a directory, not a file",
    errno.EACCES: "cannot be accessed: permission denied",
    errno.EPERM: "cannot be accessed: operation not permitted",
    errno.ELOOP: "is a symbolic link loop",
    errno.ENAMETOOLONG: "is too long a path",
    errno.ENOENT: "does not exist",
    errno.EEXIST: "is in the way: it already exists",
}


def os_error_sentence(exc: OSError) -> str | None:
    """One sentence for an OSError whose errno means something the user can fix; None otherwise."""
    meaning = _MEANINGS.get(exc.errno) if exc.errno is not None else None
    if meaning is None:
        return None
    path = exc.filename if exc.filename is not None else "a file askdoc needed"
    return f"{path} {meaning}."


def state_dir() -> Path:
    """Where askdoc keeps its logs: $ASKDOC_STATE_DIR, else the platform's user state directory."""
    return Path(os.environ.get("ASKDOC_STATE_DIR") or platformdirs.user_state_dir("askdoc"))


def log_unexpected(exc: BaseException) -> str:
    """Write ``exc``'s traceback to a new log file; the one line that names it (or says why it could not be written)."""
    text = "".join(traceback.format_exception(exc))
    try:
        folder = state_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"error-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.log"
        path.write_text(text, encoding="utf-8")
    except OSError:
        return f"askdoc: unexpected error ({type(exc).__name__}); the log could not be written either."
    return f"askdoc: unexpected error ({type(exc).__name__}); the details are in {path}"
