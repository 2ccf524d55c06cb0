"""Yes/no answers on real documents whose wrong verdicts issue 12's held-out reader sets exposed (readers_held5,
readers_held7, readers_held8; Node.js's SECURITY.md and systemd's DISTRO_PORTING.md): the quoted sentence does not
decide the question, so the answer quotes it without a "Yes" or "No"; like sentences that do decide keep theirs."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow  # every test asks a real engine (the model loads)


@pytest.mark.parametrize(
    ("name", "question", "quoted"),
    [
        # A word of possibility: a potential bounty is not said to exist.
        ("nodejs-SECURITY.md", "Is there a bug bounty?", "Forfeiture of any potential bug bounty."),
        # "no default is provided" denies a default, not "the default paths".
        ("systemd-DISTRO_PORTING.md", "Is it required to use the default paths?", ""),
        # Another agent, lower case, in the sentence after the quoted one.
        ("base-passwd-README.txt", "Are the static uids created by base-passwd itself?", ""),
        # A quoted command ("unmask") is a name, not "mask" denied.
        ("gpg-agent-README.Debian.txt", "Can masking the agent units be undone later?", ""),
        # A FAQ's question asserts nothing.
        ("zlib-FAQ.txt", "Has zlib been tried on 64-bit machines?", ""),
        ("zlib-FAQ.txt", "Can zlib encrypt zip files?", ""),
        # "bzip2" is a name, not "gzip" in other words.
        ("zlib-FAQ.txt", "Is zlib faster than bzip2?", ""),
        # A version is a value: the double-free was 1.1.3's.
        ("zlib-FAQ.txt", "Did zlib 1.2.2 have a double-free vulnerability?", "were subject to a double-free vulnerability"),
        # "man" alone, and "db" nowhere: another program.
        ("man-db-FAQ.txt", "Does man-db use catgets for its translations?", "man uses the obsolete catgets system"),
        # "Debian's system Pythons" is no value in the place of "run on Windows".
        ("python3-pip-README.Debian.txt", "Does pip on Debian run on Windows?", ""),
    ],
)
def test_an_undeciding_sentence_gets_no_verdict(real_engine, name: str, question: str, quoted: str) -> None:
    answer = real_engine(name).ask(question)
    assert answer.kind == "yesno" and quoted in answer.text
    assert not answer.text.startswith(("Yes", "No."))


@pytest.mark.parametrize(
    ("name", "question", "opening"),
    [
        ("systemd-DISTRO_PORTING.md", "Does the default configuration enable hardening?",
         "No. The default configuration does not enable any optimization or hardening options."),
        ("nodejs-SECURITY.md", "Does the Node.js project engage in a bug bounty program?",
         "Yes. The Node.js project engages in an official bug bounty program"),
        ("zlib-FAQ.txt", "Does zlib support encryption?", "No. zlib doesn't support encryption."),
    ],
)
def test_a_deciding_sentence_keeps_its_verdict(real_engine, name: str, question: str, opening: str) -> None:
    assert real_engine(name).ask(question).text.startswith(opening)
