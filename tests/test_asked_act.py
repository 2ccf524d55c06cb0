"""The act a question asks about, read from its shape (issue 12, knowing when the document does not say)."""

from __future__ import annotations

import pytest

from askdoc.answer.asked_act import asked_act, question_shape


@pytest.mark.parametrize(
    ("question", "act"),
    [
        ("How many Iraqi COVID-19 patients have recovered?", "recovered"),
        ("How many rockets hit the US Embassy?", "hit"),
        ("How many embassy staff were told to leave Iraq?", "leave"),
        ("How many Halliburton employees were hurt by the rockets?", "hurt"),
        ("Which intelligence agency did Kadhimi run?", "run"),
        ("Which US president withdrew the troops in 2011?", "withdrew"),
        ("Did Kadhimi's cabinet win the confidence vote in Parliament?", "win"),
        ("Did Kurdish and Sunni lawmakers boycott the withdrawal vote?", "boycott"),
        ("Did the Nigerian bill pass the National Assembly?", "pass"),
        ("When does the captive portal draft expire?", "expire"),
        ("When did Azeredo first propose the bill?", "propose"),
        ("How did Iran retaliate for Soleimani's death?", "retaliate"),
        ("Who ruled Iraq before the 2003 invasion?", "ruled"),
        ("Does zipapp encrypt the archive?", "encrypt"),
    ],
)
def test_the_asked_act_is_the_questions_main_verb(question: str, act: str) -> None:
    assert asked_act(question) == act


@pytest.mark.parametrize(
    "question",
    [
        "Did a protest take place in Minas Gerais?",  # a light verb
        "Who wrote the captive portals draft?",  # answered by a byline
        "How many options does ls have?",
        "How does the author describe the Shah of Iran's relationship with Washington?",  # the text's own act
        "Who is the editor of the Red Pepper?",
        "What is this article about?",
    ],
)
def test_a_light_or_framing_verb_names_no_act(question: str) -> None:
    assert asked_act(question) is None


def test_the_shape_is_the_questions_opening() -> None:
    assert question_shape("How many rockets hit the US Embassy?") == "how many"
    assert question_shape("how much did it cost") == "how many"
    assert question_shape("Did the Senate approve the bill?") == "yesno"
    assert question_shape("Whom did he meet?") == "who"
    assert question_shape("Please summarise") == "other"
