"""An eval whose questions name their own document (a ``doc`` key): one engine per document."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from askdoc.answer.engine import Engine
from askdoc.answer.modes import Mode
from askdoc.errors import AskdocError
from askdoc.evaluation.questions import EvalQuestion
from askdoc.evaluation.scoring import Scored, run_eval


def run_eval_by_document(
    open_engine: Callable[[Path], Engine], questions: list[EvalQuestion], mode: Mode = "hybrid", k: int = 5
) -> list[Scored]:
    """Ask each question of its own ``doc`` (a path from the working folder), in the file's order."""
    missing = [question.id for question in questions if question.doc is None]
    if missing:
        raise AskdocError(f'Question {missing[0]} names no document ("doc"); give --doc for the whole file.')
    engines: dict[str, Engine] = {}
    scored: list[Scored] = []
    for question in questions:
        doc = str(question.doc)
        if doc not in engines:
            engines[doc] = open_engine(Path(doc))
        scored.extend(run_eval(engines[doc], [question], mode=mode, k=k))
    return scored
