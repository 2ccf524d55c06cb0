"""Reader-question shapes the verdict reads without word vectors: another name for a country, a
question whether the document mentions something."""

from __future__ import annotations

import pytest

from askdoc.answer.mention import mention_topic
from askdoc.answer.verdict import decide
from askdoc.text.aliases import is_demonym


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # A capital for its country's government, a country for its people.
        ("Did Washington support the new government?", "On April 13, the US stated support for the new government.", "yes"),
        # Iran's support says nothing of Washington's: a verb of inclusion takes several values (open_slot.py).
        ("Did Washington support the new government?", "On April 13, Iran stated support for the new government.",
         "undecided"),
        ("Was the resolution passed by Washington?", "On April 13, the resolution was passed by Iran.", "no"),
        ("Did Iraq's parliament meet after the assassination?",
         "Two days after the assassination, the Iraqi Parliament met and passed a resolution.", "yes"),
        # "Does the article mention X?" is decided by X being there, whatever the sentence says of it.
        ("Does the article mention bug reports?", "Bug reports do not count for copyright purposes.", "yes"),
        ("Is Twitter mentioned in the article?", "Activists are also using Twitter as an informative tool.", "yes"),
        # … and never answered no from one sentence that lacks it.
        ("Does the article mention Facebook?", "Users of Orkut, a social network, have also entered this fight.",
         "undecided"),
        ("Does the README mention HTTP/3?", "Requests allows you to send HTTP/1.1 requests extremely easily.", "undecided"),
    ],
)
def test_reader_shapes(question: str, sentence: str, expected: str) -> None:
    assert decide(question, sentence) == expected


def test_a_mention_is_in_the_quoted_sentence_not_only_in_the_title() -> None:
    assert decide("Does the README mention Requests?", "SOCKS Proxy Support", topic="Requests") == "undecided"
    assert decide("Does SOCKS proxy support come with Requests?", "SOCKS Proxy Support", topic="Requests") == "yes"


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("Does the article mention the coronavirus?", "the coronavirus"),
        ("does the document talk about covid", "covid"),
        ("Is Trump mentioned in the article?", "Trump"),
        ("Is there anything about oil in the text?", "oil"),
        ("Did he mention the budget?", None),
        ("Is Iraq a Sunni-majority country?", None),
    ],
)
def test_mention_topic(question: str, topic: str | None) -> None:
    assert mention_topic(question) == topic


def test_demonyms() -> None:
    assert is_demonym("Iraq", "Iraqi") and is_demonym("American", "America") and is_demonym("Italy", "Italian")
    assert not is_demonym("Iran", "Iraq") and not is_demonym("US", "USA")
    # Those no ending rule makes.
    assert is_demonym("Germany", "German") and is_demonym("French", "France") and is_demonym("US", "American")
    assert not is_demonym("German", "France")


_TITLE = "A Line in the Sand Is Drawn: The US Military Must Leave Iraq"
_SUPPORT = "On April 13, the US stated support for the new government, but not without mentioning Shia and Sunni differences."


def test_a_demonym_the_sentence_leaves_out_is_held_by_the_title() -> None:
    question = "Did Washington back the new Iraqi government?"
    assert decide(question, _SUPPORT, topic=_TITLE) == "yes"
    assert decide(question, _SUPPORT) == "undecided"  # no "Iraq" anywhere
    assert decide("Did Washington back the new Syrian government?", _SUPPORT, topic=_TITLE) == "undecided"


def test_a_possessive_country_stands_where_its_demonym_does() -> None:
    sentence = ("Two days after the assassination, the Iraqi Parliament met and passed a resolution demanding the "
                "complete withdrawal of all foreign troops from Iraq.")
    assert decide("Did Iraq's parliament vote for foreign troops to leave?", sentence) == "yes"
    assert decide("Did Germany's parliament vote for foreign troops to leave?", sentence) == "undecided"
    german = "The German Parliament voted for a full withdrawal of foreign troops."
    assert decide("Did Germany's parliament vote for foreign troops to leave?", german) == "yes"


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # An asked word with a negating prefix says no in the question's own word.
        ("Was the 2003 invasion provoked?", "Oil was looted in a way made possible by the unprovoked invasion in 2003.", "no"),
        ("Was the strike legal?", "The strike was illegal under international law.", "no"),
        ("Is GPL version 3 compatible with version 2?", "Its incompatibility with version 2 was a surprise.", "no"),
        # "in-", "im-", "dis-" begin words that negate nothing: no verdict from "informed" or "discovered".
        ("Was a new government formed?", "The President informed the new government of the decision.", "undecided"),
        ("Do the rules cover new ideas?", "The rules discovered new ideas.", "undecided"),
    ],
)
def test_negating_prefixes(question: str, sentence: str, expected: str) -> None:
    assert decide(question, sentence) == expected
