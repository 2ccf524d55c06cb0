"""Follow-ups that say "he"/"she" are asked with the person's name (issue 12, answer/referent.py)."""

from __future__ import annotations

from askdoc.answer.conversation import resolve
from askdoc.answer.referent import person_in_answer, with_referent


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


def test_after_who_the_person_is_the_one_the_answer_names() -> None:
    history = ["Who ran the blog Kenyans Against Gays?"]
    answer = (
        "One of them, Blake, had a blog called Kenyans Against Gays before it was suspended "
        "for violating Blogger's Terms of Service. [1]"
    )
    assert with_referent("What did he call for?", history, lambda at: answer) == "What did Blake call for?"
    titled = "On April 19, the President of Iraq named former spy-chief Mustafa Kadhimi as Prime Minister-designate. [1]"
    assert person_in_answer(titled, "Who was named Prime Minister-designate?") == "Mustafa Kadhimi"
