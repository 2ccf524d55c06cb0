"""A thing the sentence names only as possible: "Forfeiture of any potential bug bounty" (Node.js's SECURITY.md)
holds "bug bounty" but does not say there is one, as "may" does not say a thing happens (verdict_cues.modal_mismatch).
An adjective or adverb of possibility qualifying a question word withholds a "yes" the question does not ask as
possible.
"""

from __future__ import annotations

from askdoc.answer.verdict_cues import Token, content, same_term

_POSSIBLE = frozenset({"potential", "potentially", "possible", "possibly", "prospective", "hypothetical", "hypothetically"})
# Content words after the qualifier that it covers ("any potential similar problems").
_QUALIFIED = 3


def possible_only(question: list[Token], sentence: list[Token], matched: list[Token]) -> bool:
    """Whether a word of possibility in the sentence qualifies one of the ``matched`` question words (within
    ``_QUALIFIED`` content words after it) and the question asks of no possibility. bench/verdicts.py (issue 12): no
    verdict of any part changes; the Node.js case is asserted in tests/test_yesno_unseen.py."""
    if any(t.lower in _POSSIBLE for t in question):
        return False
    return any(
        tok.lower in _POSSIBLE
        and any(same_term(w, m) for w in content(sentence[n + 1 :])[:_QUALIFIED] for m in matched)
        for n, tok in enumerate(sentence)
    )
