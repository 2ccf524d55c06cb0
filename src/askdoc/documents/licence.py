"""Who holds a document's copyright and under which licence it may be used, from the lines that say so.

Copyright lines ("Copyright © 2020 Jane Doe", "Bash is Copyright (C) 1989-2022 by the Free Software
Foundation, Inc.", "© Jane Doe, Global Research, 2020") name the holder; licence lines name the
licence: "SPDX-License-Identifier: MIT", a "License: GPL-2+" field, "licensed under a Creative
Commons Attribution 3.0 License", "under the terms of the GNU Free Documentation License, Version
1.3 or any later version", "BSD licensed". They are looked for where a document states its own
terms: its first paragraphs, then a section named License, Licence, Copyright or Copying, then its
furniture (footers) and last paragraphs; not in the body, where a licence is a topic (a spec's
example stanzas). A notice without a licence's name ("Copying and distribution of this file … are
permitted …") is the licence when no name is found before it.
"""

from __future__ import annotations

import re

from askdoc.types import MetadataField, Paragraph

# A document's own notice sits in its first paragraphs (gnu-maintain: the 3rd; bash.1: the 2nd) or its
# last (httpx README: "HTTPX is BSD licensed code." closes it).
_HEAD_PARAGRAPHS = 8
_TAIL_PARAGRAPHS = 3
_TERMS_SECTIONS = re.compile(
    r"^\W*(licen[cs]es?|licensing|copying|legal|copyright)( matters| notices?| information| and licen[cs]es?)?\W*$", re.I
)
# Years a copyright line names: "2001, 2002", "1989-2022" (metadata.py reads its publisher with them too).
YEARS = r"(?:\d{4}(?:\s*[-–]\s*\d{4})?[,\s]*)+"
# A copyright mark: the word with a sign or years after it, or the sign alone; not the word as a topic
# ("Previous: Copyright Papers" in gnu-maintain's navigation lines).
COPYRIGHT_MARK = r"(?:\bcopyright\b\s*(?:©|\(c\)|c©)|\bcopyright\b:?\s*(?=\d{4})|\(c\)\s*(?=\d{4})|©)"
_COPYRIGHT = re.compile(rf"{COPYRIGHT_MARK}\s*(?:{YEARS})?(?:by\s+)?([^\n.;]+(?:\bInc\.|\bLtd\.)?)", re.I)
_NAME_OF_VERSION = r"(?:,?\s+[Vv]ersion\s+[\d.]+(?:\s+or\s+(?:any\s+)?later(?:\s+version)?)?)?"
_LICENCE = (
    re.compile(r"SPDX-License-Identifier:\s*([\w.+-]+(?:\s+(?:OR|AND|WITH)\s+[\w.+-]+)*)"),
    re.compile(r"^\s*Licen[cs]e:\s*([\w.+-]+(?:\s+[\w.+-]+){0,3})\s*$", re.M),
    re.compile(rf"\b(?:licen[cs]ed|released|distributed|available)\s+under\s+(?:the\s+terms\s+of\s+)?(?:an?\s+|the\s+)?"
               rf"((?:[\w.+-]+\s+){{0,7}}?Licen[cs]e{_NAME_OF_VERSION})", re.I),
    re.compile(rf"\bunder\s+the\s+terms\s+of\s+the\s+((?:[\w.+-]+\s+){{0,7}}?Licen[cs]e{_NAME_OF_VERSION})", re.I),
    re.compile(r"\bLicen[cs]e\s+([\w.+-]+):"),
    re.compile(r"\b((?:[A-Z][\w+-]*\s+|[\d.]+\s+){1,6}?Licen[cs]e(?:,?\s+[Vv]ersion\s+[\d.]+)?)\b"),
    re.compile(r"\b([A-Z][\w.+-]*(?:[- ][\d.]+)?)\s+licensed\b"),
    re.compile(r"((?:Copying|Permission|Verbatim copying)\b[^.]*?\b(?:permitted|granted)\b[^.]*)"),
)
_HOLDER_END = re.compile(r"\s*(?:,\s*)?(?:all rights reserved|and contributors)\b.*$", re.I)


def terms_paragraphs(paragraphs: tuple[Paragraph, ...]) -> list[Paragraph]:
    """The paragraphs where a document states its own terms: its head, its terms sections, its furniture and tail."""
    head = list(paragraphs[:_HEAD_PARAGRAPHS])
    sections = [p for p in paragraphs[_HEAD_PARAGRAPHS:] if _TERMS_SECTIONS.match(p.section or "")]
    tail = [p for i, p in enumerate(paragraphs)
            if i >= _HEAD_PARAGRAPHS and (p.role == "furniture" or i >= len(paragraphs) - _TAIL_PARAGRAPHS)]
    return list(dict.fromkeys([*head, *sections, *tail]))


def copyright_holder(text: str, paragraphs: list[Paragraph]) -> MetadataField | None:
    """The holder a copyright line names: the first name after the years ("Steven Sahiounie" in
    "Copyright © Steven Sahiounie, Global Research, 2020")."""
    for paragraph in paragraphs:
        for match in _COPYRIGHT.finditer(text, paragraph.start, paragraph.end):
            holder = re.split(r"\s+(?:copyright\b|©)", _HOLDER_END.sub("", match.group(1)), flags=re.I)[0]
            holder = holder[4:] if holder.startswith("the ") else holder
            holder = re.split(r",\s*(?=[A-Z][a-z]+ [A-Z]|\d{4})", holder)[0].strip(" ,")
            if len(holder) < 3 or not holder[0].isupper():
                continue
            at = text.find(holder, match.start(1), match.end(1) + 1)
            return MetadataField(" ".join(holder.split()), at, at + len(holder))
    return None


def licence(text: str, paragraphs: list[Paragraph]) -> MetadataField | None:
    """The licence the first of ``paragraphs`` that states one names (its most explicit statement first)."""
    for paragraph in paragraphs:
        for pattern in _LICENCE:
            match = pattern.search(text, paragraph.start, paragraph.end)
            if match:
                raw = match.group(1).rstrip(".,")
                return MetadataField(" ".join(raw.split()), match.start(1), match.start(1) + len(raw))
    return None
