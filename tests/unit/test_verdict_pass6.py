"""The verdict rules of issue 12's sixth precision pass, on the sentences of the real documents that showed each error
(readers_held10's adduser README and git's README.Debian): each withholds the verdict the sentence does not give, and
the like sentence that decides keeps it."""

from __future__ import annotations

import pytest

from askdoc.answer.verdict import decide

_REWRITE = ("We support any effort for a rewrite, but we strongly believe that this should be done in a dedicated project "
            "with a new name, such as adduser-ng or adduser4.")
_DAEMON = ("The git daemon by default looks into the directory /var/lib/git/ for repositories (this is configured in "
           "/etc/sv/git-daemon/run).")
_DAEMON_AROUND = ("cat /var/log/git-daemon/current",
                  "It expects the repositories' .git subdirectories in /var/lib/git/, symlinks pointing to the "
                  "corresponding subdirectories in the repositories are just fine, e.g.:")


@pytest.mark.parametrize(
    ("question", "sentence", "neighbours", "topic", "expected"),
    [
        # "a new name" is not the name kept (readers_held10 ad-21); a sentence that keeps it says yes.
        ("Should a rewrite keep the adduser name?", _REWRITE, (), "adduser in Debian", "undecided"),
        ("Should a rewrite keep the adduser name?", "A rewrite should keep the adduser name.", (), "adduser in Debian",
         "yes"),
        # Another path in the slot is another value, never a match (readers_held10 gd-03); the same path says yes.
        ("Does the git daemon look for repositories in /srv/git by default?", _DAEMON, _DAEMON_AROUND, "Git for Debian",
         "undecided"),
        ("Does the git daemon look for repositories in /var/lib/git by default?", _DAEMON, _DAEMON_AROUND,
         "Git for Debian", "yes"),
        # The present denies nothing of "ever" (readers_held10 ad-16 end to end); it denies the present.
        ("Was DIR_MODE ever set to 2700 by default?", "Currently, DIR_MODE defaults to 0700.", (), "adduser in Debian",
         "undecided"),
        ("Does DIR_MODE default to 2700?", "Currently, DIR_MODE defaults to 0700.", (), "adduser in Debian", "no"),
        # A sentence that tells the past too still denies it (as eval/verdicts/readers_held.jsonl's vh-18: "these ports
        # were never released and are currently abandoned").
        ("Was DIR_MODE ever set to 2700 by default?", "DIR_MODE was never set to 2700 and currently defaults to 0700.",
         (), "adduser in Debian", "no"),
    ],
)
def test_a_verdict_only_where_the_sentence_decides(
    question: str, sentence: str, neighbours: tuple[str, ...], topic: str, expected: str
) -> None:
    assert decide(question, sentence, neighbours, topic) == expected
