"""The LLM configuration: flags over ASKDOC_LLM_* variables, and one sentence for each bad value."""

import pytest

from askdoc.errors import AskdocError
from askdoc.llm.config import LLMConfig, llm_config

ENV = {
    "ASKDOC_LLM_BASE_URL": "http://localhost:11434/v1/",
    "ASKDOC_LLM_MODEL": "llama3.2",
    "ASKDOC_LLM_API_KEY": " sk-env-key\n",
    "ASKDOC_LLM_CONTEXT": "2000",
}


def test_variables_configure_and_flags_override() -> None:
    assert llm_config(environ=ENV) == LLMConfig("http://localhost:11434/v1", "llama3.2", "sk-env-key", 2000, 120.0)
    flags = llm_config("https://api.openai.com/v1", "gpt-4o-mini", "sk-flag", 500, 9.5, environ=ENV)
    assert flags == LLMConfig("https://api.openai.com/v1", "gpt-4o-mini", "sk-flag", 500, 9.5)
    assert "sk-flag" not in repr(flags)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"ASKDOC_LLM_MODEL": ""}, "--llm needs a model name: set ASKDOC_LLM_MODEL or pass --llm-model."),
        (
            {"ASKDOC_LLM_BASE_URL": "localhost:11434"},
            "The LLM base URL must start with http:// or https://, not 'localhost:11434'.",
        ),
        ({"ASKDOC_LLM_CONTEXT": "lots"}, "ASKDOC_LLM_CONTEXT must be a number, not 'lots'."),
        ({"ASKDOC_LLM_TIMEOUT": "0"}, "--llm-timeout must be more than 0."),
        (
            {"ASKDOC_LLM_API_KEY": "sk-two words"},
            "The LLM API key holds characters an HTTP header cannot carry (spaces, line breaks or non-ASCII).",
        ),
    ],
)
def test_bad_values_are_one_sentence(changes: dict[str, str], message: str) -> None:
    with pytest.raises(AskdocError) as failure:
        llm_config(environ={**ENV, **changes})
    assert str(failure.value) == message
