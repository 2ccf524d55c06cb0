"""A sentence that holds the question's words inside a condition ("If you want to use /dev/random …, you have to
recompile the packages") does not assert them: a condition is not a statement that it is so.

The clause runs from "if" (or "unless", "in case") to the next punctuation mark or "then"; the question's words are
counted where the sentence holds them, in the clause and out of it; a "yes" is withheld when more stand inside.

Issue 12, the fifth precision pass: end to end (`askdoc eval eval/verdicts/readers_held9.jsonl`), sa-11's wrong Yes from
that sentence withheld, 11 right of 12 stated -> 11 of 11; bench/verdicts.py: no verdict of any part changes.
"""

from __future__ import annotations

from askdoc.answer.verdict_cues import Token, content, same_term

_OPENERS = frozenset({"if", "unless", "whether"})
_CASE = ("in", "case")


def conditional_only(terms: list[Token], sentence: list[Token]) -> bool:
    """Whether more of the question's ``terms`` stand inside the sentence's conditions than outside them."""
    inside = _conditions(sentence)
    within = outside = 0
    for term in terms:
        places = [w.at for w in content(sentence) if same_term(term, w)]
        if places and all(at in inside for at in places):
            within += 1
        elif places:
            outside += 1
    return within > outside


def _conditions(sentence: list[Token]) -> set[int]:
    """The positions of the tokens inside a condition's clause."""
    inside: set[int] = set()
    open_ = False
    for n, tok in enumerate(sentence):
        opens = tok.lower in _OPENERS or (tok.lower == _CASE[1] and n and sentence[n - 1].lower == _CASE[0])
        if opens:
            open_ = True
        elif tok.mark or tok.lower == "then":
            open_ = False
        elif open_:
            inside.add(tok.at)
    return inside
