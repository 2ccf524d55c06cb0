"""Sentences in which the writer states a view: where an essay or a blog post puts its argument.

"IMO, this is not and has never been a Free Speech issue.", "I think RMS took a useful step by resigning",
"In short, the radical message … became overshadowed by …", "we must find a way to stand firm for …". A blog
post's title ("On Recent Controversial Events") names its occasion, not its claim, so the sentence closest to it
is seldom the thesis; a sentence that says what the writer thinks is.
"""

from __future__ import annotations

import re

_VIEW = re.compile(
    r"\b(?:I (?:do |still |strongly |really )?(?:think|believe|argue|contend|maintain|am convinced)|IMO|IMHO|"
    r"(?i:in my (?:view|opinion)|my (?:view|point|argument) is|in short|in sum|to sum up|in conclusion|"
    r"(?:we|they|you|it|organizations|leaders) (?:must|should|need to|ought to)))\b",
)


def states_view(sentence: str) -> bool:
    """Whether the sentence states what the writer thinks (a first-person view, a conclusion, what must be done)."""
    return bool(_VIEW.search(sentence))
