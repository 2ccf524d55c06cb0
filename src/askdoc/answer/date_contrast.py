"""A different date says no: "Did the Porto Alegre demonstration happen in April?" against "On May 25th,
it was time for a demonstration in Porto Alegre." The date of an event is often told away from the
words the question anchors it to (at the head of the sentence), so when the question dates its
proposition ("in April", "in 2010") and the sentence holds no date of that kind beside the
proposition's words, a date the sentence opens with ("On May 25th, …", "In 2014, …"), which dates
all it says, stands in its slot: another month or year there is a contrast (verdict.py). A date
elsewhere may date another event ("The treaty, drafted in 1988, was signed …"), and a sentence
with several dates of the kind says nothing alone.

bench/verdicts.py (issue 12, verdict recall): verdicts stated on eval/dev/verdicts.jsonl 54 → 55 of
90 (dv2-02, right), on eval/verdicts/readers_held.jsonl 11 → 12 of 25 (vh-22, right); no other part
changed, none wrong.
"""

from __future__ import annotations

from askdoc.answer.verdict_cues import Token, value_kind

_TIME_PREPOSITIONS = frozenset({"in", "on", "during", "since", "until", "by"})
_YEARS = (1000, 2100)
# "On May 25th," / "In 2014," / "On January 3, 2020,": the preposition opens the sentence, after at
# most a footnote or bullet mark ("1In 2014, Debian changed …" in the Debian FAQ's PDF text).
_OPENING = 2


def date_kind(term: Token) -> str | None:
    """"month" or "year" for a question term that dates something, else None."""
    if value_kind(term) == "month":
        return "month"
    if term.number is not None and len(term.text) == 4 and _YEARS[0] <= term.number <= _YEARS[1]:
        return "year"
    return None


def lone_date(question: list[Token], term: Token, sentence: list[Token]) -> list[Token]:
    """The sentence's one date of ``term``'s kind when the question dates its proposition with
    ``term`` after a time preposition; none when it holds no such date or several."""
    kind = date_kind(term)
    if kind is None or term.at == 0 or question[term.at - 1].lower not in _TIME_PREPOSITIONS:
        return []
    dates = [t for t in sentence if not t.quoted and not (t.at == 0 and t.lower == "may") and date_kind(t) == kind]
    opening = [t.at for t in sentence[:_OPENING] if t.lower in _TIME_PREPOSITIONS]
    if len({t.lower for t in dates}) != 1 or not opening:
        return []
    return [t for t in dates if t.at == opening[0] + 1]


def opening_dated(question: list[Token], terms: list[Token], sentence: list[Token]) -> list[Token]:
    """The question's dates that the sentence's opening date is: they date all it says, wherever the
    question's other words stand (no unbound value, verdict_cues.unbound)."""
    return [t for t in terms if any(d.lower == t.lower for d in lone_date(question, t, sentence))]
