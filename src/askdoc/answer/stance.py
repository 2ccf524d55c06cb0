"""Questions about the author's stance ("Is the author in favour of US troops staying in Iraq?"),
answered from the document's title, where an opinion piece states its claim ("… The US Military Must
Leave Iraq").

The question's proposition ("US troops staying in Iraq") is decided against the title by
verdict.py, and the verdict turned for a question about opposing it ("Is the author against …?").
Only a proposition that carries a word with a listed opposite (text/antonyms.py: "staying",
"leave", "increase") is decided: a title naming a thing ("… to fight the Digital Crimes Bill")
tells what the piece is about, not whether the author is for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from askdoc.answer.composer import Composition
from askdoc.answer.contract import marker
from askdoc.answer.near_terms import WordVectors
from askdoc.answer.verdict import Verdict, decide
from askdoc.answer.verdict_cues import content, is_polar, tokens
from askdoc.index.document_index import DocumentIndex
from askdoc.types import Citation, Passage, Span

_FOR = r"in favou?r of|for|supportive of|support|supports|back|backs|want|wants|call for|calls for|argue for|argues for"
_AGAINST = r"against|opposed to|oppose|opposes|critical of|argue against|argues against|reject|rejects"
_STANCE = re.compile(
    rf"^(?:is|was|does|did)\s+(?:the\s+|this\s+)?(?:author|writer|article|piece|essay|post|columnist)\s+"
    rf"(?:(?P<against>{_AGAINST})|(?:{_FOR}))\s+(?P<what>.+?)\s*[?.!]*$",
    re.I,
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@dataclass(frozen=True)
class Stance:
    """The proposition a stance question asks about, and whether it asks if the author opposes it."""

    proposition: str
    against: bool


def stance_of(question: str) -> Stance | None:
    """The stance a question asks about, None for another question or a proposition without a
    word of known polarity."""
    found = _STANCE.match(" ".join(question.split()))
    if found is None or not any(is_polar(t) for t in content(tokens(found.group("what")))):
        return None
    return Stance(found.group("what"), found.group("against") is not None)


def answer_from_title(
    index: DocumentIndex, question: str, vectors: WordVectors | None, confidence: float
) -> Composition | None:
    """"Yes."/"No." and the title, cited to the passage that holds it (or that it heads), when
    ``question`` asks the author's stance and the title decides it; None otherwise."""
    stance = stance_of(question)
    if stance is None or not index.title or not index.chunks:
        return None
    said = title_verdict(stance, index.title, index.text, vectors)
    if said == "undecided":
        return None
    at = index.text.find(index.title)
    span = Span(at, at + len(index.title)) if at >= 0 else None
    holding = next((c for c in index.chunks if span is not None and c.start <= span.start < c.end), None)
    headed = next((c for c in index.chunks if c.section == index.title), index.chunks[0])
    cited = Citation(1, Passage(holding or headed, 1.0), (span,) if holding is not None and span is not None else ())
    return Composition(f"{said.capitalize()}. The title reads: “{index.title}” {marker(1)}", (cited,), confidence, False)


def title_verdict(stance: Stance, title: str, body: str, vectors: WordVectors | None) -> Verdict:
    """Whether ``title`` (of a document whose text is ``body``) says yes or no to ``stance``."""
    said = decide(stance.proposition, sentence_case(title, body), vectors=vectors)
    if said == "undecided" or not stance.against:
        return said
    return "no" if said == "yes" else "yes"


def sentence_case(title: str, body: str) -> str:
    """``title`` with its capitalised common words in lower case ("The US Military Must Leave Iraq"
    → "the US military must leave Iraq"): a word the document also writes in lower case."""
    lower = _lower_words(body)
    return _WORD.sub(lambda m: m.group().lower() if m.group().lower() in lower and not m.group().isupper() else m.group(), title)


@lru_cache(maxsize=4)
def _lower_words(body: str) -> frozenset[str]:
    return frozenset(word for word in _WORD.findall(body) if word.islower())
