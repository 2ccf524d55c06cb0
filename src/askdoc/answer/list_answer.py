"""List questions: an entity list scanned from the whole document when the type asked for can be scanned
for (entity_list.py), else the sentences that answer, gathered across passages (open_list.py); a question
the intent model took for a list but that asks for one thing ("Which variable …") gets the fact composer."""

from __future__ import annotations

import numpy as np

from askdoc.answer.composer import Composition, compose
from askdoc.answer.contract import ABSTENTION_TEXT
from askdoc.answer.entity_list import compose_list
from askdoc.answer.list_request import list_request
from askdoc.answer.open_list import compose_open_list
from askdoc.index.document_index import DocumentIndex
from askdoc.types import Passage


def compose_list_answer(
    index: DocumentIndex, question: str, query_vector: np.ndarray, passages: tuple[Passage, ...]
) -> Composition:
    """The list answer, or an abstention when the document holds nothing of the asked type."""
    request = list_request(question)
    if request.singular:
        return compose(index, question, query_vector, passages)
    if request.item_type is not None:
        return compose_list(index, request, question) or Composition(ABSTENTION_TEXT, (), 0.0, True)
    return compose_open_list(index, question, query_vector, passages) or Composition(ABSTENTION_TEXT, (), 0.0, True)
