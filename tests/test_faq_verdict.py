"""A FAQ's own "Yes." or "No." answers the reader's question when the FAQ's question asks the same (issue 12, the fifth
precision pass; answer/faq_verdict.py), on the zlib FAQ: quoted with the sentence after it, and never lent to a question
the FAQ's does not ask."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow  # every test asks a real engine (the model loads)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("Is zlib under the GNU license?", "No. Please read the license in zlib.h."),
        ("Is zlib Y2K-compliant?", "Yes. zlib doesn't handle dates."),
    ],
)
def test_the_faqs_own_verdict_answers_its_question(real_engine, question: str, opening: str) -> None:
    answer = real_engine("zlib-FAQ.txt").ask(question)
    assert answer.kind == "yesno" and answer.text.startswith(opening)


@pytest.mark.parametrize(
    "question", ["Is zlib under a license?", "Does the PKWare DCL use the same format as zlib?"]
)
def test_a_faq_verdict_is_not_lent_to_another_question(real_engine, question: str) -> None:
    answer = real_engine("zlib-FAQ.txt").ask(question)
    assert not answer.text.startswith(("Yes", "No"))
