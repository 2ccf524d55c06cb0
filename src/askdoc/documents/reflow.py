"""Hard-wrapped plain text (man pages, RFCs, mail) read back into paragraphs, items, headings and code.

Whether a text is hard-wrapped is told by its line lengths, not its name: most lines
stop near one width, under 100 columns. A line break is then undone where the next
line's first word would not have fitted (the wrapper was forced to break), or where a
long line stops mid-sentence and the next goes on in lower case. Lines that broke early
on purpose (code, addresses, tables) keep their breaks; list items, options and
definition terms start blocks of their own, their hanging lines joined to them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from askdoc.documents.formats.blocks import ITEM_MARKER, SENTENCE_END, Block
from askdoc.documents.hyphenation import join_hyphenated
from askdoc.documents.text_headings import heading_of_group, running_line

# A wrapped text's lines stop near one width: at least this share of its lines lies within
# _NEAR_WIDTH columns of the width, and the width is at most _MAX_WIDTH columns. The corpus
# man pages, IETF draft and Debian text (tests/fixtures/real) have 45-80 % there; the
# bundled article (one paragraph a line) has 0 %.
_MAX_WIDTH = 100
_NEAR_WIDTH = 10
_MIN_FULL_SHARE = 0.2
# A break is "forced" when the line plus the next word passes the width less this slack
# (justified man pages fill to the column; ragged wrappers stop a word short).
_SLACK = 4
# A line that ends mid-sentence and is at least this share of the width continues.
_LONG_LINE = 0.5
# The body text's indentation holds at least this share of the characters (man pages: 7
# columns, with option descriptions at 14; RFCs: 3).
_BODY_SHARE = 0.1
# A first line of at most this many words above deeper lines is a term (an option, a variable).
_TERM_WORDS = 5
_LEADER = re.compile(r"(?:\. ?){3,}\s*\w+$")
_TABLE_GAP = re.compile(r"[^\s.!?:] {3,}\S")
_FIRST_GAP = re.compile(r"^\S+ {2,}")
_BULLET = re.compile(r"^[*•·◦‣▪+o]$")
_RULE = re.compile(r"^[-=_*~#^. ]{3,}$")
_SPACES = re.compile(r"[ \t]{2,}")
_OPTION_GAP = re.compile(r"^(-{1,2}[^\s]+(?:, -{1,2}[^\s]+)*) {2,}(?=\S)")


@dataclass(frozen=True)
class Line:
    """One source line, tabs expanded, right-stripped, with its indentation."""

    text: str
    indent: int

    @property
    def body(self) -> str:
        return self.text[self.indent :]


def wrap_width(lengths: list[int]) -> int | None:
    """The column the text was wrapped at, or None when it was not hard-wrapped."""
    if len(lengths) < 3:
        return None
    ordered = sorted(lengths)
    width = ordered[int(0.95 * (len(ordered) - 1))]
    if width > _MAX_WIDTH:
        return None
    full = sum(1 for length in lengths if length >= width - _NEAR_WIDTH)
    return width if full / len(lengths) >= _MIN_FULL_SHARE else None


def to_lines(text: str) -> list[Line]:
    """The text's lines (form feeds as blank lines), tabs expanded."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    lines = []
    for raw in text.split("\n"):
        expanded = raw.expandtabs(8).rstrip()
        lines.append(Line(expanded, len(expanded) - len(expanded.lstrip())))
    return lines


def reflow(lines: list[Line], width: int) -> list[Block]:
    """The blocks of a hard-wrapped text: paragraphs joined, structure kept, page furniture marked."""
    words = _document_words(lines)
    body_indent = _body_indent(lines)
    blocks: list[Block] = []
    group: list[Line] = []
    for line in [*lines, Line("", 0)]:
        if running_line(line.text, width):
            blocks.extend(_group_blocks(group, width, body_indent, words, not any(b.heading for b in blocks)))
            group = []
            blocks.append(Block(" ".join(line.text.split()), role="furniture"))
        elif line.text:
            group.append(line)
        else:
            blocks.extend(_group_blocks(group, width, body_indent, words, not any(b.heading for b in blocks)))
            group = []
    return blocks


def _body_indent(lines: list[Line]) -> int:
    """The least indentation that holds a good share of the text (deeper ones are items and examples)."""
    weight: Counter[int] = Counter()
    for line in lines:
        if line.text:
            weight[line.indent] += len(line.body)
    total = sum(weight.values())
    return min((indent for indent, chars in weight.items() if chars >= _BODY_SHARE * total), default=0)


def _document_words(lines: list[Line]) -> frozenset[str]:
    return frozenset(word.lower() for line in lines for word in re.findall(r"[^\W\d_][\w‐-]*[^\W\d_]", line.text))


def _group_blocks(group: list[Line], width: int, body_indent: int, words: frozenset[str], first_group: bool) -> list[Block]:
    """A run of non-blank lines as blocks: an optional heading (a centred line before any heading is one), then items."""
    if not group:
        return []
    blocks: list[Block] = []
    heading, used = heading_of_group(group, body_indent)
    if heading is None and first_group and all(_centred(line, width) for line in group):
        heading, used = " ".join(group[0].body.split()), 1
    if heading is not None:
        blocks.append(Block(heading, heading=True))
        group = group[used:]
    if all(_RULE.match(line.body) for line in group):
        return blocks
    for item in _items(group):
        blocks.append(Block(_item_text(item, width, words)))
    return blocks


def _items(group: list[Line]) -> list[list[Line]]:
    """Split a group where a list item, option or term starts, or the indentation steps back."""
    items: list[list[Line]] = []
    for line in group:
        current = items[-1] if items else None
        if current is None or _starts_item(line, current):
            items.append([line])
        else:
            current.append(line)
    return items


def _starts_item(line: Line, item: list[Line]) -> bool:
    first = item[0]
    hanging = item[1].indent if len(item) > 1 else None
    if hanging is not None and hanging > first.indent:
        return line.indent < hanging or (line.indent == first.indent)
    if line.indent > first.indent:
        return len(item) > 1
    return line.indent < first.indent or bool(ITEM_MARKER.match(line.body))


def _item_text(item: list[Line], width: int, words: frozenset[str]) -> str:
    """The item's lines joined where the break was the wrapper's; a term keeps its own line."""
    first, rest = item[0], item[1:]
    hanging = bool(rest) and rest[0].indent > first.indent
    term, definition = _split_term(first, rest[0].indent if hanging else None)
    text = f"{_prose(term)}\n{_prose(definition)}" if definition else _prose(first.body)
    previous = first
    for line in rest:
        term_alone = hanging and previous is first and not definition and len(first.body.split()) <= _TERM_WORDS
        if _continues(previous, line.body, width, forced_only=term_alone):
            text = join_hyphenated(text, _prose(line.body), words)
        else:
            text = f"{text}\n{_prose(line.body)}"
        previous = line
    return text


def _split_term(first: Line, column: int | None) -> tuple[str, str]:
    """``-c     with -lt: sort…``: the term, and its text (from the hanging column, or after an option's gap)."""
    if column is not None and len(first.text) > column and first.text[column - 1] == " " and first.text[column] != " ":
        term = first.text[first.indent : column].strip()
        if term and not _BULLET.match(term) and _SPACES.search(first.text[first.indent : column + 1]):
            return term, first.text[column:]
    option = _OPTION_GAP.match(first.body)
    if column is None and option:
        return option.group(1), first.body[option.end() :]
    return first.body, ""


def _continues(line: Line, next_body: str, width: int, forced_only: bool = False) -> bool:
    """Did the wrapper break here? The next word did not fit, or a long line stops mid-sentence.

    Never after a table row or a two-column line, a table-of-contents entry or a centred line.
    """
    after_term = _FIRST_GAP.match(line.body)
    if _TABLE_GAP.search(line.body, after_term.end() if after_term else 0) or _LEADER.search(line.text) or _centred(line, width):
        return False
    next_word = next_body.split()[0] if next_body.split() else ""
    if len(line.text) + 1 + len(next_word) > width - _SLACK:
        return True
    if forced_only:
        return False
    ends = line.text.endswith((*SENTENCE_END, ","))
    return not ends and len(line.text) >= _LONG_LINE * width and next_body[:1].islower()


def _centred(line: Line, width: int) -> bool:
    right = width - len(line.text)
    return line.indent >= _SLACK and abs(line.indent - right) <= 2


def _prose(text: str) -> str:
    return _SPACES.sub(" ", text.strip())
