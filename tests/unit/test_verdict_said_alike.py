"""Verdicts where the sentence says the question's words otherwise: a synonym, a word of the same root,
a modal verb for "allowed", an adverb between the negator and what it denies (real sentences)."""

from __future__ import annotations

import pytest

from askdoc.answer.verdict import decide


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # A common synonym holds the question's word (text/synonyms.py).
        ("Does bash borrow features from the Korn shell?",
         "Bash also incorporates useful features from the Korn and C shells (ksh and csh).", "yes"),
        ("Did AI-5 bring in censorship of films and music?",
         "Issued in 1968, AI-5 abolished freedom of expression by introducing the preliminary censorship of music, films, "
         "theater and television.", "yes"),
        ("Does Rich rely on pygments for syntax highlighting?",
         "Rich uses the pygments library to implement syntax highlighting.", "yes"),
        # The sentence's word anchors the question's value where it stands.
        ("Does Rich run on Windows?", "Rich works with Linux, OSX, and Windows.", "yes"),
        ("Was the petition launched in 2008?",
         "An online petition against the Digital Crimes Bill released back in 2008 has already gathered 146,627 signatures.",
         "yes"),
        # A synonym that is denied says no.
        ("Is it possible to remove the file?", "The file cannot be deleted.", "no"),
        # "allowed" said by a modal verb; "may" then grants, it is no mere possibility.
        ("Is /etc allowed to hold executable scripts?",
         "2 To be clear, /etc may contain executable scripts, such as the command scripts commonly called by init.", "yes"),
        ("Are subdirectories allowed in /bin?", "There must be no subdirectories in /bin.", "no"),
        ("Are subdirectories allowed in /bin?", "Subdirectories in /bin are described in section 3.", "undecided"),
        # "not even": the negation denies what follows the adverb.
        ("Does the library need POSIX?",
         "The library itself should be portable to any C89 system, not even POSIX is required.", "no"),
        # "not only …, but also" denies nothing.
        ("Does the tool read tar files?", "The tool does not only read tar files, but also zip files.", "yes"),
        # A word of the same root ("freedom" for "free"), the rest held.
        ("Did AI-5 abolish free expression?", "Issued in 1968, AI-5 abolished freedom of expression.", "yes"),
    ],
)
def test_words_said_otherwise(question: str, sentence: str, expected: str) -> None:
    assert decide(question, sentence) == expected


def test_a_word_affirmed_elsewhere_in_the_sentence_is_not_denied() -> None:
    sentence = ("Static and variable files should be segregated because static files, unlike variable files, can be "
                "stored on read-only media and do not need to be backed up on the same schedule as variable files.")
    assert decide("Can static files be kept on read-only media?", sentence) == "yes"
    assert decide("Can static files be stored on read-only media?", "Static files cannot be stored on read-only media.") == "no"


def test_non_denies_the_word_it_is_joined_to() -> None:
    assert decide("Does an exit status of zero mean failure?", "A non-zero exit status indicates failure.") == "no"
    assert decide("Does a non-zero exit status mean failure?", "A non-zero exit status indicates failure.") == "yes"


def test_a_reaction_or_a_degree_opposite_to_the_asked_one_says_no() -> None:
    sentence = "These protests have been called after AI-5, the fifth, and the harshest of the decrees of the dictatorship."
    assert decide("Was AI-5 the mildest of the decrees?", sentence) == "no"
    assert decide("Did the city council welcome the plan?", "The city council was shocked by the plan.") == "no"


def test_a_prohibition_denies_what_a_permission_question_asks() -> None:
    forbidden = "Applications must never create or require special files or subdirectories in the root directory."
    assert decide("Can applications put their own files in the root directory?", forbidden) == "no"
    elsewhere = "Applications must never create files in the root directory, but may use /opt."
    assert decide("Can applications put files in /opt?", elsewhere) == "undecided"


def test_a_software_documents_words_for_the_asked_ones() -> None:
    assert decide("Does Requests handle SOCKS proxies?", "SOCKS Proxy Support", topic="Requests") == "yes"
    sentence = ("It includes an integrated command line client, has support for both HTTP/1.1 and HTTP/2, and provides "
                "both sync and async APIs.")
    assert decide("Does HTTPX offer an asynchronous API?", sentence, topic="HTTPX") == "yes"
