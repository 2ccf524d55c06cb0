"""A chat-completions client for any OpenAI-compatible endpoint, plain or streamed (SSE), over httpx.

Written against the request and reply shapes that OpenAI, Ollama (``/v1``), llama.cpp's
``llama-server`` and vLLM share: POST ``{base_url}/chat/completions`` with ``model``,
``messages``, ``temperature``, ``max_tokens`` and ``stream``; the reply's
``choices[0].message.content``, or with ``stream: true`` server-sent events whose
``data:`` lines carry ``choices[0].delta.content`` until ``data: [DONE]``.
Every string the endpoint sends back passes the redaction boundary (askdoc.llm.redact) here,
before anything cuts, stores or shows it; every failure becomes an LLMError whose one-line
message names the cause and never the API key.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import httpx
from httpx_sse import SSEError, connect_sse

from askdoc.llm.config import LLMConfig
from askdoc.llm.context import Message
from askdoc.llm.errors import LLMError, one_line
from askdoc.llm.redact import Redactor


class ChatClient:
    """Sends one conversation to the endpoint and returns the reply's text."""

    def __init__(self, config: LLMConfig):
        self.config = config
        self.redact = Redactor(config.api_key)

    def complete(self, messages: Sequence[Message], max_tokens: int) -> str:
        """The whole reply at once (``stream: false``)."""
        with self._failures(), self._client() as client:
            response = client.post(self._url, json=self._body(messages, max_tokens, stream=False))
            self._raise_for_status(response)
            return self.redact(_content(_parse(response.text), "message"))

    def stream(self, messages: Sequence[Message], max_tokens: int) -> Iterator[str]:
        """The reply as text deltas, as the endpoint sends them (``stream: true``), redacted as one text."""
        yield from self.redact.stream(self._deltas(messages, max_tokens))

    def _deltas(self, messages: Sequence[Message], max_tokens: int) -> Iterator[str]:
        with self._failures(), self._client() as client:
            body = self._body(messages, max_tokens, stream=True)
            with connect_sse(client, "POST", self._url, json=body) as source:
                self._raise_for_status(source.response)
                for event in source.iter_sse():
                    if event.data.strip() == "[DONE]":
                        return
                    if delta := _content(_parse(event.data), "delta"):
                        yield delta
                raise LLMError("the endpoint's stream ended before data: [DONE]")

    @property
    def _url(self) -> str:
        return f"{self.config.base_url}/chat/completions"

    def _client(self) -> httpx.Client:
        headers = {"Authorization": f"Bearer {self.config.api_key}"} if self.config.api_key else {}
        return httpx.Client(headers=headers, timeout=httpx.Timeout(self.config.timeout_s))

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
        response.read()
        detail = _error_detail(response.text)
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
        except SSEError:
            reason = "the endpoint did not reply with a server-sent event stream"
        except httpx.InvalidURL:
            reason = f"{self.config.base_url} is not a valid URL"
        except httpx.HTTPError as exc:
            reason = f"the exchange with {self.config.base_url} failed: {exc}"
        raise LLMError(one_line(self.redact(reason)))


def _parse(text: str) -> dict:
    try:
        payload = json.loads(text)
    except json.JSONDecodeError:
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
    except json.JSONDecodeError:
        payload = None
    error = payload.get("error") if isinstance(payload, dict) else None
    message = error.get("message") if isinstance(error, dict) else error if isinstance(error, str) else text
    return " ".join(str(message).split())
