"""The redaction boundary: a hostile endpoint plants the API key in every field it returns; none of it is shown.

Every case runs against a real chat-completions server on 127.0.0.1 and checks the reason,
the `--json` object, the streamed drafts and the answer for any 6-character piece of the key
(so a key cut in half, or repeated in another case or split by spaces, is caught too).
"""

import json
from collections.abc import Iterator
from dataclasses import replace

import pytest
from chat_server import ChatServer, Received, Reply

from askdoc.answer.engine import Engine
from askdoc.llm.ask import LLMAnswer, ask_llm
from askdoc.llm.config import LLMConfig
from askdoc.llm.redact import REDACTED, Redactor
from askdoc.output.llm_json import llm_answer_to_json
from conftest import run_askdoc

pytestmark = pytest.mark.slow  # every test here answers with the model

KEY = "ZqXvKwJpRmTyBnLfGhDsWcVx"  # letters only, as many providers' keys are
QUESTION = "Who was named Prime Minister-designate?"
KADHIMI = "named former spy-chief Mustafa Kadhimi as Prime Minister-designate"


def leaks(text: str) -> bool:
    """True when any 6 consecutive characters of the key appear in ``text``, in any case, spaces ignored."""
    folded = "".join(text.lower().split())
    return any(KEY.lower()[i : i + 6] in folded for i in range(len(KEY) - 5))


def cited(key_text: str):
    def reply(request: Received) -> str:
        return f"Mustafa Kadhimi was named Prime Minister-designate, key {key_text} [{request.number_of(KADHIMI)}]."

    return reply


def spaced(key: str) -> str:
    return " ".join(key[i : i + 3] for i in range(0, len(key), 3))


PLANTED = {
    "reply text": ("plain", Reply(cited(KEY))),
    "reply text, other case": ("plain", Reply(cited(KEY.upper()))),
    "reply text, split by spaces": ("plain", Reply(cited(spaced(KEY)))),
    "streamed draft split across deltas": ("sse", Reply(cited(spaced(KEY.lower())))),
    "error body cut at 200 characters": ("plain", Reply(status=500, raw=json.dumps({"error": {"message": "x" * 190 + KEY}}))),
    "plain-text error body echoing the header": ("plain", Reply(status=401, raw=f"authorization: BEARER {KEY.lower()}")),
    "error object in a 200 reply": ("plain", Reply(raw=json.dumps({"error": f"quota exceeded for key {KEY}"}))),
    "error event in a stream": ("sse", Reply(raw=f"data: {json.dumps({'error': {'message': KEY}})}\n\n")),
    "refused sentence quoted in the reason": ("plain", Reply(f"The key is {KEY} and nothing more.")),
}


@pytest.fixture
def server() -> Iterator[ChatServer]:
    with ChatServer() as chat_server:
        yield chat_server


def _ask(engine: Engine, server: ChatServer, transport: str) -> tuple[LLMAnswer, list[str]]:
    config = replace(LLMConfig(server.base_url, "test-model", api_key=KEY, timeout_s=5.0))
    deltas: list[str] = []
    result = ask_llm(engine, QUESTION, config, on_delta=deltas.append if transport == "sse" else None)
    return result, deltas


@pytest.mark.parametrize("field", list(PLANTED))
def test_key_planted_by_the_endpoint_is_never_shown(engine: Engine, server: ChatServer, field: str) -> None:
    transport, reply = PLANTED[field]
    server.replies = [reply]
    result, deltas = _ask(engine, server, transport)
    assert server.received[0].headers["Authorization"] == f"Bearer {KEY}"
    assert result.report.used is False, "an answer holding the key must be refused"
    reason = result.report.fallback_reason or ""
    assert reason and "\n" not in reason and len(reason) <= 200
    shown = [reason, result.fallback_note or "", json.dumps(llm_answer_to_json(result)), result.answer.text, *deltas]
    assert not any(leaks(text) for text in shown), shown


def test_reason_keeps_the_redaction_marker_where_the_key_was(engine: Engine, server: ChatServer) -> None:
    server.replies = [Reply(status=500, raw=json.dumps({"error": {"message": f"bad key {KEY.upper()}"}}))]
    result, _ = _ask(engine, server, "plain")
    assert result.report.fallback_reason == f"the endpoint answered HTTP 500: bad key {REDACTED}"


def test_stream_redactor_catches_a_key_split_anywhere() -> None:
    redact = Redactor(KEY)
    text = f"before {KEY[:5]}\u200b{KEY[5:9].upper()} *{KEY[9:]}* after"
    for size in (1, 2, 5, 64):
        deltas = [text[i : i + size] for i in range(0, len(text), size)]
        assert "".join(redact.stream(deltas)) == f"before {REDACTED}* after"
    assert redact("no key here") == "no key here" and Redactor(None)(KEY) == KEY


def test_cli_shows_no_key_from_the_endpoint(article_index_dir) -> None:
    with ChatServer([Reply(status=403, raw=json.dumps({"error": {"message": "y" * 195 + KEY}}))]) as server:
        env = {
            "ASKDOC_INDEX_DIR": str(article_index_dir),
            "ASKDOC_LLM_BASE_URL": server.base_url,
            "ASKDOC_LLM_MODEL": "test-model",
            "ASKDOC_LLM_API_KEY": KEY,
        }
        plain = run_askdoc("ask", QUESTION, "--llm", env=env)
        as_json = run_askdoc("ask", QUESTION, "--llm", "--json", env=env)
    assert plain.returncode == as_json.returncode == 0
    assert plain.stderr.startswith("askdoc: LLM answer not used: the endpoint answered HTTP 403: yyy")
    assert json.loads(as_json.stdout)["llm"]["used"] is False
    assert not any(leaks(text) for text in (plain.stdout, plain.stderr, as_json.stdout, as_json.stderr))
