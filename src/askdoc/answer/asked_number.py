"""Whether a question asks for a figure that a count, age, sum or date check does not cover: a size, a limit, a
default, a percentage, a port or a status code ("What is the default timeout in seconds?", "Which HTTP status code
must portals send?", "How much memory does bash need?", "What is the numeric value of ASN1_MAX_NAME_SIZE?").

Manuals and specifications are full of sentences on the topic of such a question that give no figure: an option
that sets the width ("-w, --width=COLS: set output width to COLS") for "What is the default column width?", a
constant's purpose for its value. A question of this shape is answered only by evidence that holds a number the
question does not state itself (expected_value.py turns the answer into an abstention otherwise).

The shapes are narrow on purpose: the figure's noun must be what is asked, right after "what/which is the"
(optionally "default", "maximum", "numeric" …), not a word of a later clause ("What is the name of the law which
imposed the speed limit?"); a plain "value" or "length" is left out ("What was the idealized value of imperialism?",
"Of what length are engine cycle events?" — "fixed"; SQuAD 2.0 half A and B, bench/value_check.py).

Measured on eval/dev/figures.jsonl (24 questions asking figures over real documents eval/real does not ask about,
13 of them unanswered there; written after these shapes, before the check was run on them): fit part abstention
3/6 -> 5/6, held part 4/7 -> 5/7; accuracy (6 of 11) and false abstention (fit 2/6, held 1/5) unchanged.
Its cost on SQuAD 2.0 (bench/value_check.py, the expected-value stage): half A abstention .099 -> .100, accuracy
.835 and false abstention .026 unchanged (no answerable question abstained on); half B, reported, .085 -> .086,
.853 and .027 unchanged. Reported on eval/real: abstention .522 -> .652 (fhs-12,
httpx-10, tasn1-12), accuracy .721 and false abstention .047 unchanged; eval/questions, eval/reader_questions and
the other eval/dev sets unchanged.
"""

from __future__ import annotations

import re

_QUALIFIER = (
    r"(?:(?:numeric|numerical|maximum|minimum|max|min|default|total|current|usual|typical|recommended|largest|smallest)"
    r"\s+)*"
)
_CODE_NOUN = r"(?:percentage|percent|port|status code|error code|exit code|exit status|number)"
_FIGURE_NOUN = r"(?:number|size|width|height|timeout|limit|port|percentage|rate|speed|capacity|amount)"
_ASKS_FIGURE = re.compile(
    r"\bhow much (?:(?:disk|free|ram)\s+)?(?:memory|ram|space|storage|bandwidth)\b"
    rf"|\b(?:what|which) (?:is|was|are|were) (?:the|its|their) {_QUALIFIER}(?:{_FIGURE_NOUN}|(?:numeric|numerical) value)\b"
    rf"|\b(?:what|which) {_QUALIFIER}(?:[\w-]+\s+)?{_CODE_NOUN}\b"
    r"|\bin (?:seconds|milliseconds|minutes|hours|bytes|kilobytes|megabytes|gigabytes|kb|mb|gb|percent|pixels|columns)\b",
    re.I,
)
_FIGURE = re.compile(
    r"\d+(?:[.,]\d+)*|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty"
    r"|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|half|double|twice)\b",
    re.I,
)


def asks_figure(question: str) -> bool:
    """Whether ``question`` asks for a figure of one of the shapes above."""
    return _ASKS_FIGURE.search(question) is not None


def lacks_figure(question: str, evidence: str) -> bool:
    """Whether ``question`` asks for a figure and ``evidence`` holds no number that ``question`` does not state."""
    if not asks_figure(question):
        return False
    stated = {m.group().lower() for m in _FIGURE.finditer(question)}
    return not any(m.group().lower() not in stated for m in _FIGURE.finditer(evidence))
