"""Yes/no answers on real documents the verdict rules were not written on (issue 12, readers_held3/4): where the
quoted sentence does not decide the question, the answer quotes it without a "Yes" or "No"."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow  # every test asks a real engine (the model loads)


@pytest.mark.parametrize(
    ("name", "question", "quoted"),
    [
        ("tmux-README.txt", "Does this release run on Windows?", "This release runs on OpenBSD, FreeBSD, NetBSD"),
        ("ca-certificates-README.Debian.txt", "Is Debian responsible for assessing the certificate authorities?",
         "Full responsibility to assess them belongs to the local system administrator"),
        ("bash-RBASH.txt", "Does rbash keep its restrictions in the shell it spawns to run a script?",
         "turns off any restrictions in the shell spawned to execute the script"),
        ("bash-RBASH.txt", "Are the restrictions enforced before the startup files are read?",
         "These restrictions are enforced after any startup files are read"),
    ],
)
def test_an_undeciding_sentence_is_quoted_without_a_verdict(real_engine, name: str, question: str, quoted: str) -> None:
    answer = real_engine(name).ask(question)
    assert answer.kind == "yesno" and quoted in answer.text
    assert not answer.text.startswith(("Yes", "No"))


def test_a_deciding_sentence_keeps_its_verdict(real_engine) -> None:
    answer = real_engine("tmux-README.txt").ask("Is the README licensed under the GPL?")
    assert answer.text.startswith("No. This file and the CHANGES files are licensed under the ISC license")
