"""Chat conversations saved as they go: one JSON file each under the user data directory.

A saved conversation holds its answers whole (citations, quoted spans, passage text), so
it can be shown, continued and exported without the index it was asked against.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from askdoc.errors import AskdocError
from askdoc.files import write_text_atomically
from askdoc.types import Answer, Chunk, Citation, Passage, Span

FORMAT = 1


@dataclass(frozen=True)
class Conversation:
    """The answers of one chat about one document, oldest first."""

    id: str
    document: str
    title: str
    started: str
    answers: tuple[Answer, ...] = ()

    @property
    def questions(self) -> list[str]:
        return [answer.question for answer in self.answers]

    def with_answer(self, answer: Answer) -> Conversation:
        return replace(self, answers=(*self.answers, answer))


def new_conversation(document: Path, title: str) -> Conversation:
    now = time.localtime()
    return Conversation(
        id=f"{time.strftime('%Y%m%d-%H%M%S', now)}-{uuid.uuid4().hex[:6]}",
        document=str(document.resolve()),
        title=title,
        started=time.strftime("%Y-%m-%d %H:%M", now),
    )


class ConversationStore:
    """Conversations as ``<id>.json`` in one folder; the most recently saved is the last one."""

    def __init__(self, folder: Path):
        self.folder = folder

    def save(self, conversation: Conversation) -> Path:
        """Write the conversation atomically (a temporary file renamed over the old one)."""
        path = self.folder / f"{conversation.id}.json"
        write_text_atomically(path, json.dumps({"format": FORMAT, **asdict(conversation)}, ensure_ascii=False))
        return path

    def latest(self, document: Path | None = None) -> Conversation | None:
        """The conversation saved last (about ``document`` if given), None when there is none."""
        saved = (
            sorted((path for path in self.folder.glob("*.json") if path.is_file()), key=_modified, reverse=True)
            if self.folder.is_dir()
            else []
        )
        wanted = str(document.resolve()) if document else None
        for path in saved:
            conversation = self.load(path)
            if wanted is None or conversation.document == wanted:
                return conversation
        return None

    def load(self, path: Path) -> Conversation:
        """Read one saved conversation; AskdocError naming the file when it is damaged or of another format."""
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(record, dict) and record.get("format") != FORMAT:
                raise AskdocError(
                    f"The saved conversation {path} is in format {record.get('format')} of another askdoc version, "
                    f"not format {FORMAT}, and cannot be reopened."
                )
            return Conversation(
                id=str(record["id"]),
                document=str(record["document"]),
                title=str(record["title"]),
                started=str(record["started"]),
                answers=tuple(_answer(answer) for answer in record["answers"]),
            )
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError, RecursionError) as exc:
            raise AskdocError(f"The saved conversation {path} is damaged and cannot be reopened.") from exc


def _modified(path: Path) -> int:
    """When ``path`` was last written; 0 when it vanished meanwhile (a dangling or looping link is no conversation)."""
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def _answer(record: dict) -> Answer:
    return Answer(
        question=str(record["question"]),
        text=str(record["text"]),
        abstained=bool(record["abstained"]),
        confidence=float(record["confidence"]),
        citations=tuple(
            Citation(int(c["n"]), _passage(c["passage"]), tuple(Span(**span) for span in c["quoted"]))
            for c in record["citations"]
        ),
        retrieved=tuple(_passage(passage) for passage in record["retrieved"]),
        timings_ms=dict(record.get("timings_ms") or {}),
        kind=str(record.get("kind") or "fact"),
        resolved_question=str(record.get("resolved_question") or ""),
    )


def _passage(record: dict) -> Passage:
    chunk = record["chunk"]
    return Passage(
        Chunk(
            **{
                **chunk,
                "paragraphs": tuple(chunk["paragraphs"]),
                "sentences": tuple(Span(**span) for span in chunk["sentences"]),
                "outline": tuple(chunk.get("outline", ())),
            }
        ),
        float(record["score"]),
    )
