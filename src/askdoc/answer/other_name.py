"""A question word a sentence holds only inside a longer word: another name, not the question's thing.

"SASL uses /dev/urandom" for "Does SASL use /dev/random?": "urandom" is "random" with letters put before it, and it
names another device, not "random" said in other words. The question's word is then not held by the sentence, nor by
a neighbour that happens to hold it in another sense ("the random numbers that /dev/urandom emits"), and no "yes" is
stated (a negating prefix, "unprovoked" for "provoked", is read as a denial elsewhere: verdict_cues.affix_negated).

Issue 12, the fifth precision pass: bench/verdicts.py "held-out readers 9" .933 -> 1.000 (14 of 14 stated; sa-11 withheld),
no verdict of any other part changing.
"""

from __future__ import annotations

from askdoc.answer.verdict_cues import Token, content, same_term

# Letters put before the question's word, at most: "u" of "urandom", "lib" of "libfoo"; more make another word
# ("correspond" for "respond" is read too, at three). A shorter word than four letters sits inside too many others
# ("use" in "reuse", "abuse", "cause").
_PREFIX = 3
_SHORTEST = 4


def longer_names(missing: list[Token], sentence: list[Token]) -> list[Token]:
    """The ``missing`` question words that a word of ``sentence`` holds with one to ``_PREFIX`` letters before it."""
    words = content(sentence)
    return [
        term
        for term in missing
        if term.stem is not None and len(term.lower) >= _SHORTEST and term.lower.isalpha()
        and any(_prefixed(term, word) for word in words)
    ]


def _prefixed(term: Token, word: Token) -> bool:
    extra = len(word.lower) - len(term.lower)
    return 0 < extra <= _PREFIX and word.lower.endswith(term.lower) and word.lower[:extra].isalpha() and not same_term(term, word)
