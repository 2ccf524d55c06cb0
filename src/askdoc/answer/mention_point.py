"""For "Why does the writer bring up X?": the point the writer makes with X, in the sentences of X's paragraph.

The sentence that introduces X ("The shah of Iran was a close US ally …") is the closest to the question,
but the reason X is there is the point the writer draws from it: where the paragraph returns to X a sentence
or two later ("While the Shah was on his peacock throne, the US had never discussed Sunni-Shia
differences."), or, when it never does, the claim X illustrates in the sentence before ("Many African leaders
have condemned homosexuality as being un-African." before Mugabe's words). fact_focus.py adds that sentence
when no neighbour states a cause. Chosen on the fit half of eval/dev/why.jsonl (figures in eval/dev/README.md).
"""

from __future__ import annotations

import re

from askdoc.answer.sentence_nav import Located, neighbours
from askdoc.index.document_index import DocumentIndex
from askdoc.text.terms import analyze
from askdoc.types import Chunk, Span

# "Why does the author mention …", "why is X brought up", "why does the article quote …".
_WHY_MENTION = re.compile(
    r"^\W*why\b.*\b(mention|mentions|mentioned|mentioning|bring|brings|bringing|brought|cite|cites|cited|quote|quotes|"
    r"quoted|refer|refers|referred|reference|references|referenced|invoke|invokes|invoked|discuss|discusses|discussed|"
    r"include|includes|included|talk|talks|talked|point|points)\b",
    re.I,
)
# The words that ask about the mention itself, not about X.
_ASKING = frozenset(
    analyze(
        "why writer author article post document piece text manual page story blog essay mention bring up cite quote "
        "refer reference invoke discuss include talk point"
    )
)
# The sentences after X's that may return to it: the reach read on the fit half of eval/dev/why.jsonl (the Shah's
# point two sentences on).
_RETURN_REACH = 2


def asks_why_mentioned(question: str) -> bool:
    """Whether ``question`` asks why the document mentions something."""
    return bool(_WHY_MENTION.search(question))


def point_sentence(index: DocumentIndex, question: str, chunk: Chunk, span: Span) -> Located | None:
    """The sentence of ``span``'s paragraph that makes the point of the thing the question names: a later one naming
    it again, else the one before; None when the paragraph has no other sentence."""
    sentence = set(analyze(index.text[span.start : span.end]))
    named = (set(analyze(question)) - _ASKING) & sentence
    paragraph = set(chunk.paragraphs)
    before, after = neighbours(index, chunk, span, 1, _RETURN_REACH)
    after = [s for s in after if paragraph & set(s.chunk.paragraphs)]
    returning = next((s for s in after if named & set(analyze(_text(index, s)))), None)
    if returning is not None:
        return returning
    return next((s for s in before if paragraph & set(s.chunk.paragraphs)), None)


def _text(index: DocumentIndex, located: Located) -> str:
    return index.text[located.span.start : located.span.end]
