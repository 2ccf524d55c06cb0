"""A date the sentence opens with dates what it says: another month or year than the question's says no."""

from __future__ import annotations

import pytest

from askdoc.answer.verdict import decide


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        ("Did the Porto Alegre demonstration happen in April?", "On May 25th, it was time for a demonstration in Porto Alegre.",
         "no"),
        ("Did the Porto Alegre demonstration happen in May?", "On May 25th, it was time for a demonstration in Porto Alegre.",
         "yes"),
        ("Did Debian adopt systemd as default in 2010?",
         "1In 2014, Debian changed its default init system from System V init to systemd.", "no"),
        ("Was Soleimani killed in February?",
         "On January 3, 2020, Soleimani was killed in a US drone strike at Baghdad airport.", "no"),
        # Two months: which dates the killing is not for the opening to say.
        ("Was Soleimani killed in February?", "In January he travelled to Baghdad, and in March Soleimani was killed.",
         "undecided"),
    ],
)
def test_a_different_opening_date_says_no(question: str, sentence: str, expected: str) -> None:
    assert decide(question, sentence) == expected
