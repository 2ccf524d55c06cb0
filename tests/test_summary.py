"""Extractive summaries of the bundled article with the real model and index."""

import pytest

from askdoc.answer.engine import Engine

pytestmark = pytest.mark.slow  # every test asks a real engine (the model loads)

FURNITURE = ("Disclaimer", "share buttons", "Copyright", "fair use", "originally published")


def test_summary_quotes_key_content_sentences_in_order_each_cited(engine: Engine) -> None:
    answer = engine.ask("Can you summarise the article?")
    assert answer.kind == "summary" and not answer.abstained
    assert 3 <= sum(len(c.quoted) for c in answer.citations) <= 5
    assert len(answer.text.split()) <= 140
    assert not any(phrase.lower() in answer.text.lower() for phrase in FURNITURE)
    starts = [span.start for c in answer.citations for span in c.quoted]
    assert sorted(starts) == sorted(set(starts))


def test_main_argument_leads_with_the_thesis(engine: Engine) -> None:
    answer = engine.ask("What is the main argument of the piece?")
    assert answer.text.startswith("This marked a line being drawn in the sand: the US must be forced to leave Iraq")


def test_a_document_s_own_licence_notice_is_not_its_summary(tmp_path, model_dir, encoder) -> None:
    """A manual's title page states its licence first; the summary opens with what the manual is about."""
    from conftest import article_request

    guide = tmp_path / "guide.txt"
    guide.write_text(
        "Widget Maintainers' Guide\n\n"
        "Copyright © 2015 Jane Doe\n\n"
        "This document may be used under the terms of the GNU General Public License version 2 or higher.\n\n"
        "This guide explains how to build a widget package from its upstream source code.\n\n"
        "A widget package holds the compiled program, its manual pages and a control file that names its dependencies.\n\n"
        "Before building, install the build tools and check that the upstream tarball unpacks without errors.\n",
        encoding="utf-8",
    )
    answer = Engine.open(article_request(tmp_path / "index", model_dir, encoder, guide)).ask("What is this guide about?")
    assert answer.kind == "summary"
    assert answer.text.startswith("This guide explains how to build a widget package")
    assert "General Public License" not in answer.text and "Copyright" not in answer.text
