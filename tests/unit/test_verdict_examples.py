"""An example list ("such as Perl") belongs to the noun before it: denied with it, and never a slot's value; nor
is a kind the sentence counts many of ("almost all Unix variants"); "already" in a question's condition asks nothing
done (verdict_cues._examples, is_example, _among_many, hedged). Sentences of GNU Wget's README and Python's logging
HOWTO, documents outside the verdict sets."""

from __future__ import annotations

from askdoc.answer.verdict import decide

PERL = (
    "Wget works under almost all Unix variants in use today and, unlike many of its historical predecessors, is "
    "written entirely in C, thus requiring no additional software, such as Perl."
)
OPENSSL = "The external software it does work with, such as OpenSSL, is optional."


def test_an_example_of_what_is_denied_is_not_affirmed() -> None:
    assert decide("Does wget need Perl?", PERL, topic="GNU Wget") != "yes"
    assert decide("Does it need Perl?", "It needs no software, like Perl or Python.") != "yes"


def test_an_example_does_not_fill_the_questions_slot() -> None:
    assert decide("Does it work on Windows?", OPENSSL, topic="GNU Wget") == "undecided"


def test_a_value_named_outside_an_example_still_decides() -> None:
    assert decide("Is wget written entirely in C?", PERL, topic="GNU Wget") == "yes"


def test_a_kind_counted_many_does_not_deny_another_value() -> None:
    assert decide("Does it work on Windows?", PERL, topic="GNU Wget") == "undecided"


def test_already_inside_the_questions_condition_asks_nothing_done() -> None:
    root = (
        "Logging to the root logger will make it difficult or impossible for the application developer to configure "
        "the logging verbosity or handlers of your library as they wish."
    )
    assert decide("Does basicConfig do anything if the root logger already has handlers?", root) == "undecided"
    assert decide("Has the bill already passed?", "The bill will be voted on next week.") == "no"
