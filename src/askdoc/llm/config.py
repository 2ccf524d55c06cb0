"""Which OpenAI-compatible endpoint answers, and within what limits: flags override ASKDOC_LLM_* variables."""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from askdoc.errors import AskdocError
from askdoc.llm.redact import Redactor

DEFAULT_CONTEXT_TOKENS = 3000
DEFAULT_TIMEOUT_S = 120.0
DEFAULT_ANSWER_TOKENS = 300


class LLMNotConfigured(AskdocError):
    """No endpoint or no model is given: the CLI says which flag or variable is missing, the chat says how to set both."""


@dataclass(frozen=True)
class LLMConfig:
    """An endpoint such as ``http://localhost:11434/v1`` (the part before ``/chat/completions``)."""

    base_url: str
    model: str
    api_key: str | None = field(default=None, repr=False)
    context_tokens: int = DEFAULT_CONTEXT_TOKENS
    timeout_s: float = DEFAULT_TIMEOUT_S
    answer_tokens: int = DEFAULT_ANSWER_TOKENS

    def redact(self, text: str) -> str:
        """``text`` with the API key replaced (any case, split anywhere), for every message that leaves the client."""
        return Redactor(self.api_key)(text)


def llm_config(
    base_url: str | None = None,
    model: str | None = None,
    api_key: str | None = None,
    context_tokens: int | None = None,
    timeout_s: float | None = None,
    environ: Mapping[str, str] = os.environ,
) -> LLMConfig:
    """The configuration from the given values, else ASKDOC_LLM_*; LLMNotConfigured without an endpoint or a model,
    AskdocError when a value is invalid."""
    base_url = (base_url or environ.get("ASKDOC_LLM_BASE_URL", "")).strip().rstrip("/")
    model = (model or environ.get("ASKDOC_LLM_MODEL", "")).strip()
    if not base_url:
        raise LLMNotConfigured(
            "--llm needs an endpoint: set ASKDOC_LLM_BASE_URL or pass --llm-base-url (e.g. http://localhost:11434/v1)."
        )
    if not base_url.startswith(("http://", "https://")):
        raise AskdocError(f"The LLM base URL must start with http:// or https://, not {base_url!r}.")
    if not model:
        raise LLMNotConfigured("--llm needs a model name: set ASKDOC_LLM_MODEL or pass --llm-model.")
    api_key = (api_key or environ.get("ASKDOC_LLM_API_KEY", "")).strip() or None
    if api_key and not all(" " < char <= "~" for char in api_key):
        raise AskdocError("The LLM API key holds characters an HTTP header cannot carry (spaces, line breaks or non-ASCII).")
    return LLMConfig(
        base_url=base_url,
        model=model,
        api_key=api_key,
        context_tokens=_positive(context_tokens, environ, "ASKDOC_LLM_CONTEXT", "--llm-context", int, DEFAULT_CONTEXT_TOKENS),
        timeout_s=_positive(timeout_s, environ, "ASKDOC_LLM_TIMEOUT", "--llm-timeout", float, DEFAULT_TIMEOUT_S),
    )


def _positive(value: float | None, environ: Mapping[str, str], variable: str, flag: str, kind: type[float], default: float):
    """``value``, else the variable's value, else ``default``; AskdocError unless it is a number above 0."""
    name = flag
    if value is None:
        text = environ.get(variable, "").strip()
        if not text:
            return default
        try:
            value = kind(text)
        except ValueError:
            raise AskdocError(f"{variable} must be a number, not {text!r}.") from None
        name = variable
    if not math.isfinite(value):
        raise AskdocError(f"{name} must be a finite number, not {value}.")
    if value <= 0:
        raise AskdocError(f"{flag} must be more than 0.")
    return value
