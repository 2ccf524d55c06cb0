"""The `ask --llm --json` object: the contract of DESIGN.md unchanged, plus one ``llm`` key."""

from __future__ import annotations

from askdoc.llm.ask import LLMAnswer
from askdoc.output.answer_json import answer_to_json


def llm_answer_to_json(result: LLMAnswer) -> dict:
    """Every key of ``ask --json`` in its order, then ``llm``: what the model was given and whether it answered."""
    report = result.report
    return {
        **answer_to_json(result.answer),
        "llm": {
            "model": report.model,
            "used": report.used,
            "fallback_reason": report.fallback_reason,
            "left_out": list(report.left_out),
            "prompt_tokens": report.prompt_tokens,
            "budget_tokens": report.budget_tokens,
        },
    }
