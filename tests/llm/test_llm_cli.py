"""`askdoc ask --llm` end to end in a fresh interpreter, against a chat-completions server on 127.0.0.1."""

import json
import socket
from pathlib import Path

import pytest
from chat_server import ChatServer, Received, Reply

from conftest import run_askdoc
from test_cli import CONTRACT_KEYS

pytestmark = pytest.mark.slow  # every test runs the askdoc command

KEY = "sk-test-cli-0123456789"
QUESTION = "How long did the US occupy Iraq?"


def occupation(request: Received) -> str:
    n = request.number_of("occupied the country for eight years")
    return f"The US occupied Iraq for eight years, withdrawing its troops in 2011 [{n}]."


def llm_env(index_dir: Path, base_url: str) -> dict[str, str]:
    return {
        "ASKDOC_INDEX_DIR": str(index_dir),
        "ASKDOC_LLM_BASE_URL": base_url,
        "ASKDOC_LLM_MODEL": "test-model",
        "ASKDOC_LLM_API_KEY": KEY,
    }


def test_llm_json_keeps_the_contract_and_adds_the_llm_report(article_index_dir: Path) -> None:
    with ChatServer([Reply(occupation)]) as server:
        result = run_askdoc(
            "ask", QUESTION, "--json", "--llm", "--llm-context", "2500", env=llm_env(article_index_dir, server.base_url)
        )
        [request] = server.received
    assert result.returncode == 0 and result.stderr == ""
    reply = json.loads(result.stdout)
    assert list(reply) == [*CONTRACT_KEYS, "llm"]
    assert reply["answer"] == "The US occupied Iraq for eight years, withdrawing its troops in 2011 [1]."
    assert "occupied the country for" in reply["citations"][0]["text"]
    assert reply["llm"] == {
        "model": "test-model",
        "used": True,
        "fallback_reason": None,
        "left_out": [],
        "prompt_tokens": reply["llm"]["prompt_tokens"],
        "budget_tokens": 2500,
    }
    assert 0 < reply["llm"]["prompt_tokens"] <= 2500
    assert request.headers["Authorization"] == f"Bearer {KEY}" and request.body["model"] == "test-model"
    assert KEY not in result.stdout


def test_unreachable_endpoint_prints_the_extractive_answer_and_one_note(article_index_dir: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}/v1"
    result = run_askdoc(
        "ask", QUESTION, "--llm", "--llm-api-key", KEY, env={**llm_env(article_index_dir, url), "ASKDOC_LLM_API_KEY": ""}
    )
    assert result.returncode == 0
    assert result.stderr == f"askdoc: LLM answer not used: could not connect to {url}; showing the extractive answer.\n"
    assert "eight years, withdrawing troops in 2011" in result.stdout
    assert KEY not in result.stdout + result.stderr


def test_llm_without_an_endpoint_is_bad_input(article_index_dir: Path) -> None:
    result = run_askdoc("ask", QUESTION, "--llm", env={**llm_env(article_index_dir, ""), "ASKDOC_LLM_BASE_URL": ""})
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == (
        "askdoc: --llm needs an endpoint: set ASKDOC_LLM_BASE_URL or pass --llm-base-url (e.g. http://localhost:11434/v1).\n"
    )
