"""Document size limits and how sizes are said; kept apart so the CLI can name them without importing the loaders."""

DEFAULT_MAX_BYTES = 20_000_000


def size_text(size: int) -> str:
    """A byte count as people say it: 20 MB, 1.5 kB."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"
