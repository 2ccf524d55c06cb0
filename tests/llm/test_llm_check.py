"""The citation check on its own: which generated answers may be shown as cited, and why others may not."""

import pytest

from askdoc.answer.contract import ABSTENTION_TEXT
from askdoc.llm.check import check_answer
from askdoc.llm.errors import LLMError
from askdoc.text.sentences import split_sentences
from askdoc.types import Chunk, Passage

TEXTS = [
    "On April 19, the President of Iraq named former spy-chief Mustafa Kadhimi as Prime Minister-designate.",
    "The US occupied the country for eight years, withdrawing troops in 2011, after spending nearly $2 trillion.",
    "As of April 14, the country has registered 1,400 COVID-19 cases and 78 deaths.",
]


def passage(chunk_id: int, text: str, start: int = 0, section: str = "Iraq has a new Prime Minister") -> Passage:
    sentences = tuple(split_sentences(" " * start + text, start))
    return Passage(Chunk(chunk_id, start, start + len(text), text, section, (chunk_id,), sentences, 0), 0.5)


GIVEN = [passage(10 + i, text, start=1000 * i) for i, text in enumerate(TEXTS)]


def test_cited_answer_is_renumbered_in_order_of_citation_and_quotes_its_sentences() -> None:
    checked = check_answer(
        "Iraq had 1,400 COVID-19 cases as of April 14 [3]. Mustafa Kadhimi was named Prime Minister-designate. [1]", GIVEN
    )
    assert (
        checked.text
        == "Iraq had 1,400 COVID-19 cases as of April 14 [1]. Mustafa Kadhimi was named Prime Minister-designate. [2]"
    )
    assert [(c.n, c.passage.chunk.chunk_id) for c in checked.citations] == [(1, 12), (2, 10)]
    assert checked.citations[0].quoted[0].start == 2000 and not checked.abstained


def test_number_words_digits_and_magnitudes_match_either_way() -> None:
    checked = check_answer("The US occupied Iraq for 8 years and spent nearly 2 trillion dollars [2].", GIVEN)
    assert checked.citations[0].passage is GIVEN[1]


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        ("Kadhimi was named Prime Minister-designate [4].", "the model cited [4], but only passages [1]–[3] were given"),
        (
            "Iraq had 2,000 COVID-19 cases [3].",
            "the sentence “Iraq had 2,000 COVID-19 cases.” gives the number 2,000, which passage [3] does not contain",
        ),
        (
            "The US occupied Iraq for nine years [2].",
            "the sentence “The US occupied Iraq for nine years.” gives the number nine, which passage [2] does not contain",
        ),
        (
            "On April 19, Ali Hassan was named Prime Minister [1].",
            "the sentence “On April 19, Ali Hassan was named Prime Minister.” names Ali, which passage [1] does not contain",
        ),
        (
            "Kadhimi was named Prime Minister-designate [1]. He is a former spy-chief.",
            "the sentence “He is a former spy-chief.” has no citation",
        ),
        ("Bananas ripen quickly [2].", "the sentence “Bananas ripen quickly.” shares no words with passage [2]"),
        ("", "the model's reply was empty"),
        (" ".join(["Kadhimi was named Prime Minister-designate [1]."] * 13), "the answer has 65 words, over the limit of 60"),
    ],
)
def test_unsupported_answers_fail_with_the_reason(reply: str, reason: str) -> None:
    with pytest.raises(LLMError) as failure:
        check_answer(reply, GIVEN)
    assert str(failure.value) == reason


def test_not_in_document_is_an_abstention() -> None:
    checked = check_answer("NOT IN DOCUMENT.", GIVEN)
    assert (checked.text, checked.citations, checked.abstained) == (ABSTENTION_TEXT, (), True)
