"""Which field of the document's metadata a question asks for: licence, copyright, title, date, source,
publisher or authors (None when it names none)."""

from __future__ import annotations

import re

# "Where is this article from?", "where does this post come from": the site or outlet the document itself came from
_WHERE_FROM = re.compile(
    r"^\W*where('s| is| was| does| did) (it|this|(this|the)( [\w-]+)? "
    r"(article|document|page|post|piece|story|text|essay|report)) (come )?from\W*$",
    re.I,
)
_ASKED = (
    # the document's own licence and copyright, not ones it talks about ("Which license conflict is given as a
    # precedent?", "How big must a contribution be before the FSF needs copyright papers?", "What should I do with a
    # long code example so people can reuse it?": eval/real dep5-09, gnumaint-02, gnumaint-09)
    ("licence", re.compile(
        r"\b(licen[cs]e[ds]?(?=\s*(\W*$|(is|does|do|can|could|may|covers?|appl(y|ies)|governs?|of|for|on|under|this|it)\b))|"
        r"licensing|licensed|creative commons|terms of use|spdx|"
        r"(may|can) (this|it) (\w+ ){0,2}be (copied|reused|republished|reprinted|shared|redistributed)|"
        r"(can|may|could) (i|we) (\w+ )?(reuse|re-use|republish|reprint|redistribute|copy|share)|"
        r"(allowed|free|permitted|permission) to (\w+ )?"
        r"(copy|share|use|reuse|reproduce|publish|republish|distribute|redistribute))\b",
        re.I,
    )),
    ("copyright", re.compile(
        r"\b(copyright (holder|owner|notice)|(hold|holds|own|owns|has|have) (the )?(copyright|rights)|rights? holder|"
        r"copyright\W*$|copyright (of|on|to|for|over) (this|it|the \w+)\W*$)", re.I
    )),
    ("title", re.compile(r"\b(title[ds]?|called|headline|name of (this|the))\b", re.I)),
    # the day it was published, not when something it tells of happened or will ("When does this Internet-Draft
    # expire?", "In what year was the decree issued?": eval/real capport-02, gvbr-06)
    ("date", re.compile(
        r"\bdate[ds]?\b|\bpublication (year|date)\b|"
        r"\b(year|how (old|recent))\b.*\b(from|document|article|paper|page|piece|text|post|report|manual|it|this)\W*$|"
        r"\b(when|year|day|how (old|recent))\b.*\b(publish\w*|posted|written|wrote|dated|released|came out|come out|"
        r"appeared|updated|it from|this from)\b", re.I
    )),
    ("source", re.compile(
        r"\b(originally|original (source|publication|outlet|venue|site|version)|"
        r"first (publish\w*|appear\w*|ran|run|printed)|source|come from|republished from|"
        r"before\b.*\b(published|ran|appeared|did)|where\b.*\b(published|appeared))\b|" + _WHERE_FROM.pattern, re.I
    )),
    ("publisher", re.compile(
        r"\b(publisher|publish(ed|es)? (it|this|by)|who published|outlet|website|site|journal|newspaper|magazine|"
        r"(what|which) publication)\b", re.I
    )),
    ("authors", re.compile(r"\b(author|authors|authored|co-?authored|wrote|written|writer|penned|by whom|byline|by)\b", re.I)),
)


# The question asks about the document it is put to, not about something the document tells of ("Who wrote
# the letter?"): it names the document ("this README", "the article"), ends on "it" / "this", or is the
# field alone ("author?", "who's the publisher").
_OF_THE_DOCUMENT = re.compile(
    r"\b(this|the|these) ([\w-]+ )?(article|document|doc|paper|piece|text|essay|post|page|report|story|book|rfc|"
    r"manual|file|guide|op-?ed|editorial|memo|study|blog|readme|draft|standard|specification|spec|faq|how-?to|"
    r"guidelines?|column|website|site|pdf|thesis)s?\b|"
    r"\b(it|this|here)\W*$|\b(was|is|were) (it|this) (written|published|posted|released|authored|put out)\b|"
    r"^\W*((who|what)('s| is| was| are) (the )?)?(author|writer|publisher|title|date|licen[cs]e|copyright( holder)?)s?\W*$",
    re.I,
)


# Words a sentence of the text uses when it states a field: debian-faq's "Authors of the rewritten Debian GNU/Linux
# FAQ are Susan G. Kleinmann and Sven Rudolph" answers "Who wrote this FAQ?" though no byline does.
_STATES = {
    "authors": re.compile(r"\b((written|authored|penned|edited|compiled|maintained|prepared|created) by|authors?|writers?|"
                          r"editors?|maintainers?|wrote)\b", re.I),
    "publisher": re.compile(r"\b(publish(ed|er|ers|es|ing)|press|issued by)\b", re.I),
    "date": re.compile(r"\b(1[5-9]|20)\d\d\b"),
    "title": re.compile(r"\b(titled|entitled|called|named)\b", re.I),
    "source": re.compile(r"\b(originally|first (published|appeared)|republished|reprinted|source)\b", re.I),
    "licence": re.compile(r"\b(licen[cs]\w*|permission|permitted|copying|public domain)\b", re.I),
    "copyright": re.compile(r"\b(copyright\w*|rights)\b|©", re.I),
}


def asks_of_the_document(question: str) -> bool:
    """Whether the question asks about the document itself ("Who published this README?"), not about something the
    document tells of ("Who wrote the letter?")."""
    return bool(_OF_THE_DOCUMENT.search(question))


# A sentence gives the document's own date only when it speaks of the document ("This FAQ was last revised in 2003",
# "the manual, dated 1998"): "Fm was written before 1991" (w3m's STORY.html) dates a program it tells of, and quoting
# it for "When was it written?" answers another question (eval/dev/articles.jsonl c04).
_OWN_DATE = re.compile(
    r"\b(this|these|the present) ([\w-]+ )?(article|document|paper|piece|text|essay|post|page|report|story|book|manual|"
    r"file|guide|memo|study|readme|draft|faq|version|edition|manifesto|history)\b|"
    r"\b(last (modified|updated|edited|revised)|revised|dated)\b",
    re.I,
)


def states_field(field: str, text: str) -> bool:
    """Whether ``text`` speaks of ``field`` the way a sentence stating it does ("Authors of … are …", "published in");
    a date, of the document's own."""
    return bool(_STATES[field].search(text)) and (field != "date" or bool(_OWN_DATE.search(text)))


def asked_field(question: str) -> str | None:
    """Which metadata field the question asks for, None when it names none."""
    return next((name for name, pattern in _ASKED if pattern.search(question)), None)


def asks_where_from(question: str) -> bool:
    """Whether the question asks where the document itself is from ("Where is this article from?")."""
    return bool(_WHERE_FROM.search(question.strip()))
