"""The yes/no verdict on real sentences: stated when the sentence decides, withheld otherwise."""

from __future__ import annotations

import pytest

from askdoc.answer.verdict import cues, decide


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # The sentence states the proposition: yes.
        ("Is the author a journalist?", "Steven Sahiounie is a Syrian-American award-winning journalist.", "yes"),
        ("Did the embassy attacks continue into February?",
         "In January more attacks took place on the Embassy, and in February attacks continued, with the latest attacks "
         "occurring in late March, resulting in the US State Department ordering some Embassy employees to leave the "
         "country.", "yes"),
        ("Does Rich work on Windows?", "Rich works with Linux, OSX, and Windows.", "yes"),
        ("Has the online petition gathered more than 100,000 signatures?",
         "An online petition against the Digital Crimes Bill released back in 2008 has already gathered 146,627 signatures.",
         "yes"),
        # Negation on the matching predicate: no.
        ("Can compressed archives be concatenated?", "Compressed archives cannot be concatenated.", "no"),
        ("Does the status animation prevent you from using the console?",
         "The animation won't prevent you from using the console as normal.", "no"),
        ("Was the 2003 invasion provoked, in the writer's view?",
         "Recently, three rockets landed near an area housing workers of the US oil service company Halliburton, which was "
         "brought into Iraq by VP Dick Cheney in 2003, in the looting of oil resources of Iraq made possible by the "
         "unprovoked invasion.", "no"),
        ("Did SebaSpace answer the questions from Red Pepper?",
         "SebaSpace refused to answer the questions from Red Pepper.", "no"),
        # A name and its acronym are one term.
        ("Did the United States back the new Iraqi government?",
         "On April 13, the US backed the new Iraqi government.", "yes"),
        ("Did the US leave the United Nations?", "The United States did not leave the UN.", "no"),
        # A clause-final "not" denies the first clause's predicate to its own subject (FHS 3.0).
        ("Are device lock files shareable?",
         "For example, the files in user home directories are shareable whereas device lock files are not.", "no"),
        ("Are user home directories shareable?",
         "For example, the files in user home directories are shareable whereas device lock files are not.", "yes"),
        # … but not what the question does not ask (gnu-maintain): "respects your freedom" is not "stop supporting".
        ("Will GNU stop supporting Windows in its next release?",
         "You can say, “This program respects your freedom, but Windows does not.", "undecided"),
        # A contrasting value in the asked slot: no.
        ("Was AI-5 issued in 1964?",
         "Issued in 1968, AI-5 abolished freedom of expression by introducing the preliminary censorship of music, films, "
         "theater and television.", "no"),
        ("Does the network usually remember the user by IP address?",
         "Once the captive portal's goals (see below) are met, the network \"remembers\" that the user is allowed network "
         "access, usually by MAC address.", "no"),
        ("Does Rich run on Python 2.7?", "Rich requires Python 3.7 or later.", "no"),
        ("Were all the embassy employees ordered out of Iraq?",
         "In January more attacks took place on the Embassy, and in February attacks continued, with the latest attacks "
         "occurring in late March, resulting in the US State Department ordering some Embassy employees to leave the "
         "country.", "no"),
        # A plan for a "has it already happened" question: no.
        ("Has the draft already expired?", "This Internet-Draft will expire on August 18, 2016.", "no"),
        # Not decided: a paraphrase, a negation elsewhere in the sentence or in a condition, "may", a list.
        ("Did Washington back the new Iraqi government?",
         "On April 13, the US stated support for the new government, but not without mentioning Shia and Sunni differences.",
         "undecided"),
        ("Does ls sort entries alphabetically by default?",
         "Sort entries alphabetically if none of -cftuvSUX nor --sort is specified.", "undecided"),
        ("Have licenses already been removed from the list of standard short names?",
         "From time to time, licenses may be added to or removed from the list of standard short names.", "undecided"),
        ("Does HTTPX support HTTP/3?",
         "It includes an integrated command line client, has support for both HTTP/1.1 and HTTP/2, and provides both sync "
         "and async APIs.", "undecided"),
        ("Does Libtasn1 support BER or CER encoding in addition to DER?",
         "• Distinguished Encoding Rules (DER) encoding support.", "undecided"),
        # "part" quantifies "the purpose", not the packages "every" asks about (gnu-maintain).
        ("Must every GNU package be hosted on Savannah?",
         "Please don’t mark Savannah projects for GNU packages as private; that defeats a large part of the purpose of "
         "using Savannah to host them.", "undecided"),
        # An opposite word in the question's place: no; not when the opposite is itself negated.
        ("Was the Shah of Iran an enemy of the United States?",
         "The shah of Iran was a close US ally and many would classify him as the definition of an “American Puppet”.",
         "no"),
        ("Did the killing of Soleimani respect the agreement between Iraq and the US?",
         "The killing was a breach of the 2014 agreement between the Iraqi government and the US, concerning the "
         "re-entering Iraq to fight ISIS.", "no"),
        ("Does compressing increase the size of the output file?",
         "Compress files with the deflate method, reducing the size of the output file.", "no"),
        ("Was the Shah of Iran an enemy of the United States?", "The shah of Iran was not a US ally.", "undecided"),
        # A former state does not answer a question about the present (FHS 3.0).
        ("Can binaries be kept under /etc?", "18 Originally, /sbin binaries were kept in /etc.", "undecided"),
        ("Is the interpreter encoded in UTF-8 on POSIX?",
         "The interpreter should be encoded in UTF-8 on Windows, and in sys.getfilesystemencoding() on POSIX.", "undecided"),
    ],
)
def test_verdict_on_real_sentences(question: str, sentence: str, expected: str) -> None:
    assert decide(question, sentence) == expected


def test_a_condition_negation_shared_with_the_question_is_no_denial() -> None:
    sentence = "2 if serious trouble (e.g., cannot access command-line argument)."
    question = "Does ls exit with status 2 when it cannot access a command-line argument?"
    found = cues(question, sentence, ("Exit status:",), "ls - list directory contents")
    assert not found.negated and not found.question_negated and found.window_coverage == 1.0


def test_the_documents_name_and_the_neighbours_complete_the_proposition() -> None:
    assert decide("Does Requests support SOCKS proxies?", "SOCKS Proxy Support") == "undecided"
    assert decide("Does Requests support SOCKS proxies?", "SOCKS Proxy Support", topic="Requests") == "yes"
    option = "list directories themselves, not their contents"
    question = "Does ls -d list the contents of directories?"
    assert decide(question, option, ("-d, --directory",), "ls - list directory contents") == "no"


def test_a_plan_word_after_an_article_hedges_only_the_word_it_qualifies() -> None:
    organized = "All over Brazil, mobilization against the proposed bill has been organized by a group of bloggers."
    assert decide("Has the mobilization been organized by bloggers?", organized) == "yes"
    planned = "The planned withdrawal of the troops is scheduled for June."
    assert decide("Has the withdrawal of the troops already happened?", planned) == "no"


def test_a_sentence_opened_by_without_sets_a_condition_and_denies_nothing() -> None:
    sentence = "Without a config file, the tool falls back to the defaults."
    assert decide("Does the tool fall back to the defaults without a config file?", sentence) == "yes"
    assert decide("Does the tool fall back to the defaults?", "The tool does not fall back to the defaults.") == "no"


def test_another_value_says_no_only_where_the_sentence_affirms_it() -> None:
    sentence = "w3m doesn't support the COLOR attribute of HTML."
    assert decide("Does w3m support JavaScript?", sentence) == "undecided"
    assert decide("Does w3m support the COLOR attribute?", sentence) == "no"
    assert decide("Is Iraq a Sunni-majority country?", "Iraq is a Shia majority country.") == "no"


def test_only_asked_needs_a_sentence_that_restricts_too() -> None:
    question = "Are the archives kept only on lore.kernel.org?"
    assert decide(question, "The archives are kept on lore.kernel.org, marc.info and other sites.") == "undecided"
    assert decide(question, "The archives are kept only on lore.kernel.org.") == "yes"


def test_an_item_of_a_list_of_acts_is_decided_by_its_lead_in_not_by_itself() -> None:
    assert decide("Can you change directories with cd?", "* Changing directories with the 'cd' builtin.") == "undecided"


def test_alternatives_and_option_names_deny_nothing() -> None:
    assert decide("Can you pick which domains to accept cookies from?",
                  "You can pick domains from which to accept or not accept cookies.") == "yes"
    assert decide("Can cookies be turned off with an option?", "Use the -cookie and -no-cookie option.") != "no"
    assert decide("Does --no-seek assume the archive is seekable?", "Assume the archive is not seekable.") == "no"
