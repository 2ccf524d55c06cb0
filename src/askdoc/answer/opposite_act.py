"""Whether the evidence tells of the opposite of the act a question asks about.

"When does Ramadan end?" asks about an ending; "… April 23, when the Holy month of Ramadan begins"
tells of a beginning, and its date does not answer. When the quoted sentences name neither the asked
act (answer/asked_act.py) nor a verb of its own group below, but do name one of the opposite group,
the answer is about the other act. Only opposite acts are listed, not converse ones, which tell of the
same event from its other side ("Who bought the factory?" is answered by "the factory was sold to
AvtoZAZ"; "won"/"defeated"/"lost", "attacked"/"defended", "gave"/"received"; SQuAD half A).

bench/value_check.py, over the answers the earlier checks keep: SQuAD half A 11 unanswerable questions
abstained on and no answerable one (with text/antonyms.py's pairs and the converse ones it was 20
and 5 right answers); half B, reported only, 5 and 1 answered wrongly. eval/dev/unanswerable3.jsonl
t14 ("Why did SebaSpace agree …?" against "refused"). Yes/no answers are left to verdict.py, where an
opposite act decides a "no".
"""

from __future__ import annotations

import re

from askdoc.answer.asked_act import asked_act, stem

# Opposite event verbs: each group's acts are opposite to the other group's.
_OPPOSITE_ACTS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("begin", "start", "open", "launch", "founded"), ("end", "finish", "close", "shut", "stop")),
    (("continue", "resume", "persist"), ("stop", "cease", "halt", "end")),
    (("suspend", "ban", "block", "close"), ("restore", "reinstate", "unblock", "lift", "reopen")),
    (("agree", "accept", "consent", "welcome"), ("refuse", "decline", "reject")),
    (("approve", "pass", "adopt", "support", "endorse"), ("reject", "veto", "oppose")),
    (("add", "introduce", "include"), ("remove", "drop", "deprecate", "exclude")),
    (("rise", "increase", "grow"), ("fall", "drop", "decline", "decrease", "reduce")),
    (("arrive", "enter", "stay", "remain"), ("leave", "depart")),
    (("deploy", "send"), ("withdraw",)),
    (("allow", "permit"), ("forbid", "prohibit", "ban")),
    (("confirm", "admit"), ("deny",)),
    (("succeed",), ("fail",)),
)
_WORD = re.compile(r"[^\W\d_]+")


def _table() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Each verb's stem to the stems of its own group (itself included) and to those of the opposite group."""
    same: dict[str, set[str]] = {}
    opposite: dict[str, set[str]] = {}
    for one, other in _OPPOSITE_ACTS:
        ones = {stem(w) or w for w in one}
        others = {stem(w) or w for w in other}
        for a, b in ((ones, others), (others, ones)):
            for word in a:
                same.setdefault(word, set()).update(a)
                opposite.setdefault(word, set()).update(b)
    return {w: frozenset(v) for w, v in same.items()}, {w: frozenset(v) for w, v in opposite.items()}


_SAME, _OPPOSITE = _table()


def tells_the_opposite(question: str, evidence: str) -> bool:
    """Whether ``evidence`` lacks the act ``question`` asks about (by stem) and names an act opposite to it."""
    verb = asked_act(question)
    asked = stem(verb) if verb else None
    if asked not in _OPPOSITE:
        return False
    words = _WORD.findall(evidence)
    # The act's doer names the act too: "the co-founder of Loopt" tells who founded it ("Who founded Loopt?").
    said = {stem(w) for w in words} | {stem(w[:-2] + "ed") for w in words if w.lower().endswith(("er", "or")) and len(w) > 5}
    return not (_SAME[asked] & said) and bool(_OPPOSITE[asked] & said)
