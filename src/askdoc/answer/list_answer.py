"""List questions: an entity list scanned from the whole document when the type asked for can be scanned
for (entity_list.py) and the document does not use the asked noun for a thing of its own (own_noun.py: base-passwd's
"groups" are Unix groups), else the sentences that answer, gathered across passages (open_list.py); a question
the intent model took for a list but that asks for one thing ("Which variable …") gets the fact composer."""

from __future__ import annotations

import numpy as np

from askdoc.answer.composer import Composition, compose
from askdoc.answer.contract import ABSTENTION_TEXT
from askdoc.answer.entity_list import compose_list
from askdoc.answer.list_request import list_request
from askdoc.answer.open_list import compose_open_list
from askdoc.answer.own_noun import document_sense
from askdoc.answer.section_items import section_items
from askdoc.index.document_index import DocumentIndex
from askdoc.types import Passage


def compose_list_answer(
    index: DocumentIndex, question: str, query_vector: np.ndarray, passages: tuple[Passage, ...]
) -> Composition:
    """The list answer, or an abstention when the document holds nothing of the asked type."""
    request = list_request(question)
    if request.singular:
        return compose(index, question, query_vector, passages)
    if (listed := section_items(index, request)) is not None:
        return listed
    if request.item_type is None:
        return compose_open_list(index, question, query_vector, passages) or Composition(ABSTENTION_TEXT, (), 0.0, True)
    if document_sense(index, request):
        # The document names things by the asked noun itself, so it holds the items: the answering sentences are quoted.
        answer = compose_open_list(index, question, query_vector, passages, abstain=False)
    else:
        answer = compose_list(index, request, question)
    return answer or Composition(ABSTENTION_TEXT, (), 0.0, True)
