"""Stance questions, answered from the title: which questions are, and the title as a sentence."""

from __future__ import annotations

from askdoc.answer.stance import sentence_case, stance_of


def test_a_stance_needs_a_proposition_with_a_known_opposite() -> None:
    staying = stance_of("Is the author in favour of US troops staying in Iraq?")
    assert staying is not None and staying.proposition == "US troops staying in Iraq" and not staying.against
    leaving = stance_of("Is the writer against US troops leaving Iraq?")
    assert leaving is not None and leaving.against
    # A title naming a thing ("… to fight the Digital Crimes Bill") does not say whether the author is for it.
    assert stance_of("Is the author against the Digital Crimes Bill?") is None


def test_a_title_is_read_in_sentence_case() -> None:
    body = "a line: the military must leave, the sand was there"
    assert sentence_case("A Line in the Sand Is Drawn: The US Military Must Leave Iraq", body) == (
        "A line in the sand Is Drawn: the US military must leave Iraq"
    )
