"""Questions of permission or possibility ("Is /etc allowed to hold scripts?", "Is it possible to …?"),
which a sentence answers with a modal verb rather than with the question's word.

A sentence that says what "may", "can", "must" or "should" be done (or not) decides whether it is
allowed: the question's permission word counts as held there, and the negation or the rest of the
sentence decides ("There must be no subdirectories in /bin." → "Are subdirectories allowed inside
/bin?": No). And "may" in such a sentence grants what the question asks, not a mere possibility,
so it is no modal mismatch ("/etc may contain executable scripts"). A prohibition ("must never",
"don't") over the question's words says no to such a question (``prohibits``).

bench/verdicts.py (issue 12, verdict recall): the permission word and the modal "may" add 2 right
verdicts on eval/dev/verdicts.jsonl (fhs-02, fhs-04) and 1 on the held-out part; prohibitions 2 more
(fhs-01, gnu-11); none wrong on any part.
"""

from __future__ import annotations

from askdoc.answer.verdict_cues import Token
from askdoc.text.terms import analyze

_PERMISSION = frozenset(
    stem for word in ("allowed", "permitted", "possible", "able", "acceptable", "fine", "ok", "okay") for stem in analyze(word)
)
_SAID_MODALS = frozenset(
    {"may", "can", "cannot", "can't", "must", "mustn't", "should", "shouldn't", "shall", "might", "could", "couldn't"}
)

# "must not …", "should never …", "don't …" (an instruction), "mustn't …": what their clause says is forbidden.
_PROHIBITIONS = frozenset({"mustn't", "shouldn't", "don't"})
_PROHIBITING_PAIRS = frozenset(
    f"{modal} {negator}" for modal in ("must", "should", "shall", "may", "do") for negator in ("not", "never")
)
# "don't" and "do not" instruct only with no subject before them ("Please don't use …", "Don't …"); "I don't intend w3m
# to be a substitute" tells the speaker's mind (issue 12, the fifth precision pass: eval/dev/articles' c12, "Can w3m
# handle cookies?", answered No from that sentence once "Lynx can handle cookies" no longer said Yes; no verdict of any
# bench/verdicts.py part changes).
_INSTRUCTING = frozenset({"don't", "do"})
_BEFORE_INSTRUCTION = frozenset({"please", "and", "but", "so", "then"})
_CLAUSE_BREAKS = frozenset({"but", "while", "whereas", "although", "though", "yet", "unless", "except"})


def prohibits(question: list[Token], sentence: list[Token], matched: list[Token]) -> bool:
    """Whether the sentence forbids what a permission question asks about: a prohibition ("must never",
    "should not", "don't", "please don't") whose clause holds a question word the sentence states
    nowhere outside it, and no question word stands after that clause ("Can applications put files in
    the root directory?" against "Applications must never create … files … in the root directory";
    "Is it fine to translate on Transifex?" against "please don't use Transifex for translation"; not
    against "… must never create files in the root directory, but may use /opt" for /opt)."""
    if not asks_permission(question):
        return False
    held = {t.stem for t in matched if t.stem not in _PERMISSION}
    for scope, after in _prohibitions(sentence):
        covered = {t.at for t in scope}
        free = {t.stem for t in sentence if t.at not in covered}
        if any(t.stem in held and t.stem not in free for t in scope) and not any(t.stem in held for t in after):
            return True
    return False


def _has_subject(sentence: list[Token], n: int, pair: str) -> bool:
    """Whether the "don't" or "do not" ending at ``n`` follows a word that is its subject, so it instructs no one."""
    first = n - 1 if pair.split(" ")[0] in _INSTRUCTING and pair in _PROHIBITING_PAIRS else n
    if sentence[first].lower not in _INSTRUCTING or first == 0:
        return False
    before = sentence[first - 1]
    return not before.mark and before.lower not in _BEFORE_INSTRUCTION


def _prohibitions(sentence: list[Token]) -> list[tuple[list[Token], list[Token]]]:
    """Each prohibition's clause (the words after it, to the next punctuation mark or conjunction) and
    the words after that clause."""
    found = []
    for n, tok in enumerate(sentence):
        pair = f"{sentence[n - 1].lower} {tok.lower}" if n else ""
        if (tok.lower in _PROHIBITIONS or pair in _PROHIBITING_PAIRS) and not _has_subject(sentence, n, pair):
            end = n + 1
            while end < len(sentence) and not sentence[end].mark and sentence[end].lower not in _CLAUSE_BREAKS:
                end += 1
            found.append((sentence[n + 1 : end], sentence[end:]))
    return found


def asks_permission(question: list[Token]) -> bool:
    """Whether the question asks whether something may or can be done."""
    return any(t.stem in _PERMISSION for t in question) or (bool(question) and question[0].lower in {"can", "may", "could"})


def permission_terms(terms: list[Token], sentence: list[Token]) -> list[Token]:
    """The question's permission words ("allowed", "possible") that a modal verb of the sentence says."""
    if not any(t.lower in _SAID_MODALS for t in sentence):
        return []
    return [t for t in terms if t.stem in _PERMISSION]
