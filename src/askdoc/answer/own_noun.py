"""Whether a list question's noun means, in this document, what the document itself calls by it.

"Which groups are there?" reads as a request for organisations (list_request.py), but base-passwd's
README uses "groups" for Unix groups ("the users and groups listed in those master-files"): no
organisation is named where it says "groups". The plural noun the question asks for by ("groups",
"officials", "projects", "figures") is looked up in the document's content sentences first: when the
document uses it and no item of the entity type stands in any sentence that does, the items are what
the document calls by that noun, and the sentences that answer tell them (open_list.py), not an entity
scan. A noun that names the entity type itself ("people", "organisations", "countries", "dates")
always asks for it.
"""

from __future__ import annotations

import re

from askdoc.answer.document_sentences import content_sentences
from askdoc.answer.entity_scan import scan, vocabulary
from askdoc.answer.list_request import ListRequest
from askdoc.index.document_index import DocumentIndex

# The words that name an entity type itself: asking for them asks for the type, whatever the document says.
_TYPE_NAMES = re.compile(
    r"^(?:people|persons?|individuals|names|organi[sz]ations?|countr(?:y|ies)|nations?|dates?|years?|numbers?)$", re.I
)
_WORD = re.compile(r"[A-Za-z][\w-]*")


def document_sense(index: DocumentIndex, request: ListRequest) -> bool:
    """Whether the document's own uses of the noun the list asks for name no item of the asked type (so the noun
    means the document's own thing); False when the noun names the type or the document never uses it."""
    if request.item_type in (None, "heading"):
        return False
    nouns = [word for word in _WORD.findall(request.phrase) if not word[0].isupper()]
    if not nouns or not nouns[-1].lower().endswith("s") or any(_TYPE_NAMES.match(noun) for noun in nouns):
        return False
    # The plural as asked: "in place" and "a group of" use the singular for something else than the things listed.
    plural = re.compile(rf"\b{re.escape(nouns[-1])}\b", re.I)
    sentences = [index.text[s.span.start : s.span.end] for s in content_sentences(index)]
    using = [sentence for sentence in sentences if plural.search(sentence)]
    if not using:
        return False
    words = vocabulary(sentences)
    return not any(next(scan(request.item_type, sentence, words), None) for sentence in using)
