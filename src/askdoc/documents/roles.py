"""Each block's role for a reader: content, heading, metadata or furniture.

Furniture is what frames a text rather than says it: share and comment prompts, copyright,
licence and disclaimer lines, "Articles by", image credits, membership and newsletter
calls, navigation, tables of contents, page heads and feet. It stays in the clean text
(it can be shown in context) but is not quoted as an answer unless asked about.

The signs are general: words that only such lines use, their place (the first or last
part of the document), link density, and repetition; never one site's sentences.
"""

from __future__ import annotations

import re
from collections import Counter

from askdoc.documents.formats.blocks import Block
from askdoc.documents.metadata_lines import is_dated_byline, is_metadata_line, is_provenance_line

# Phrases of page furniture in general (publishing, sharing, navigation, legal boilerplate).
_FURNITURE_WORDS = re.compile(
    r"\b(copyright(ed)?|©|all rights reserved|disclaimer|fair use|original source|originally published|"
    r"cross-post|republish|reprint|share (this|on|buttons?)|forward this|follow us|subscribe|newsletter|cookies?\b|sign up|"
    r"become a (member|subscriber|patron)|donate|comment on|leave a comment|comments? (are|is) closed|"
    # a blog's footer (the ebb.org post): "Submit comments on this post to …", "licensed under a Creative Commons …",
    # "ebb ℠ is a service mark of …"
    r"submit (a |your )?comments?|comments? on this (post|article|story|page)|licen[cs]ed under|creative commons|"
    r"service mark|trademark of|"
    # an editor's note set above a text (doc-debian's "Please note that this document is provided in order to
    # document Debian's history." over the Debian Manifesto)
    r"editor'?s note|please note that this (document|article|page|post|text)|"
    r"articles by|posts by|more by|featured image|image (credit|source|courtesy)|photo(graph)? (by|credit)|"
    r"media inquiries|press inquiries|contact us|privacy policy|terms of (use|service)|skip to (main )?content|"
    r"back to top|related (articles|posts)|read more|print this|email this|next:|previous:|up:)",
    re.IGNORECASE,
)
# Navigation lines open with these, anywhere in a document (Texinfo's "Next: …, Previous: …,
# Up: …", "Skip to content", breadcrumbs "Home » Docs » …").
_NAVIGATION = re.compile(
    r"^(?:(?:next|previous|prev|up)\s*:|skip to\b|back to top\b|jump to\b|\S+(?: \S+)? [»›>] )", re.IGNORECASE
)
_NAVIGATION_WORDS = 25
_LEADER = re.compile(r"(?:\. ?){3,}\s*\w+$", re.MULTILINE)
# Furniture sits at the edges: in the first or last share of a document's blocks.
# Chosen on the bundled article and the corpus man pages/RFC/Debian texts
# (tests/fixtures/real): every boilerplate block there lies in the last 30 % or first 10 %.
_TAIL_SHARE = 0.3
_HEAD_SHARE = 0.1
# ...and at most this many blocks from either end (the article's tail furniture is 10 blocks).
_TAIL_MAX_BLOCKS = 12
_HEAD_MAX_BLOCKS = 6
# A cue among a block's first words ("Disclaimer: …", "Copyright …") marks it at any length;
# one cue further in marks a short line only, two cues a block of up to 60 words. Checked on the
# article (all 10 tail blocks) and the corpus news pages, whose content mentions copyright
# and terms of service in long paragraphs.
_SHORT_WORDS = 12
_MAX_WORDS = 60
_OPENING_WORDS = 3
_LINK_BLOCK_WORDS = 30
# A cue found in this many blocks of the middle is the document's subject (a licence format spec).
_TOPICAL = 3
# Navigation is mostly link text (the article's "Region:/Theme:" lines: 0.6-0.8).
_LINK_DENSE = 0.5


def assign_roles(blocks: list[Block]) -> None:
    """Set ``role`` on every block (in place); a heading stays a heading."""
    n = len(blocks)
    headings = {_shape(block.text) for block in blocks if block.heading}
    topical = _topical_cues(blocks)
    for index, block in enumerate(blocks):
        if block.heading:
            block.role = "heading"
        elif block.role == "furniture":
            continue
        elif is_provenance_line(block.text) and _at_edge(index, n):
            block.role = "furniture"  # "From Wikipedia, …", "This page was last modified on …": metadata.py reads them
        elif (is_metadata_line(block.text) and index < max(3, 2 * _HEAD_SHARE * n)) or is_dated_byline(block.text):
            block.role = "metadata"
        elif _is_furniture(block, _at_edge(index, n), headings, topical):
            block.role = "furniture"


def _at_edge(index: int, n: int) -> bool:
    tail = min(_TAIL_SHARE * n, _TAIL_MAX_BLOCKS)
    head = min(_HEAD_SHARE * n, _HEAD_MAX_BLOCKS)
    return index >= n - tail or index < head


def _topical_cues(blocks: list[Block]) -> set[str]:
    """Cue words the document's middle uses again and again: its subject, not its furniture (a licence spec)."""
    counts: Counter[str] = Counter()
    for index, block in enumerate(blocks):
        if not _at_edge(index, len(blocks)):
            counts.update({match.group(0).lower() for match in _FURNITURE_WORDS.finditer(block.text)})
    return {cue for cue, count in counts.items() if count >= _TOPICAL}


def _is_furniture(block: Block, at_edge: bool, headings: set[str], topical: set[str]) -> bool:
    text = block.text
    lines = [line for line in text.split("\n") if line.strip()]
    if lines and all(_LEADER.search(line) or _shape(line) in headings for line in lines):
        return True
    words = len(text.split())
    if _NAVIGATION.match(text) and words <= _NAVIGATION_WORDS:
        return True
    if block.links >= _LINK_DENSE and words <= _LINK_BLOCK_WORDS:
        return True
    if not at_edge:
        return False
    cues = [match for match in _FURNITURE_WORDS.finditer(text) if match.group(0).lower() not in topical]
    if not cues:
        return False
    opens = cues[0].start() <= len(" ".join(text.split()[:_OPENING_WORDS]))
    return opens or words <= _SHORT_WORDS or (len(cues) >= 2 and words <= _MAX_WORDS)


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))
