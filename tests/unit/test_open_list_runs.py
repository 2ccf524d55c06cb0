"""A sentence that names a run of items itself: the list is told there, and the open list adds nothing to it."""

from askdoc.answer.open_list import enumerates


def test_a_run_of_short_parts_between_commas_is_a_run_of_items() -> None:
    assert enumerates("After reading that file, it looks for ~/.bash_profile, ~/.bash_login, and ~/.profile, in that order.")
    assert enumerates("Requests are steered through DNS poisoning, TCP interception, and/or HTTP redirection.")
    assert enumerates(
        "Kadhemi faces serious challenges concerning the COVID-19 crisis, and the economic crisis following it, "
        "as well as record-low oil prices."
    )


def test_clauses_between_commas_are_no_run_of_items() -> None:
    assert not enumerates(
        "In January more attacks took place on the Embassy, and in February attacks continued, with the latest attacks "
        "occurring in late March, resulting in the US State Department ordering some Embassy employees to leave the country."
    )
    assert not enumerates("Driving the US out of Iraq is their goal.")
