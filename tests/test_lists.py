"""List questions (issue 12): entity lists scanned from the whole document, open lists gathered across passages."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from askdoc.answer.contract import ABSTENTION_TEXT, MAX_WORDS, without_markers
from askdoc.answer.engine import Engine
from askdoc.answer.entity_scan import scan, vocabulary
from askdoc.answer.list_request import list_request


def test_the_asked_type_and_its_exclusions_are_read_from_the_question() -> None:
    assert list_request("Which people are named in the article?").item_type == "person"
    assert list_request("what groups and organisations does the article mention").item_type == "organisation"
    assert list_request("What are the section headings of the article?").item_type == "heading"
    countries = list_request("Which countries other than Iraq and the US come up in the text?")
    assert (countries.item_type, countries.excluded) == ("country", ("iraq", "us"))
    assert list_request("What steps did Iraqi leaders take to get foreign troops out?").item_type is None
    assert list_request("Which organization grants permission to repost articles?").singular
    assert list_request("Which countries does the author say US policy has thrown into chaos?").item_type is None


def test_names_are_told_from_capitalised_words() -> None:
    sentences = [
        "US Ambassador Matthew Tueller met with caretaker Prime Minister Adil Abdul-Mahdi in Baghdad.",
        "Also killed was Abu Mahdi al-Muhandis, who founded Iraq's Kataib Hezbollah unit.",
        "The parliament met; the Iraqi Parliament passed a resolution.",
    ]
    words = vocabulary(sentences)
    people = [found.text for sentence in sentences for found in scan("person", sentence, words)]
    bodies = [found.text for sentence in sentences for found in scan("organisation", sentence, words)]
    assert people == ["Matthew Tueller", "Adil Abdul-Mahdi", "Abu Mahdi al-Muhandis"]
    assert bodies == ["Kataib Hezbollah", "Iraqi Parliament"]


def test_acronyms_in_a_run_of_bodies_and_before_an_organisation_word_are_organisations() -> None:
    # Sentences of globalvoices-africa-lgbt-blogosphere.html, gnu-maintain.html and the capport draft.
    sentences = [
        "will the African Leaders put their priorities in order from all the pressure by the UN, IMF and World Bank?",
        "The GNU Project has a web site where you can register your package.",
        "This document is subject to BCP 78 and the IETF Trust's Legal Provisions.",
        "Copyright is assigned to the Free Software Foundation (FSF) for the GNU packages.",
    ]
    words = vocabulary(sentences)
    bodies = [found.text for sentence in sentences for found in scan("organisation", sentence, words)]
    # An acronym just after a name is its abbreviation, not one more body.
    assert bodies == ["World Bank", "UN", "IMF", "GNU Project", "IETF Trust", "Free Software Foundation"]


@pytest.fixture(scope="module")
def africa(real_engine: Callable[[str], Engine]) -> Engine:
    """An engine over a real news page (Global Voices, CC BY 3.0) that is not the bundled article."""
    return real_engine("globalvoices-africa-lgbt-blogosphere.html")


@pytest.mark.slow
def test_the_people_of_a_real_page_are_listed_in_order_each_cited(africa: Engine) -> None:
    answer = africa.ask("Which people are named in the post?")
    assert answer.kind == "list" and not answer.abstained
    lines = answer.text.splitlines()
    names = ["- Robert Mugabe", "- Sam Nujoma", "- Wilde Yearnings", "- Barack Obama"]
    assert [line.split(" [")[0] for line in lines[:4]] == names
    assert all(line.endswith("]") for line in lines)
    quoted = [africa.index.text[span.start : span.end] for citation in answer.citations for span in citation.quoted]
    assert any("Robert Mugabe once described gays" in sentence for sentence in quoted)


@pytest.mark.slow
def test_countries_exclude_the_ones_the_question_rules_out(engine: Engine) -> None:
    answer = engine.ask("Which countries other than Iraq and the US come up in the text?")
    text = without_markers(answer.text)
    assert all(country in text for country in ("Afghanistan", "Yemen", "Syria", "Iran"))
    assert "Iraq\n" not in text + "\n" and "United States" not in text
    assert len(text.split()) <= MAX_WORDS


@pytest.mark.slow
def test_section_headings_come_from_the_document_structure(engine: Engine) -> None:
    answer = engine.ask("What are the section headings of the article?")
    assert answer.text.startswith("- Iraq has a new Prime Minister [1]\n- The Sunni-Shia divide [2]")
    assert answer.citations[0].passage.chunk.section == "Iraq has a new Prime Minister"


@pytest.mark.slow
def test_an_open_list_brings_the_items_a_sentence_introduces(real_engine: Callable[[str], Engine]) -> None:
    draft = real_engine("draft-nottingham-capport-problem-00.txt")
    answer = draft.ask("What are the motivations for deploying captive portals?")
    # The introducing sentence, then its items in order, each cited (other answering sentences may come before it).
    assert re.search(r"the most common motivations are: \[\d+\]\n- Authentication \[\d+\]\n- Payment \[\d+\]", answer.text)
    nothing = draft.ask("Which countries are mentioned in the draft?")
    assert nothing.abstained and nothing.text == ABSTENTION_TEXT


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "items"),
    [
        ("Who died in the drone strike ordered by Trump?", ("Soleimani", "Muhandis")),
        ("What did Kadhimi say in his statement to the media?", ("sub-identities",)),
    ],
)
def test_questions_whose_answer_is_several_things_are_lists(engine: Engine, question: str, items: tuple[str, ...]) -> None:
    answer = engine.ask(question)
    assert answer.kind == "list" and not answer.abstained
    assert all(item in without_markers(answer.text) for item in items)


@pytest.mark.slow
def test_an_open_list_quotes_what_a_sentence_ending_in_a_colon_introduces(africa: Engine) -> None:
    answer = africa.ask("What did Obama say in his proclamation?")
    text = without_markers(answer.text)
    assert answer.kind == "list" and "He posted Obama's speech on his blog:" in text
    assert "partnered with the LGBT community" in text and "United Nations" in text
    assert len(text.split()) <= MAX_WORDS


@pytest.mark.slow
def test_an_open_list_gathers_weak_answers_instead_of_abstaining(engine: Engine) -> None:
    # Each sentence alone is below the abstention threshold; that one of them answers is not.
    answer = engine.ask("What were the consequences of the 2003 invasion according to the author?")
    assert answer.kind == "list" and not answer.abstained
    assert "sectarian divisions" in answer.text and len(answer.text.splitlines()) >= 2


@pytest.mark.slow
def test_an_open_list_sentence_that_points_back_brings_the_one_before_it(africa: Engine) -> None:
    answer = africa.ask("What were the consequences of Blake's blog for Kenyan gay bloggers?")
    text = without_markers(answer.text)
    # "This is because … Blake used to visit all of them …" explains the sentence before it.
    assert answer.kind == "list" and "his blog served us more" in text and "drive traffic" in text


@pytest.mark.slow
def test_an_open_list_gathers_items_from_the_next_passages_of_the_section(engine: Engine) -> None:
    # The Embassy attacks and the rockets near Halliburton are told in two passages under one heading.
    answer = engine.ask("List the attacks on American targets described in the article.")
    text = without_markers(answer.text)
    assert answer.kind == "list" and "attacks took place on the Embassy" in text and "three rockets" in text
    assert len({c.passage.chunk.chunk_id for c in answer.citations}) >= 2 and len(text.split()) <= MAX_WORDS


@pytest.mark.slow
def test_an_open_list_quotes_a_step_told_in_the_following_passage(engine: Engine) -> None:
    answer = engine.ask("What steps did Iraqi leaders take to get foreign troops out?")
    text = without_markers(answer.text)
    assert "passed a resolution" in text and '"urgent measures"' in text and len(text.split()) <= MAX_WORDS


@pytest.mark.slow
def test_what_someone_said_brings_the_statement_and_what_they_added(engine: Engine) -> None:
    answer = engine.ask("What did Kadhimi say in his statement to the media?")
    text = without_markers(answer.text)
    assert answer.kind == "list" and "comprehensive Iraqi national project" in text
    assert "He added that a top priority was to negotiate with the US" in text and "settling scores" in text
    assert "announced on April 14" not in text and len(text.split()) <= MAX_WORDS


@pytest.mark.slow
def test_an_open_list_adds_nothing_to_a_sentence_that_names_the_items_itself(engine: Engine) -> None:
    answer = engine.ask("What problems does the incoming prime minister have to deal with?")
    text = without_markers(answer.text)
    assert "COVID-19 crisis" in text and "record-low oil prices" in text
    assert "spy-chief" not in text and "Ramadan" not in text
