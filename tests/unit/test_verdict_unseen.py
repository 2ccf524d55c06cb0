"""The verdict rules read on issue 12's held-out reader sets 5, 7 and 8 and on Node.js's SECURITY.md and systemd's
DISTRO_PORTING.md, on those documents' own sentences: each withholds the verdict the sentence does not give, and the
like sentence that decides keeps it."""

from __future__ import annotations

import pytest

from askdoc.answer.verdict import decide


@pytest.mark.parametrize(
    ("question", "sentence", "neighbours", "topic", "expected"),
    [
        # A quoted word is a name: "unmask" denies no "mask" (readers_held8 ga-04).
        ("Can masking the agent units be undone later?",
         '(This decision can be reversed by the user with "unmask" instead of "mask")', (), "gpg-agent system integration",
         "undecided"),
        ("Was the invasion provoked?", "It was an unprovoked invasion.", (), "", "no"),
        # Another agent, lower case, named after the same verb (readers_held7 bp-11), in the sentence or beside it.
        ("Are the static uids created by base-passwd itself?", "They are created by their respective packages.", (),
         "base-passwd", "undecided"),
        ("Are the static uids created by base-passwd itself?",
         "The following uid/gid pairs have been allocated in the static range 60000-64999.",
         ("They are created by their respective packages.",), "base-passwd", "undecided"),
        # Likeness turned round (readers_held8 zl-10).
        ("Does the PKWare DCL use the same format as zlib?",
         "The PKWare DCL uses a completely different compressed data format than does PKZIP and zlib.", (), "", "undecided"),
        ("Do zlib and gzip use the same compressed data format?",
         "Both the zlib and gzip formats use the same compressed data format internally.", (), "", "yes"),
        # "no default" denies a default, not the question's "default paths"; "no bug bounty" denies a bug bounty.
        ("Is it required to use the default paths?",
         "The most appropriate set of options depends on the architecture and distribution specifics so no default is "
         "provided.", (), "Porting systemd To New Distributions", "undecided"),
        ("Is there a bug bounty?", "The Node.js project no longer has a bug bounty program; there is no bug bounty.", (),
         "", "no"),
        # A thing named only as possible.
        ("Is there a bug bounty?", "Forfeiture of any potential bug bounty.", (), "Security", "undecided"),
        ("Is there a bug bounty?", "The Node.js project engages in an official bug bounty program.", (), "Security", "yes"),
        # A FAQ's question asserts nothing (readers_held8 zl-09, zl-11).
        ("Can zlib encrypt zip files?", "How can I encrypt/decrypt zip files with zlib?", (), "", "undecided"),
        # "man" alone, "db" nowhere (readers_held5 mf-04); "both man and man-db" still tells of man-db.
        ("Does man-db use catgets for its translations?",
         "Internationalisation man uses the obsolete catgets system for translations of the messages", (), "", "undecided"),
        ("Can man-db be installed setuid?",
         "Security matters because both man and man-db can be installed setuid to a special user.", (), "", "yes"),
        # A name anchored by the question word next to it only (readers_held7 pd-14).
        ("Does pip on Debian run on Windows?",
         "In that case, it pip just uses the normal sys.path, on which it finds the dependencies installed into Debian's "
         "system Pythons in the normal way.", (), "", "undecided"),
        ("Is Iraq a Sunni-majority country?", "Iraq is a Shia majority country.", (), "", "no"),
        # A version is a value (readers_held8 zl-14).
        ("Did zlib 1.2.2 have a double-free vulnerability?",
         "Versions 1.1.3 and before were subject to a double-free vulnerability, and versions 1.2.1 and 1.2.2 were "
         "subject to an access exception when decompressing invalid compressed data.", (),
         "Frequently Asked Questions about zlib", "undecided"),
        ("Did zlib 1.1.3 have a double-free vulnerability?",
         "Versions 1.1.3 and before were subject to a double-free vulnerability.", (),
         "Frequently Asked Questions about zlib", "yes"),
    ],
)
def test_a_verdict_only_where_the_sentence_decides(
    question: str, sentence: str, neighbours: tuple[str, ...], topic: str, expected: str
) -> None:
    assert decide(question, sentence, neighbours, topic) == expected
