"""The composer for each kind of question: summary, metadata, list, yes/no, fact."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from askdoc.answer.act_check import act_checked, yesno_checked
from askdoc.answer.answerability import rank
from askdoc.answer.asked_checks import asked_checked
from askdoc.answer.characterisation import characterised
from askdoc.answer.composer import Composition, compose_ranked
from askdoc.answer.expected_value import value_checked
from askdoc.answer.heading_question import heading_section_first
from askdoc.answer.howto import asks_how, howto_answer
from askdoc.answer.intent import Intent
from askdoc.answer.metadata_answer import compose_metadata, field_checked
from askdoc.answer.metadata_fields import asked_field
from askdoc.answer.said_about import said_first
from askdoc.answer.sentence_rank import rank_to_quote
from askdoc.answer.summary import asks_for_argument, compose_summary
from askdoc.index.document_index import DocumentIndex
from askdoc.types import Passage

Encode = Callable[[Sequence[str]], np.ndarray]


def compose_by_kind(
    kind: Intent, index: DocumentIndex, question: str, query_vector: np.ndarray, passages: tuple[Passage, ...], encode: Encode
) -> Composition:
    """The answer a question of intent ``kind`` gets from ``passages`` (or, for a summary, from the whole document;
    for metadata, from the document's metadata when it states the field asked for)."""
    if kind in ("summary", "list") and asks_how(question):
        kind = "fact"  # "How can I list …?", "What do I run to see a demo …?" ask for an option or a command
    if kind == "summary":
        title_vector = encode([index.title])[0] if index.title and asks_for_argument(question) else None
        return compose_summary(index, question, title_vector)
    if kind == "metadata" and (answer := compose_metadata(index, question)) is not None:
        return answer
    if kind == "list":
        from askdoc.answer.list_answer import compose_list_answer  # imported for lists only: a one-shot ask loads one kind's
        from askdoc.answer.list_request import list_request

        answer = compose_list_answer(index, question, query_vector, passages)
        # A list question asking for one thing ("Which US president …") is answered as a fact, and checked as one.
        return asked_checked(index, question, answer, encode) if list_request(question).singular else answer
    # A fact answer quotes the sentence the ranker picks; a yes/no one keeps the answerability model's order.
    by = rank if kind == "yesno" else rank_to_quote
    ranked = by(index, question, query_vector, passages)
    if kind == "fact":
        ranked = heading_section_first(index, question, said_first(index, question, ranked, encode), passages, encode)
    answer = compose_ranked(index, question, ranked, passages)
    if kind == "metadata":
        return field_checked(question, answer)
    if kind != "yesno":
        checked = act_checked(index, question, value_checked(index.text, question, answer), encode)
        answer = howto_answer(index, question, query_vector, passages, asked_checked(index, question, checked, encode))
        answer = characterised(index, question, passages, answer)
        # "What license is bc under?" names the program, not "the document", so it is a fact question; when no
        # passage answers it, the licence the document states of itself does (documents/field_block.py, bc's
        # "Copying: GNU GPL version 2").
        if answer.abstained and asked_field(question) == "licence":
            return compose_metadata(index, question) or answer
        return answer
    from askdoc.answer.yesno import with_verdict

    return yesno_checked(index, question, with_verdict(index, question, ranked, passages, answer, encode), encode)
