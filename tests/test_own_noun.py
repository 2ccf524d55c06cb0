"""A list question's noun is read in the document's own sense before as an entity type (own_noun.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from askdoc.answer.contract import without_markers
from askdoc.answer.engine import Engine
from askdoc.answer.list_request import list_request
from askdoc.answer.own_noun import document_sense


@pytest.mark.slow
def test_groups_in_a_passwd_readme_are_its_unix_groups(real_engine: Callable[[str], Engine]) -> None:
    """base-passwd's README names no organisation: its "groups" are the users and groups of /etc/group."""
    passwd = real_engine("base-passwd-README.txt")
    assert document_sense(passwd.index, list_request("Which groups are there?"))
    for question in ("Which groups are there?", "What groups does it mention?"):
        answer = passwd.ask(question)
        assert answer.kind == "list" and not answer.abstained
        assert "the users and groups listed in those master-files" in without_markers(answer.text)
    assert "tac-plus group" in passwd.ask("Which groups are there?").text


@pytest.mark.slow
def test_a_noun_that_names_the_type_or_that_the_document_never_uses_asks_for_the_type(
    real_engine: Callable[[str], Engine], engine: Engine
) -> None:
    passwd = real_engine("base-passwd-README.txt")
    assert not document_sense(passwd.index, list_request("Which organisations are mentioned?"))
    assert not document_sense(engine.index, list_request("what groups and organisations does the article mention"))
    africa = real_engine("globalvoices-africa-lgbt-blogosphere.html")
    assert not document_sense(africa.index, list_request("Which groups are there?"))
