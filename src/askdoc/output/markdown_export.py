"""Chat answers and whole conversations as Markdown, each answer followed by its cited sources."""

from __future__ import annotations

from askdoc.answer.contract import marker
from askdoc.output.conversation_store import Conversation
from askdoc.output.quotes import quoted_text
from askdoc.types import Answer, Citation


def answer_markdown(answer: Answer) -> str:
    """The question as a heading, the answer, then each source: where it is and what it quotes."""
    lines = [f"## {answer.question}", "", f"_{answer.text}_" if answer.abstained else answer.text]
    if answer.citations:
        lines += ["", *(_source(citation) for citation in answer.citations)]
    return "\n".join(lines) + "\n"


def conversation_markdown(conversation: Conversation) -> str:
    """The whole conversation, titled with its document."""
    head = f"# {conversation.title}\n\nQuestions about `{conversation.document}`, asked with askdoc on {conversation.started}.\n"
    return "\n".join([head, *(answer_markdown(answer) for answer in conversation.answers)])


def _source(citation: Citation) -> str:
    chunk = citation.passage.chunk
    return f"{marker(citation.n)} {chunk.location}\n> {quoted_text(chunk, citation.quoted)}\n"
