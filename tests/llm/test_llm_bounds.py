"""Bounded endpoint I/O: one deadline for the whole exchange, 64 KB of answer at most, reasons on one short line.

The hostile servers here are real HTTP servers on 127.0.0.1; each stops by itself (after a few
MB, or when the client hangs up), so no test can run away.
"""

from __future__ import annotations

import json
import math
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from askdoc.answer.engine import Engine
from askdoc.errors import AskdocError
from askdoc.llm.ask import ask_llm
from askdoc.llm.bounded import ANSWER_CHARS
from askdoc.llm.config import LLMConfig, llm_config
from conftest import run_askdoc

pytestmark = pytest.mark.slow  # every test here answers with the model

QUESTION = "Who was named Prime Minister-designate?"
HANG_BOUND_S = 20  # far above the 1 s deadline: a bound against hanging, not a speed check
Behaviour = Callable[[BaseHTTPRequestHandler], None]


def _chunk(text: str) -> bytes:
    return f"data: {json.dumps({'choices': [{'index': 0, 'delta': {'content': text}}]})}\n\n".encode()


def drip_plain(handler: BaseHTTPRequestHandler) -> None:
    """Headers, then one byte of a JSON body every 0.2 s, for up to 60 s."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.end_headers()
    for byte in (b'{"choices": [{"message": {"content": "' + b"a" * 300)[:300]:
        handler.wfile.write(bytes([byte]))
        handler.wfile.flush()
        time.sleep(0.2)


def drip_sse(handler: BaseHTTPRequestHandler) -> None:
    """An event stream whose drafts never end: one word every 0.1 s, for up to 60 s."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/event-stream")
    handler.end_headers()
    for _ in range(600):
        handler.wfile.write(_chunk("more "))
        handler.wfile.flush()
        time.sleep(0.1)


def huge_plain(handler: BaseHTTPRequestHandler) -> None:
    """A 4 MB one-sentence answer."""
    body = json.dumps({"choices": [{"message": {"content": "word " * 800_000}}]}).encode()
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def huge_sse(handler: BaseHTTPRequestHandler) -> None:
    """4 MB of streamed draft, in 1 KB deltas, as fast as the client reads."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/event-stream")
    handler.end_headers()
    for _ in range(4096):
        handler.wfile.write(_chunk("x" * 1023 + " "))
    handler.wfile.write(b"data: [DONE]\n\n")


def huge_error(handler: BaseHTTPRequestHandler) -> None:
    """HTTP 500 with a 4 MB error message of one line."""
    body = json.dumps({"error": {"message": "broken " * 600_000}}).encode()
    handler.send_response(500)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


@pytest.fixture
def serve() -> Iterator[Callable[[Behaviour], str]]:
    servers: list[ThreadingHTTPServer] = []

    def start(behaviour: Behaviour) -> str:
        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                """Quiet."""

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers["Content-Length"]))
                with suppress(BrokenPipeError, ConnectionResetError):  # the client hung up: the server stops by itself
                    behaviour(self)

        httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        httpd.daemon_threads = True
        threading.Thread(target=httpd.serve_forever, args=(0.02,), daemon=True).start()
        servers.append(httpd)
        return f"http://127.0.0.1:{httpd.server_address[1]}/v1"

    yield start
    for httpd in servers:
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.parametrize(("behaviour", "streamed"), [(drip_plain, False), (drip_sse, True)], ids=["plain", "sse"])
def test_dripping_server_is_cut_at_the_total_deadline(engine: Engine, serve, behaviour: Behaviour, streamed: bool) -> None:
    config = LLMConfig(serve(behaviour), "m", timeout_s=1.0)
    deltas: list[str] = []
    started = time.monotonic()
    result = ask_llm(engine, QUESTION, config, on_delta=deltas.append if streamed else None)
    assert time.monotonic() - started < HANG_BOUND_S
    assert result.report.used is False and result.report.fallback_reason == "the endpoint did not answer within 1 s"
    assert ("more" in "".join(deltas)) == streamed


def test_huge_reply_is_refused_without_reading_it(engine: Engine, serve) -> None:
    result = ask_llm(engine, QUESTION, LLMConfig(serve(huge_plain), "m", timeout_s=30.0))
    assert result.report.fallback_reason == "the endpoint's reply is larger than 256 KB"


def test_huge_streamed_draft_is_cut_at_64_kb(engine: Engine, serve) -> None:
    deltas: list[str] = []
    result = ask_llm(engine, QUESTION, LLMConfig(serve(huge_sse), "m", timeout_s=30.0), on_delta=deltas.append)
    assert len("".join(deltas)) == ANSWER_CHARS
    reason = result.report.fallback_reason or ""
    assert result.report.used is False and "\n" not in reason and len(reason) <= 200


def test_huge_error_body_becomes_one_short_line(engine: Engine, serve) -> None:
    result = ask_llm(engine, QUESTION, LLMConfig(serve(huge_error), "m", timeout_s=30.0))
    reason = result.report.fallback_reason or ""
    assert reason.startswith("the endpoint answered HTTP 500: ") and "broken broken" in reason
    assert reason.endswith("…") and len(reason) == 200


@pytest.mark.parametrize("value", [math.nan, math.inf])
def test_timeout_must_be_finite(value: float) -> None:
    with pytest.raises(AskdocError, match=rf"^--llm-timeout must be a finite number, not {value}\.$"):
        llm_config("http://127.0.0.1:1/v1", "m", timeout_s=value, environ={})
    with pytest.raises(AskdocError, match=rf"^ASKDOC_LLM_TIMEOUT must be a finite number, not {value}\.$"):
        llm_config("http://127.0.0.1:1/v1", "m", environ={"ASKDOC_LLM_TIMEOUT": str(value)})


def test_cli_refuses_a_nan_timeout_in_one_sentence(tmp_path) -> None:
    env = {"ASKDOC_INDEX_DIR": str(tmp_path), "ASKDOC_LLM_BASE_URL": "http://127.0.0.1:1/v1", "ASKDOC_LLM_MODEL": "m"}
    result = run_askdoc("ask", QUESTION, "--llm", "--llm-timeout", "nan", env=env)
    assert result.returncode == 2 and result.stderr == "askdoc: --llm-timeout must be a finite number, not nan.\n"
    result = run_askdoc("ask", QUESTION, "--llm", env={**env, "ASKDOC_LLM_TIMEOUT": "inf"})
    assert result.returncode == 2 and result.stderr == "askdoc: ASKDOC_LLM_TIMEOUT must be a finite number, not inf.\n"
