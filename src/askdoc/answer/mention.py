"""Questions whether the document mentions something ("Does the article mention the coronavirus?").

Such a question is decided by whether the topic (or a word that says it) is in the quoted sentence,
whatever the sentence says of it: "does not cover ideas" mentions ideas. ``mention_topic`` tells
the topic of such a question, None for any other question.
"""

from __future__ import annotations

import re

_SOURCE = (
    r"(?:the |this |that )?(?:article|document|text|piece|post|story|report|page|paper|essay|readme|faq|howto|manual"
    r"|guide|author|writer|book|site|blog)"
)
_VERB = (
    r"(?:ever |also |even )?(?:mention|mentions|mentioned|discuss|discusses|discussed|talk about|talks about|touch on"
    r"|refer to|refers to|bring up|say anything about|says anything about|say something about|cover|covers|deal with)"
)
_WHERE = r"(?:\s+(?:in|by|anywhere in)\s+(?:the|this)\s+\w+)?"
_FORMS = (
    re.compile(rf"^(?:does|did|do|will)\s+{_SOURCE}\s+{_VERB}\s+(?P<topic>.+?)\s*[?.!]*$", re.I),
    re.compile(rf"^(?:is|are|was|were)\s+(?P<topic>.+?)\s+(?:ever\s+)?(?:mentioned|discussed|referred to|brought up)"
               rf"{_WHERE}\s*[?.!]*$", re.I),
    re.compile(rf"^(?:is|was)\s+there\s+(?:anything|something|any mention|a mention|mention)\s+(?:about|of|on)\s+"
               rf"(?P<topic>.+?){_WHERE}\s*[?.!]*$", re.I),
)


def mention_topic(question: str) -> str | None:
    """What a "does the article mention X?" question asks about (``X``), None for another question."""
    asked = " ".join(question.split())
    for form in _FORMS:
        if (found := form.match(asked)) is not None:
            return found.group("topic")
    return None
