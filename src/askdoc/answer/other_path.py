"""Another path, URL or file name where the question names one: the sentence tells of another value.

"Does the git daemon look for repositories in /srv/git by default?" against "The git daemon by default looks into the
directory /var/lib/git/ for repositories": the tokens of a path ("srv", "var", "lib") are plain words to the cues, so
"srv" may be read as said in other words. A path of the question that the sentence does not hold, where the sentence
holds another of the same kind, is another value and never a match; the sentence is quoted without a "yes".
"""

from __future__ import annotations

import re

# "/srv/git", "~/.bashrc", "./configure", "https://example.org/x": a path opens with "/", "~/" or "./", a URL with its scheme.
_PATH = re.compile(r"(?<![\w/.~-])(?:[a-z][a-z0-9+.-]*://[^\s<>()\"']+|~?\.{0,2}/[\w.~+-]+(?:/[\w.~+-]*)*)", re.I)
# "adduser.conf", "backup.environ", "git.example.org": a name, a dot and a lower-case extension of letters.
_FILE = re.compile(r"(?<![\w/.~-])[\w-]{2,}(?:\.[a-z][a-z0-9]{1,7})+(?![\w/-])")


def _values(text: str) -> dict[str, set[str]]:
    paths = {m.group().rstrip("/.,;:").lower() for m in _PATH.finditer(text)}
    files = {m.group().lower() for m in _FILE.finditer(_PATH.sub(" ", text))}
    return {"path": {p for p in paths if p not in ("", "/")}, "file": files}


def _held(value: str, said: set[str]) -> bool:
    """Whether the sentence holds ``value`` or a path inside it or around it ("/var/lib/git" in "/var/lib/git/foo.git")."""
    return any(value == other or other.startswith(value + "/") or value.startswith(other + "/") for other in said)


def other_path(question: str, sentence: str) -> bool:
    """Whether a path (or URL, file name) of the question is missing from the sentence and another of its kind stands
    there. bench/verdicts.py (issue 12, the sixth precision pass): readers_held10's wrong Yes (gd-03, /srv/git against
    /var/lib/git/) withheld, no other verdict of any part changed."""
    asked, said = _values(question), _values(sentence)
    return any(
        said[kind] and any(not _held(value, said[kind]) for value in asked[kind]) for kind in ("path", "file")
    )
