"""Sentences that hold a yes/no question's words but do not decide it (issue 12, held4 and held3 traps): the
verdict is withheld, and the like sentences that do decide keep their verdict."""

from __future__ import annotations

import pytest

from askdoc.answer.verdict import decide


@pytest.mark.parametrize(
    ("question", "sentence", "topic", "expected"),
    [
        # An item missing from what a verb of inclusion names is not denied (open_slot.py) ...
        ("Does this release run on Windows?", "This release runs on OpenBSD, FreeBSD, NetBSD, Linux, macOS and Solaris.",
         "", "undecided"),
        ("Does the package include certificates in DER format?",
         "This package includes PEM files of CA certificates to allow SSL-based applications to check for the "
         "authenticity of SSL connections.", "", "undecided"),
        ("Does Requests support HTTP/2?", "Requests allows you to send HTTP/1.1 requests extremely easily.", "", "undecided"),
        # ... but a range, a year or a one-valued slot still says no.
        ("Does Requests officially support Python 2.7?", "Requests officially supports Python 3.8+.", "", "no"),
        ("Was the online petition released in 2009?",
         "An online petition against the Digital Crimes Bill released back in 2008 has already gathered 146,627 "
         "signatures.", "", "no"),
        ("Is the README licensed under the GPL?", "This file and the CHANGES files are licensed under the ISC license.",
         "", "no"),
        # An item missing from an enumeration of three or more is not denied, whatever the verb (readers_held6) ...
        ("Has this port been tested on Windows?",
         "This port has been best tested on AIX, Cygwin, HP-UX, Linux, MacOS/X, FreeBSD, NetBSD, OpenBSD, OpenServer, "
         "Solaris and UnixWare.", "", "undecided"),
        # ... but an apposition is no enumeration.
        ("Was Sam Nujoma the president of Zimbabwe?",
         "Former Namibia's President, Sam Nujoma, once stated that homosexuals must be condemned.", "", "no"),
        # Another agent: who did it is not said in other words (readers_held6).
        ("Is the vcpkg port maintained by the Jansson authors?",
         "The Jansson port in vcpkg is maintained by Microsoft team members and community contributors.", "", "undecided"),
        ("Was ls written by Richard Stallman?", "Written by Richard M. Stallman and David MacKenzie.",
         "ls - list directory contents", "yes"),
        # The order in time turned round.
        ("Are the restrictions enforced before the startup files are read?",
         "These restrictions are enforced after any startup files are read.", "", "undecided"),
        ("Are the restrictions enforced after the startup files are read?",
         "These restrictions are enforced after any startup files are read.", "", "yes"),
        # A verb that undoes what the question asks to be kept.
        ("Does rbash keep its restrictions in the shell it spawns to run a script?",
         "When a command that is found to be a shell script is executed, 'rbash' turns off any restrictions in the "
         "shell spawned to execute the script.", "", "undecided"),
        # An aim, not a deed; an attempt describing a noun is no aim of the predicate.
        ("Do defeat mechanisms avoid the problems detection causes?",
         "Such defeat mechanisms aim to avoid the problems caused by captive portal detection.", "", "undecided"),
        ("Can portals that intercept TLS sessions cause certificate errors?",
         "Portals that attempt to intercept TLS sessions can cause certificate errors.", "", "yes"),
        # A word allowed where the question's words stand and denied elsewhere is not denied.
        ("Should PATH only allow a few verified commands?",
         "It should be accompanied by setting 'PATH' to a value that allows execution of only a few verified "
         "commands, changing the current directory to a non-writable directory, not allowing the restricted "
         "shell to execute shell scripts.", "", "undecided"),
        ("Should the restricted shell be allowed to run shell scripts?",
         "It should be accompanied by setting 'PATH' to a value that allows execution of only a few verified "
         "commands, not allowing the restricted shell to execute shell scripts.", "", "no"),
        # A name held only by the title does not take what the sentence gives to another party.
        ("Is Debian responsible for assessing the certificate authorities?",
         "Full responsibility to assess the certificate authorities belongs to the local system administrator.",
         "The Debian Package ca-certificates", "undecided"),
        ("Is ls free software?", "This is free software: you are free to change and redistribute it.",
         "ls - list directory contents", "yes"),
    ],
)
def test_a_verdict_only_where_the_sentence_decides(question: str, sentence: str, topic: str, expected: str) -> None:
    assert decide(question, sentence, topic=topic) == expected
