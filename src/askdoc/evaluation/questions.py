"""Reading and checking an evaluation file (eval/*.jsonl), one question per line."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from askdoc.errors import AskdocError


@dataclass(frozen=True)
class EvalQuestion:
    """One line of an eval file; ``evidence`` is None and ``groups`` empty for a question the document does not answer.

    The optional scoring keys of DESIGN.md: ``groups`` (lists of alternatives, ``min_groups`` of which
    the answer must hold), ``forbid`` (phrases it must not hold), ``yesno`` (the verdict it should
    open with), ``max_words``, and the question's ``kind``.
    """

    id: str
    question: str
    answers: tuple[str, ...]
    evidence: str | None
    history: tuple[str, ...] = ()
    doc: str | None = None
    kind: str | None = None
    groups: tuple[tuple[str, ...], ...] = ()
    min_groups: int | None = None
    forbid: tuple[str, ...] = ()
    yesno: str | None = None
    max_words: int = 60

    @property
    def answerable(self) -> bool:
        return self.evidence is not None or bool(self.groups)


def read_eval_set(path: Path) -> list[EvalQuestion]:
    """Parse the file (or every ``*.jsonl`` of a folder), naming the line of the first malformed entry."""
    if path.is_dir():
        files = sorted(path.glob("*.jsonl"))
        if not files:
            raise AskdocError(f"{path} holds no eval file (*.jsonl).")
        return [question for file in files for question in read_eval_set(file)]
    if not path.is_file():
        raise AskdocError(f"No such eval file: {path}.")
    questions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            questions.append(
                EvalQuestion(
                    id=str(record["id"]),
                    question=str(record["question"]),
                    answers=tuple(str(a) for a in record["answers"]),
                    evidence=None if record["evidence"] is None else str(record["evidence"]),
                    history=tuple(str(h) for h in record.get("history") or ()),
                    doc=None if record.get("doc") is None else str(record["doc"]),
                    kind=None if record.get("kind") is None else str(record["kind"]),
                    groups=tuple(tuple(str(p) for p in group) for group in record.get("groups") or ()),
                    min_groups=None if record.get("min_groups") is None else int(record["min_groups"]),
                    forbid=tuple(str(p) for p in record.get("forbid") or ()),
                    yesno=None if record.get("yesno") is None else str(record["yesno"]).lower(),
                    max_words=int(record.get("max_words") or 60),
                )
            )
        except (json.JSONDecodeError, KeyError, TypeError, ValueError, RecursionError) as exc:
            raise AskdocError(f"{path} line {number} is not a valid eval entry ({exc.__class__.__name__}: {exc}).") from exc
    if not questions:
        raise AskdocError(f"{path} has no questions.")
    return questions
