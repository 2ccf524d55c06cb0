"""Question words a sentence holds in other words: a common synonym (text/synonyms.py: "back" held by
"support"), another word of the same root ("free" by "freedom", "easy" by "easily") or the noun made of
a verb ("invade" by "invasion", text/nominalisations.py).

verdict.py counts such a word as held, and reads a negation of the sentence's word as a negation of
the question's ("Is it possible to remove the file?" against "The file cannot be deleted.").

bench/verdicts.py (issue 12, verdict recall), with modality.py and the adverbs verdict_cues.py skips
after a negator: verdicts stated on eval/dev/verdicts.jsonl 47 → 54 of 90 (all right), on
eval/dev/verdicts_unseen.jsonl (written before these rules) 17 → 20 of 28 (all right), fit part 80
(unchanged, .988), held-out part 48 → 49 (.980). End to end (`askdoc eval`), right_yesno on the dev
set .34 → .41 (43 verdicts stated, 43 right), on the unseen set .367 → .467 (16 of 16 right). Then
reading the sentence's word where the question's value must stand beside it (verdict.py, unbound):
dev 55 → 57, unseen 20 → 22, none wrong, no other part changed.
"""

from __future__ import annotations

from functools import lru_cache

from askdoc.answer.verdict_cues import Token, content, value_kind
from askdoc.text.nominalisations import nominalises
from askdoc.text.synonyms import SAID_ALIKE
from askdoc.text.terms import analyze

# Endings that make a noun or an adverb of a word without turning its sense ("freedom", "easily"):
# an "-ly" only after a stem the stemmer ended in "i" ("easi" → "easili"; "hardly" is no "hard").
_ROOT_ENDINGS = ("dom", "ness", "ment", "ation", "ion")
# A root of three letters or fewer ("use" → "useful", "art" → "artment") shares too little to tell.
_LEAST_ROOT = 4


@lru_cache(maxsize=1)
def _said_alike() -> dict[str, frozenset[str]]:
    """Each asked stem with the stems a sentence may say it with."""
    found: dict[str, set[str]] = {}
    for asked, said in SAID_ALIKE:
        said_stems = {stem for word in said for stem in analyze(word)}
        for word in asked:
            for stem in analyze(word):
                found.setdefault(stem, set()).update(said_stems - {stem})
    return {stem: frozenset(stems) for stem, stems in found.items()}


def _same_root(a: str, b: str) -> bool:
    """Whether two stems are one root with a sense-keeping ending ("free"/"freedom", "easi"/"easili")."""
    short, long = sorted((a, b), key=len)
    if len(short) < _LEAST_ROOT or not long.startswith(short):
        return False
    ending = long[len(short) :]
    return ending in _ROOT_ENDINGS or (ending == "li" and short.endswith("i"))


def said_alike(terms: list[Token], sentence: list[Token]) -> dict[Token, Token]:
    """The plain question words the sentence holds only in other words, each with the sentence word
    that says it."""
    words = [w for w in content(sentence) if w.stem is not None]  # "SOCKS Proxy Support": a heading's words too
    alike = _said_alike()
    found: dict[Token, Token] = {}
    for term in terms:
        if term.stem is None or value_kind(term) is not None or any(w.stem == term.stem for w in words):
            continue
        for word in words:
            assert word.stem is not None
            if word.stem in alike.get(term.stem, ()) or _same_root(term.stem, word.stem) or nominalises(term.stem, word.stem):
                found[term] = word
                break
    return found
