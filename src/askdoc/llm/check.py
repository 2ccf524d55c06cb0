"""The citation check every generated answer must pass before it is shown.

- Every sentence that says something ends with ``[n]``, and every ``n`` names a passage
  that was given.
- A cited sentence shares at least one content word with the passages it cites, and all of
  its key words are in them: its numbers (digits or number words: "eight" and "8" are the
  same number) and its names (capitalised words, except a sentence's first word when it
  stands alone, since every sentence starts with a capital).
- The answer stays within the composer's word limit.
- It obeys no instruction planted in a passage and shares a content word with the question
  (askdoc.llm.injection).
The model's passage numbers are renumbered 1, 2, ... in order of first citation, as the
extractive composer numbers its sources. A reply of exactly NOT IN DOCUMENT is an abstention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from askdoc.answer.contract import ABSTENTION_TEXT, MAGNITUDES, MAX_WORDS, NUMBER_WORDS, marker
from askdoc.llm.errors import LLMError
from askdoc.llm.injection import check_injection
from askdoc.text.sentences import split_sentences
from askdoc.text.terms import analyze
from askdoc.types import Citation, Passage, Span

ABSTENTION = "NOT IN DOCUMENT"
_MARKER_PATTERN = r"\[\s*(?:passages?\s*)?(\d+(?:\s*[,;]\s*\d+)*)\s*\]"
_MARKER = re.compile(_MARKER_PATTERN, re.IGNORECASE)
_LEADING_MARKERS = re.compile(rf"^(?:\s*{_MARKER_PATTERN})+", re.IGNORECASE)
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([.,;:!?])")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[^\W_][\w'’.\-]*")
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True)
class CheckedAnswer:
    """A generated answer that passed the check: its text renumbered, its citations, or an abstention."""

    text: str
    citations: tuple[Citation, ...]
    abstained: bool


@dataclass(frozen=True)
class _Claim:
    """One sentence of the reply: its words without the markers, and the passage numbers it cites."""

    body: str
    cited: tuple[int, ...]


def check_answer(reply: str, given: Sequence[Passage], question: str = "") -> CheckedAnswer:
    """The checked answer; LLMError naming the first sentence that fails, and why."""
    reply = reply.strip()
    if reply.rstrip(".").strip().upper() == ABSTENTION:
        return CheckedAnswer(ABSTENTION_TEXT, (), True)
    claims = _claims(reply)
    if not claims:
        raise LLMError("the model's reply was empty")
    words = sum(len(claim.body.split()) for claim in claims)
    if words > MAX_WORDS:
        raise LLMError(f"the answer has {words} words, over the limit of {MAX_WORDS}")
    for claim in claims:
        _check_claim(claim, given)
    check_injection(" ".join(claim.body for claim in claims), question, given)
    numbers: dict[int, int] = {}
    for claim in claims:
        for n in claim.cited:
            numbers.setdefault(n, len(numbers) + 1)
    citations = tuple(
        Citation(new, given[old - 1], _quoted(given[old - 1], [c.body for c in claims if old in c.cited]))
        for old, new in numbers.items()
    )
    text = _MARKER.sub(lambda match: "".join(marker(numbers[n]) for n in _numbers_in(match.group(1))), reply)
    return CheckedAnswer(text, citations, False)


def _claims(reply: str) -> list[_Claim]:
    """The reply's sentences with their citations; markers written after a full stop join the sentence before."""
    pieces = [reply[span.start : span.end] for span in split_sentences(reply)]
    merged: list[str] = []
    for piece in pieces:
        leading = _LEADING_MARKERS.match(piece)
        if leading and merged:
            merged[-1] += " " + leading.group(0).strip()
            piece = piece[leading.end() :].strip()
        if piece:
            merged.append(piece)
    claims = []
    for sentence in merged:
        body = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", " ".join(_MARKER.sub(" ", sentence).split()))
        cited = tuple(n for match in _MARKER.finditer(sentence) for n in _numbers_in(match.group(1)))
        if cited or analyze(body):
            claims.append(_Claim(body, cited))
    return claims


def _check_claim(claim: _Claim, given: Sequence[Passage]) -> None:
    if not claim.cited:
        raise LLMError(f"the sentence “{claim.body}” has no citation")
    for n in claim.cited:
        if not 1 <= n <= len(given):
            raise LLMError(f"the model cited [{n}], but only passages [1]–[{len(given)}] were given")
    cited = " ".join(f"{given[n - 1].chunk.section} {given[n - 1].chunk.text}" for n in claim.cited)
    where = "".join(marker(n) for n in dict.fromkeys(claim.cited))
    if not set(analyze(claim.body)) & set(analyze(cited)):
        raise LLMError(f"the sentence “{claim.body}” shares no words with passage {where}")
    passage_numbers = _numbers(cited)
    for token in _NUMBER.findall(claim.body) + [w for w in _WORD.findall(claim.body) if w.lower() in NUMBER_WORDS]:
        if not _numbers(token) <= passage_numbers:
            raise LLMError(f"the sentence “{claim.body}” gives the number {token}, which passage {where} does not contain")
    passage_words = _name_forms(cited)
    for name in _names(claim.body):
        form = _name_form(name)
        if form not in passage_words and not all(part in passage_words for part in form.split("-") if part):
            raise LLMError(f"the sentence “{claim.body}” names {name}, which passage {where} does not contain")


def _numbers_in(markers: str) -> list[int]:
    """The passage numbers of a marker; one of more than 6 digits (``[999…9]``) is read as 10**6, never a passage."""
    return [int(n) if len(n) <= 6 else 10**6 for n in re.findall(r"\d+", markers)]


def _numbers(text: str) -> set[str]:
    """Every number in ``text``, normalised: "1,400" is 1400, "eight" is 8, "2 trillion" also gives 2000000000000."""
    found = {match.replace(",", "") for match in _NUMBER.findall(text)}
    words = [word.lower() for word in _WORD.findall(text)]
    for i, word in enumerate(words):
        if word in NUMBER_WORDS:
            found.add(str(NUMBER_WORDS[word]))
        if word in MAGNITUDES and i > 0:
            before = NUMBER_WORDS.get(words[i - 1], _as_number(words[i - 1]))
            if before is not None:
                found.add(_plain(before * MAGNITUDES[word]))
    return found


def _as_number(word: str) -> float | None:
    try:
        return float(word.replace(",", ""))
    except ValueError:
        return None


def _plain(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def _names(body: str) -> list[str]:
    """Capitalised words that are not stopwords; a sentence's first word only when a name follows it."""
    words = [_POSSESSIVE.sub("", word.rstrip(".")) for word in _WORD.findall(body)]
    capitalised = [bool(word) and word[0].isupper() and bool(analyze(word)) for word in words]
    return [word for i, word in enumerate(words) if capitalised[i] and (i > 0 or (len(words) > 1 and capitalised[1]))]


def _name_form(word: str) -> str:
    """A word as names are compared: lower case, no dots, possessive or closing quote ("U.S." is "us", "Iran's" is "iran")."""
    return _POSSESSIVE.sub("", word.lower().replace(".", "")).rstrip("'’")


def _name_forms(text: str) -> set[str]:
    """The name forms of the words of ``text``, each hyphenated word also split into its parts."""
    forms: set[str] = set()
    for word in _WORD.findall(text):
        form = _name_form(word)
        forms.add(form)
        forms.update(part for part in form.split("-") if part)
    return forms


def _quoted(passage: Passage, bodies: list[str]) -> tuple[Span, ...]:
    """For each sentence citing the passage, the passage sentence sharing most of its words."""
    chunk = passage.chunk
    spans: set[Span] = set()
    for body in bodies:
        terms = set(analyze(body))
        overlaps = [
            (len(terms & set(analyze(chunk.text[s.start - chunk.start : s.end - chunk.start]))), s) for s in chunk.sentences
        ]
        best = max(overlaps, key=lambda pair: pair[0], default=(0, None))
        if best[1] is not None and best[0] > 0:
            spans.add(best[1])
    return tuple(sorted(spans, key=lambda span: span.start))
