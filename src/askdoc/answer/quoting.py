"""A quoted sentence as the answer shows it: a term with its description, a command after its introduction.

``text/definitions.py`` shows a definition's term before its description. READMEs, manuals and FAQs
end a sentence with a colon and put what it introduces on the line below, a command or a line of
code: quoted alone, "Run the following to test Rich output on your terminal:" answers "What
command shows a demo?" without the command. The line is quoted and cited after the sentence when
it is a paragraph of its own that reads as code, not prose: one short line, ending in no sentence
or clause punctuation, with no bullet (a list item after "The priorities are:" stays apart). It is
found with sentence_nav, in the sentence's passage or the next one. A line that the sentence before
it introduces is not a candidate on its own (answerability.py): its introduction quotes it.
"""

from __future__ import annotations

import re

from askdoc.answer.sentence_nav import Located, neighbours, paragraph_break
from askdoc.index.document_index import DocumentIndex
from askdoc.text.definitions import paragraph_term, shown
from askdoc.types import Chunk, Span

# The corpus' introduced commands are 1-9 words ("python -m rich", "$ python -m pip install -r
# requirements.txt --target myapp", "git clone -c fetch.fsck.badTimezone=ignore https://…"; rich,
# zipapp, requests, debian-faq in tests/fixtures/real); a longer line is prose or a block of code.
_CODE_MAX_WORDS = 12
_PROSE_END = (".", "!", "?", ":", ";", ",")
# A clause of at least this many words cut off without a closing mark hands over to the line below it; a shorter
# line without one is a heading or a label.
_CUT_OFF_WORDS = 4
# A bulleted line is the first item of a list (bash.1: "• changing directories with cd"), not code.
_BULLET = re.compile(r"^(?:[•·◦‣▪]\s?|\*\s)")


def is_code_line(line: str) -> bool:
    """One short line that ends no sentence or clause and opens with no bullet."""
    return (
        "\n" not in line.strip()
        and 0 < len(line.split()) <= _CODE_MAX_WORDS
        and not line.rstrip().endswith(_PROSE_END)
        and not _BULLET.match(line)
    )


def hands_over(sentence: str) -> bool:
    """The sentence ends by handing over to the next line: with a colon, or cut off before it with no closing mark
    (Debian FAQ: "To list all the files provided by the installed package foo execute the command" above
    "dpkg --listfiles foo")."""
    words = sentence.split()
    return bool(words) and (words[-1].endswith(":") or (len(words) >= _CUT_OFF_WORDS and words[-1][-1].isalpha()))


def introduces(text: str, sentence: Span, following: Span) -> bool:
    """``sentence`` hands over to the next line and ``following``, the paragraph after it, is a line of code."""
    after = text[following.end : following.end + 2]
    return (
        hands_over(text[sentence.start : sentence.end])
        and paragraph_break(text, sentence, following)
        and after in ("", "\n\n")
        and is_code_line(text[following.start : following.end])
    )


def introduced_line(index: DocumentIndex, chunk: Chunk, span: Span) -> Located | None:
    """The line of code that the sentence at ``span`` introduces, in its passage or the next one."""
    if not hands_over(index.text[span.start : span.end]):
        return None
    _, after = neighbours(index, chunk, span, 0, 1)
    return after[0] if after and introduces(index.text, span, after[0].span) else None


def sentence_shown(text: str, span: Span, passage_start: int = 0, previous: Span | None = None) -> str:
    """The sentence at ``span`` of ``text`` as an answer shows it: after its term when it is a later sentence of a
    definition whose term line is in the same passage (from ``passage_start``), so the citation holds the term, and
    the sentence quoted before it (``previous``) is not of the same description."""
    same_paragraph = previous is not None and previous.end <= span.start and not paragraph_break(text, previous, span)
    term = None if same_paragraph else paragraph_term(text, span, passage_start)
    sentence = shown(text[span.start : span.end])
    return f"{term}: {sentence}" if term is not None and term not in sentence else sentence
