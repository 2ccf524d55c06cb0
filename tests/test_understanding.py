"""Question understanding with the real model: intents, and follow-ups only when a question leans back."""

import pytest

from askdoc.answer.understanding import understand
from askdoc.embedding.embedder import Encoder

pytestmark = pytest.mark.slow  # every test asks a real engine (the model loads)

HISTORY = ["When was Soleimani killed?"]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What is this article about?", "summary"),
        ("tl;dr", "summary"),
        ("who wrote this", "metadata"),
        ("When was the article published?", "metadata"),
        ("List the people named in the article.", "list"),
        ("Did the US withdraw from Iraq in 2011?", "yesno"),
        ("When was Soleimani killed?", "fact"),
        ("What does the author say about the 2003 invasion?", "fact"),
        ("Explain briefly what this opinion piece says", "summary"),
        ("What did the author conclude from the vote?", "fact"),
        ("What value does the argument to -m expect?", "fact"),
        ("Where is this article from?", "metadata"),
        ("Which companies are named in the article?", "list"),
    ],
)
def test_intent(encoder: Encoder, question: str, kind: str) -> None:
    assert understand(question, encoder.encode([question])[0], ()).kind == kind


@pytest.mark.parametrize("question", ["What is it about?", "Who wrote it?", "Who is the President of Iraq?"])
def test_standalone_and_document_level_questions_are_not_rewritten(encoder: Encoder, question: str) -> None:
    understood = understand(question, encoder.encode([question])[0], HISTORY)
    assert not understood.follow_up and understood.resolved_question == question


@pytest.mark.parametrize(
    ("question", "resolved"),
    [
        ("How was he killed?", "How was Soleimani killed?"),
        ("And where did it happen?", f"{HISTORY[0]} And where did it happen?"),
        ("Why?", f"{HISTORY[0]} Why?"),
    ],
)
def test_questions_leaning_back_are_resolved(encoder: Encoder, question: str, resolved: str) -> None:
    understood = understand(question, encoder.encode([question])[0], HISTORY)
    assert understood.follow_up and understood.resolved_question == resolved
