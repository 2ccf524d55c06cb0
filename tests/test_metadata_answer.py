"""Metadata questions answered from the document's metadata, cited to the line the value is on."""

import pytest

from askdoc.answer.engine import Engine

pytestmark = pytest.mark.slow  # every test asks a real engine (the model loads)


@pytest.mark.parametrize(
    ("question", "value", "line"),
    [
        ("Who wrote this article?", "Steven Sahiounie", "By Steven Sahiounie"),
        ("Which person authored this article?", "Steven Sahiounie", "By Steven Sahiounie"),
        ("When was the article published?", "April 19, 2020", "Global Research, April 19, 2020"),
        (
            "Where was it originally published?",
            "Mideast Discourse",
            "This article was originally published on Mideast Discourse.",
        ),
        ("Who owns the rights to this story?", "Steven Sahiounie", "Copyright © Steven Sahiounie, Global Research, 2020"),
        ("Which site did it first run on?", "Mideast Discourse", "This article was originally published on Mideast Discourse."),
    ],
)
def test_metadata_answer_cites_its_line(engine: Engine, question: str, value: str, line: str) -> None:
    answer = engine.ask(question)
    assert answer.kind == "metadata" and value in answer.text and answer.text.endswith("[1]")
    quoted = answer.citations[0].quoted[0]
    assert engine.index.text[quoted.start : quoted.end] == line
