"""Bounded endpoint I/O: one deadline for a whole exchange, and size caps on what is read.

httpx's timeouts apply to each read, so a server that drips a byte a second never times out;
here a watchdog shuts the socket down when the exchange's deadline passes, whatever it is doing.
Bodies and server-sent events are read in chunks and refused past a size cap, so a huge reply
is never held in memory.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress

import httpx

from askdoc.llm.errors import LLMError

ANSWER_CHARS = 64 * 1024
"""The longest answer (or streamed draft) read from the model: far above the 60-word answers asked for."""
BODY_BYTES = 4 * ANSWER_CHARS
"""The largest body read at once: a plain reply's JSON around its answer, an error body, or one stream event."""


class Deadline:
    """The moment a whole exchange must be over."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self._end = time.monotonic() + seconds

    def remaining(self) -> float:
        return max(self._end - time.monotonic(), 0.001)

    @property
    def passed(self) -> bool:
        return time.monotonic() >= self._end


@contextmanager
def watchdog(response: httpx.Response, deadline: Deadline) -> Iterator[None]:
    """Shut the response's socket down at the deadline, so a blocked read returns at once."""
    stream = response.extensions.get("network_stream")
    sock = stream.get_extra_info("socket") if stream is not None else None
    timer = threading.Timer(deadline.remaining(), _shut, (sock,))
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def _shut(sock: socket.socket | None) -> None:
    if sock is not None:
        with suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def read_capped(response: httpx.Response, limit: int = BODY_BYTES, cut: bool = False) -> str:
    """The body as text; past ``limit`` bytes its start when ``cut``, else LLMError (the rest is not read)."""
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit and not cut:
            raise LLMError(f"the endpoint's reply is larger than {limit // 1024} KB")
        chunks.append(chunk)
        if size > limit:
            break
    return b"".join(chunks).decode(response.encoding or "utf-8", errors="replace")


def sse_data(response: httpx.Response, limit: int = BODY_BYTES) -> Iterator[str]:
    """The ``data`` of each server-sent event; LLMError for an event or line over ``limit`` bytes."""
    buffer, data = b"", []
    for chunk in response.iter_bytes():
        buffer += chunk
        *lines, buffer = buffer.split(b"\n")
        if len(buffer) > limit or sum(map(len, data)) > limit:
            raise LLMError(f"the endpoint sent a stream event larger than {limit // 1024} KB")
        for raw in lines:
            line = raw.rstrip(b"\r").decode("utf-8", errors="replace")
            if not line and data:
                yield "\n".join(data)
                data = []
            elif line.startswith("data:"):
                data.append(line[5:].removeprefix(" "))
