"""A chat-completions client for any OpenAI-compatible endpoint, plain or streamed (SSE), over httpx.

Written against the request and reply shapes that OpenAI, Ollama (``/v1``), llama.cpp's
``llama-server`` and vLLM share: POST ``{base_url}/chat/completions`` with ``model``,
``messages``, ``temperature``, ``max_tokens`` and ``stream``; the reply's
``choices[0].message.content``, or with ``stream: true`` server-sent events whose
``data:`` lines carry ``choices[0].delta.content`` until ``data: [DONE]``.
Every string the endpoint sends back passes the redaction boundary (askdoc.llm.redact) here,
before anything cuts, stores or shows it; every failure becomes an LLMError whose one-line
message names the cause and never the API key. Each exchange has one deadline (``timeout_s``)
and reads at most 64 KB of answer (askdoc.llm.bounded).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import httpx

from askdoc.llm.bounded import ANSWER_CHARS, Deadline, read_capped, sse_data, watchdog
from askdoc.llm.config import LLMConfig
from askdoc.llm.context import Message
from askdoc.llm.errors import LLMError, one_line
from askdoc.llm.redact import Redactor


class ChatClient:
    """Sends one conversation to the endpoint and returns the reply's text."""

    def __init__(self, config: LLMConfig):
        self.config = config
        self.redact = Redactor(config.api_key)
        self._deadline = Deadline(config.timeout_s)

    def complete(self, messages: Sequence[Message], max_tokens: int) -> str:
        """The whole reply at once (``stream: false``), redacted, then cut to 64 KB."""
        with self._failures(), self._exchange(messages, max_tokens, stream=False) as response:
            return self.redact(_content(_parse(read_capped(response)), "message"))[:ANSWER_CHARS]

    def stream(self, messages: Sequence[Message], max_tokens: int) -> Iterator[str]:
        """The reply as text deltas (``stream: true``), redacted as one text, then cut at 64 KB in all."""
        size = 0
        for delta in self.redact.stream(self._deltas(messages, max_tokens)):
            yield delta[: ANSWER_CHARS - size]
            size += len(delta)
            if size >= ANSWER_CHARS:
                return

    def _deltas(self, messages: Sequence[Message], max_tokens: int) -> Iterator[str]:
        with self._failures(), self._exchange(messages, max_tokens, stream=True) as response:
            if "text/event-stream" not in response.headers.get("content-type", ""):
                raise LLMError("the endpoint did not reply with a server-sent event stream")
            size = 0
            for data in sse_data(response):
                if data.strip() == "[DONE]":
                    return
                if delta := _content(_parse(data), "delta"):
                    yield delta
                    size += len(delta)
                    if size >= 2 * ANSWER_CHARS:  # enough past the cut for the redaction to see a key across it
                        return
            raise LLMError("the endpoint's stream ended before data: [DONE]")

    @contextmanager
    def _exchange(self, messages: Sequence[Message], max_tokens: int, stream: bool) -> Iterator[httpx.Response]:
        """The response to one request, its status checked, under the exchange's deadline."""
        self._deadline = Deadline(self.config.timeout_s)
        headers = {"Authorization": f"Bearer {self.config.api_key}"} if self.config.api_key else {}
        with httpx.Client(headers=headers, timeout=httpx.Timeout(self._deadline.remaining())) as client:
            request = client.build_request("POST", self._url, json=self._body(messages, max_tokens, stream))
            response = client.send(request, stream=True)
            try:
                with watchdog(response, self._deadline):
                    self._raise_for_status(response)
                    yield response
            finally:
                response.close()

    @property
    def _url(self) -> str:
        return f"{self.config.base_url}/chat/completions"

    def _body(self, messages: Sequence[Message], max_tokens: int, stream: bool) -> dict:
        return {
            "model": self.config.model,
            "messages": [{"role": message.role, "content": message.content} for message in messages],
            "temperature": 0,
            "max_tokens": max_tokens,
            "stream": stream,
        }

    @staticmethod
    def _raise_for_status(response: httpx.Response) -> None:
        if response.status_code < 400:
            return
        detail = _error_detail(read_capped(response, cut=True))
        raise LLMError(f"the endpoint answered HTTP {response.status_code}" + (f": {detail}" if detail else ""))

    @contextmanager
    def _failures(self) -> Iterator[None]:
        """Turn every way the exchange can fail into an LLMError with a one-line, key-free message."""
        try:
            yield
            return
        except LLMError as exc:
            reason = str(exc)
        except httpx.TimeoutException:
            reason = f"the endpoint did not answer within {self.config.timeout_s:g} s"
        except httpx.ConnectError:
            reason = f"could not connect to {self.config.base_url}"
        except httpx.InvalidURL:
            reason = f"{self.config.base_url} is not a valid URL"
        except httpx.HTTPError as exc:
            reason = f"the exchange with {self.config.base_url} failed: {exc}"
        if self._deadline.passed:  # the watchdog cut the exchange short: whatever broke, the cause is the deadline
            reason = f"the endpoint did not answer within {self.config.timeout_s:g} s"
        raise LLMError(one_line(self.redact(reason)))


def _parse(text: str) -> dict:
    try:
        payload = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        raise LLMError("the endpoint's reply was not valid JSON") from None
    if not isinstance(payload, dict):
        raise LLMError("the endpoint's reply was not a chat-completions object")
    if "error" in payload:
        raise LLMError(f"the endpoint reported an error: {_error_detail(text)}")
    return payload


def _content(payload: dict, key: str) -> str:
    """``choices[0][key].content`` of a reply (``message``) or of a stream chunk (``delta``, may be empty)."""
    choices = payload.get("choices")
    if not isinstance(choices, list) or (not choices and key == "message"):
        raise LLMError("the endpoint's reply has no choices")
    part = choices[0].get(key) if choices and isinstance(choices[0], dict) else None
    content = part.get("content") if isinstance(part, dict) else None
    if key == "delta" and content is None:
        return ""
    if not isinstance(content, str):
        raise LLMError(f"the endpoint's reply has no text in choices[0].{key}.content")
    return content


def _error_detail(text: str) -> str:
    """The message of an OpenAI-style error body, else the body (redacted, then cut, by the caller)."""
    try:
        payload = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        payload = None
    error = payload.get("error") if isinstance(payload, dict) else None
    message = error.get("message") if isinstance(error, dict) else error if isinstance(error, str) else text
    return " ".join(str(message).split())
