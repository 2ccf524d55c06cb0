"""A verb asked and the noun made of it in the sentence (text/nominalisations.py), read without word vectors."""

from __future__ import annotations

import pytest

from askdoc.answer.verdict import decide
from askdoc.text.nominalisations import nominalises


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        ("Did the US invade Iraq in 2003?", "The US invasion of Iraq in 2003 destroyed its infrastructure.", "yes"),
        ("Were the prisoners detained?", "The detention of the prisoners was condemned.", "yes"),
        ("Did the army occupy the city?", "The army's occupation of the city lasted eight years.", "yes"),
        ("Did the talks fail?", "The failure of the talks was blamed on both sides.", "yes"),
        ("Did Parliament decide to expel the troops?", "Parliament made no decision to expel the troops.", "no"),
    ],
)
def test_a_verb_is_held_by_its_noun(question: str, sentence: str, expected: str) -> None:
    assert decide(question, sentence) == expected


def test_short_stems_whose_rewrite_is_another_word_are_left_apart() -> None:
    assert nominalises("invad", "invas") and nominalises("permiss", "permit") and nominalises("fail", "failur")
    assert not nominalises("lead", "leas") and not nominalises("plan", "plant") and not nominalises("past", "pass")
    assert decide("Did they lead the talks?", "They signed a lease for the talks.") == "undecided"
