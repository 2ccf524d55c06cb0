"""Follow-ups that say "he"/"she" are asked with the person's name (issue 12, answer/referent.py)."""

from __future__ import annotations

from askdoc.answer.conversation import own_question, resolve
from askdoc.answer.referent import with_referent


def test_he_becomes_the_person_the_earlier_question_names() -> None:
    assert resolve("What did he say about the American troops?", ["What did Kadhimi promise?"], force=True) == (
        "What did Kadhimi say about the American troops?"
    )
    assert with_referent("Why was his blog suspended?", ["Who is Blake?"]) == "Why was Blake's blog suspended?"
    assert with_referent("Why is he worried?", ["What did MP Ali al-Ghanimi tell the media?"]) == (
        "Why is MP Ali al-Ghanimi worried?"
    )


def test_her_is_possessive_before_a_noun_and_an_object_otherwise() -> None:
    assert with_referent("What did she tell her readers?", ["Who is Phiona?"]) == "What did Phiona tell Phiona's readers?"
    assert with_referent("Who wrote to her?", ["Who is Phiona?"]) == "Who wrote to Phiona?"


def test_no_person_named_falls_back_to_joining_the_earlier_questions() -> None:
    history = ["Who was named Prime Minister-designate?"]
    assert with_referent("When is he expected to be approved?", history) is None
    assert resolve("When is he expected to be approved?", history, force=True) == (
        "Who was named Prime Minister-designate? When is he expected to be approved?"
    )
    assert with_referent("Where did the protest against it take place?", ["Who proposed the Digital Crimes Bill?"]) is None



def test_a_joined_follow_up_is_read_by_its_own_question() -> None:
    assert own_question("Who attacked the embassy? When did they attack it?") == "When did they attack it?"
    assert own_question("Why did the troops return?") == "Why did the troops return?"
