"""A question that names in full what the text calls by its letters asks with the text's own name.

"Does he think Stallman was right to step down?" over a post that defines "Richard M. Stallman (RMS)" and then
says "I think RMS took a useful step by resigning": the question's "Stallman" is "RMS" there, so retrieval and the
sentence choice look for the letters (text/abbreviations.py). Only where the text uses the letters more often than
the name; a surname alone only where the text never uses it outside the full name.
"""

from __future__ import annotations

import re
from weakref import finalize

from askdoc.index.document_index import DocumentIndex
from askdoc.text.abbreviations import defined_abbreviations

# Each loaded index's (pattern, letters) pairs, by id while it lives.
_NAMES: dict[int, list[tuple[re.Pattern[str], str]]] = {}


def in_documents_names(question: str, index: DocumentIndex) -> str:
    """``question`` with each name the text abbreviates, and mostly calls by its letters, as those letters."""
    for pattern, letters in _names(index):
        if not re.search(rf"\b{letters}\b", question):
            question = pattern.sub(letters, question)
    return question


def _names(index: DocumentIndex) -> list[tuple[re.Pattern[str], str]]:
    key = id(index)
    if key not in _NAMES:
        _NAMES[key] = [
            (re.compile(r"\b(?:" + "|".join(re.escape(form) for form in forms) + r")\b"), letters)
            for letters, name in defined_abbreviations(index.text).items()
            if len(re.findall(rf"\b{letters}\b", index.text)) > len(re.findall(re.escape(name), index.text))
            and (forms := _forms(name, index.text))
        ]
        finalize(index, _NAMES.pop, key, None)
    return _NAMES[key]


def _forms(name: str, text: str) -> list[str]:
    """The full name, without its middle initials, and its last word when the text never uses that alone; longest
    first."""
    words = name.split()
    forms = {name, " ".join(w for w in words if not re.fullmatch(r"[A-Z]\.", w))}
    last = words[-1]
    if len(re.findall(rf"\b{re.escape(last)}\b", text)) <= len(re.findall(re.escape(name), text)):
        forms.add(last)
    return sorted(forms, key=len, reverse=True)
