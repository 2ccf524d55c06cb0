"""A real chat-completions server on 127.0.0.1 for the LLM tests: plain JSON or SSE, as the request asks.

Each test starts one (port 0), says how it should reply, and reads back the requests it received.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_PASSAGE = re.compile(r'<passage n="(\d+)"[^>]*>\n(.*?)\n</passage>', re.DOTALL)


@dataclass(frozen=True)
class Received:
    """One request as the server saw it."""

    path: str
    headers: dict[str, str]
    body: dict

    @property
    def system(self) -> str:
        return self.body["messages"][0]["content"]

    @property
    def user(self) -> str:
        return self.body["messages"][-1]["content"]

    def passages(self) -> dict[int, str]:
        """The numbered passages quoted in the user message."""
        return {int(n): text for n, text in _PASSAGE.findall(self.user)}

    def number_of(self, phrase: str) -> int:
        """The number of the passage that holds ``phrase``."""
        return next(n for n, text in self.passages().items() if phrase in text)


@dataclass
class Reply:
    """How to answer: the model's text (a function of the request), or a raw body, a status, delays.

    ``raw`` is sent as the body as it is (as an event stream when the request asked for one);
    ``stall_after`` (SSE only) sends that many chunks, the first holding only the role, then waits ``delay`` s.
    """

    text: Callable[[Received], str] | str = ""
    status: int = 200
    raw: str | None = None
    delay: float = 0.0
    stall_after: int | None = None


@dataclass
class ChatServer:
    """The server, its replies (used in order, the last one repeats) and the requests it received."""

    replies: list[Reply] = field(default_factory=list)
    received: list[Received] = field(default_factory=list)

    def __enter__(self) -> ChatServer:
        self._stop = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.02,), daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def next_reply(self) -> Reply:
        return self.replies[min(len(self.received), len(self.replies)) - 1]

    def wait(self, seconds: float) -> None:
        """Sleep, but wake at once when the server shuts down."""
        self._stop.wait(seconds)


def _handler(server: ChatServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the tests read ``server.received`` instead."""

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            request = Received(self.path, dict(self.headers), body)
            server.received.append(request)
            reply = server.next_reply()
            if self.path != "/v1/chat/completions":
                return self._send(404, "application/json", '{"error": {"message": "not found"}}')
            if reply.stall_after is None:
                server.wait(reply.delay)
            text = reply.text(request) if callable(reply.text) else reply.text
            streamed = bool(body.get("stream")) and reply.status == 200
            if reply.raw is not None or reply.status != 200:
                return self._send(reply.status, "text/event-stream" if streamed else "application/json", reply.raw or "")
            if streamed:
                return self._stream(text, reply)
            payload = {"object": "chat.completion", "choices": [{"index": 0, "message": {"role": "assistant", "content": text}}]}
            return self._send(200, "application/json", json.dumps(payload))

        def _send(self, status: int, content_type: str, text: str) -> None:
            data = text.encode()
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _stream(self, text: str, reply: Reply) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            deltas = re.findall(r"\S+\s*", text)
            chunks = [{"choices": [{"index": 0, "delta": {"role": "assistant"}}]}]
            chunks += [{"choices": [{"index": 0, "delta": {"content": delta}}]} for delta in deltas]
            chunks.append({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
            for i, chunk in enumerate(chunks):
                if i == reply.stall_after:
                    server.wait(reply.delay)
                    return
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                self.wfile.flush()
            self.wfile.write(b"data: [DONE]\n\n")

    return Handler
