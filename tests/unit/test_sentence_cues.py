"""The wording cues of the sentence model: a role, a place, reported speech, a name carried by a pronoun."""

from __future__ import annotations

from askdoc.answer.sentence_cues import asked, carried_name, person_match, place_match, role_match, speech_match

NAMED = "On April 19, the President of Iraq named former spy-chief Mustafa Kadhimi as Prime Minister-designate."
CABINET = "Kadhimi announced on April 14 that he had selected a cabinet."
SAID = "In a statement to the media, Kadhimi said, “We have no choice but to work on a national project.”"
ADDED = "He added that a top priority was to negotiate with the US concerning their military presence."
EMBASSY = "Iraqi soldiers attacked the US Embassy in Baghdad on December 31, 2019."
LATER = "In January more attacks took place on the Embassy, and in late March attacks continued."


def test_a_job_question_matches_the_sentence_that_names_a_role() -> None:
    cues = asked("What job did Kadhimi hold before?")
    assert role_match(cues, NAMED) == 1.0
    assert role_match(cues, CABINET) == 0.0
    assert role_match(asked("When did Kadhimi select a cabinet?"), NAMED) == 0.0


def test_a_city_question_matches_a_place_name_not_a_month() -> None:
    question = "In which city was the US Embassy attacked?"
    cues = asked(question)
    assert place_match(cues, EMBASSY, question) == 1.0
    assert place_match(cues, LATER, question) == 0.0


def test_a_question_about_what_someone_said_matches_reported_speech() -> None:
    cues = asked("What did Kadhimi say about the American troops?")
    assert speech_match(cues, ADDED) == speech_match(cues, SAID) == 1.0
    assert speech_match(cues, NAMED) == 0.0


def test_a_pronoun_carries_the_name_of_the_sentence_before() -> None:
    cues = asked("What did Kadhimi say about the American troops?")
    assert carried_name(cues, ADDED, SAID) == 1.0
    assert carried_name(cues, SAID, NAMED) == 0.0
    assert carried_name(cues, ADDED, EMBASSY) == 0.0


def test_a_which_leader_question_matches_a_name_it_does_not_hold() -> None:
    question = "Which Iranian leader responded to the assassination?"
    cues = asked(question)
    assert person_match(cues, "Sayyed Ali Khamenei of Iran said the price is the US departure.", question) == 1.0
    assert person_match(cues, "The killing was a breach of the agreement with Iran.", question) == 0.0
