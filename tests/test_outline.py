"""A paragraph knows the headings its section sits under, from the format's levels or the headings' numbering."""

from __future__ import annotations

import pytest

from askdoc.documents.formats.markdown import parse_markdown
from askdoc.documents.formats.text import parse_text
from askdoc.documents.outline import heading_level
from askdoc.index.chunker import chunk_document
from askdoc.index.passage_vectors import indexed_text
from askdoc.index.store import load_index
from real_documents import real_document

_BODY = "This paragraph has enough words in it to be body text, so the short line above it reads as a heading of its own."


def _under(document, opening: str) -> tuple[tuple[str, ...], str]:
    paragraph = next(p for p in document.paragraphs if document.text[p.start : p.end].startswith(opening))
    return paragraph.outline, paragraph.section


def test_numbering_gives_the_level_and_letters_or_years_do_not() -> None:
    assert heading_level("3.11.1. Purpose", None) == 3
    assert heading_level("3.11. /media : Mount point", None) == 2
    assert heading_level("A.2 Grammar", None) == 2
    assert heading_level("A Tale of Two Cities", None) is None
    assert heading_level("2020 in review", None) is None
    assert heading_level("Usage", 2) == 2
    assert heading_level("Appendix A.  Acknowledgements", None) == 1
    assert heading_level("Chapter 4. The /usr Hierarchy", None) == 1
    assert heading_level("Part of the problem", None) is None


def test_a_pdf_section_sits_under_its_numbered_parent() -> None:
    document = real_document("fhs-3.0.pdf")
    assert _under(document, "This directory contains subdirectories which are used as mount points for removable") == (
        ("Chapter 3. The Root Filesystem", "3.11. /media : Mount point for removable media"),
        "3.11.1. Purpose",
    )


def test_a_pdf_heading_over_two_lines_in_larger_type_is_one_heading() -> None:
    document = real_document("fhs-3.0.pdf")
    assert _under(document, "/bin contains commands that may be used by both the system administrator") == (
        ("Chapter 3. The Root Filesystem", "3.4. /bin : Essential user command binaries (for use by all users)"),
        "3.4.1. Purpose",
    )
    faq = real_document("debian-faq.pdf")
    assert _under(faq, "There are multiple tools that are used to manage Debian packages")[1] == (
        "8.1 What programs does Debian provide for managing its packages?"
    )


def test_a_pdf_heading_s_type_size_gives_its_level() -> None:
    """fhs-3.0.pdf sets "3.11. /media …" in 20.7 pt, "3.11.1. Purpose" in 17.3 pt and the unnumbered "Rationale" in 14 pt."""
    document = real_document("fhs-3.0.pdf")
    assert _under(document, "Historically there have been a number of other different places used to mount removable") == (
        ("Chapter 3. The Root Filesystem", "3.11. /media : Mount point for removable media", "3.11.1. Purpose"),
        "Rationale",
    )
    assert _under(document, "The following directories, or symbolic links to directories, must be in /media") == (
        ("Chapter 3. The Root Filesystem", "3.11. /media : Mount point for removable media"),
        "3.11.2. Specific Options",
    )


def test_markdown_levels_nest_and_close_and_the_title_is_left_out() -> None:
    text = f"# Tool\n\n{_BODY}\n\n## Install\n\n{_BODY} One.\n\n### From source\n\n{_BODY} Two.\n\n## Usage\n\n{_BODY} Three.\n"
    document = parse_markdown(text, "tool.md", "x")
    assert _under(document, f"{_BODY} One.") == ((), "Install")
    assert _under(document, f"{_BODY} Two.") == (("Install",), "From source")
    assert _under(document, f"{_BODY} Three.") == ((), "Usage")


def test_a_heading_without_a_level_sits_inside_the_open_section() -> None:
    """debian-copyright-format-1.0.txt's example stanzas ("Files", "License: …") have no number: they sit in "5. Stanzas"."""
    document = real_document("debian-copyright-format-1.0.txt")
    assert _under(document, "In this example, copyright in all files is held by the upstream") == (
        ("5. Stanzas", "5.2.\u00a0Files stanza (repeatable)", "5.2.1.\u00a0Example files stanzas"),
        "Files",
    )


def test_a_heading_without_a_level_does_not_cut_off_the_numbered_headings_after_it() -> None:
    """fhs-3.0.pdf's body-type line "The /usr/share hierarchy is …" was read as a heading: 4.11.2 still sits in 4.11."""
    document = real_document("fhs-3.0.pdf")
    outline, section = _under(document, "The following directories, or symbolic links to directories, must be in /usr/share")
    assert (outline, section) == (
        ("Chapter 4. The /usr Hierarchy", "4.11. /usr/share : Architecture-independent data"),
        "4.11.2. Requirements",
    )


def test_plain_headings_in_a_row_are_siblings_and_a_numbered_one_closes_them() -> None:
    text = (
        f"Guide\n\n{_BODY}\n\n1. Setup\n\n{_BODY} One.\n\nNotes\n\n{_BODY} Two.\n\nCaveats\n\n{_BODY} Three."
        f"\n\n1.1. Keys\n\n{_BODY} Four.\n\nAppendix A. Terms\n\n{_BODY} Five.\n"
    )
    document = parse_text(text, "guide.txt", "x")
    assert _under(document, f"{_BODY} Two.") == (("1. Setup",), "Notes")
    assert _under(document, f"{_BODY} Three.") == (("1. Setup",), "Caveats")
    assert _under(document, f"{_BODY} Four.") == (("1. Setup",), "1.1. Keys")
    assert _under(document, f"{_BODY} Five.") == ((), "Appendix A. Terms")


def test_html_heading_levels_reach_the_chunks_their_location_and_their_indexed_text() -> None:
    document = real_document("python-zipapp.html")
    chunk = next(c for c in chunk_document(document) if c.section == "Caveats")
    assert chunk.outline == ("Creating Standalone Applications with zipapp",)
    assert "Creating Standalone Applications with zipapp › Caveats" in chunk.location
    assert indexed_text(chunk).startswith("Creating Standalone Applications with zipapp\nCaveats\n")


@pytest.mark.slow
def test_a_stored_index_keeps_the_outline(real_engine) -> None:
    engine = real_engine("python-zipapp.html")
    stored = load_index(engine.index.folder, engine.index.manifest)
    assert [chunk.outline for chunk in stored.chunks] == [chunk.outline for chunk in engine.index.chunks]
    assert ("Creating Standalone Applications with zipapp",) in {chunk.outline for chunk in stored.chunks}


def test_a_numbered_line_that_goes_on_from_the_last_numbered_heading_is_a_heading() -> None:
    """debian-copyright-format-1.0.txt: "6.9. Files" has 17 words under it, "5.2. Files stanza (repeatable)" ends in ")"."""
    document = real_document("debian-copyright-format-1.0.txt")
    under = "Whitespace-separated list: list of patterns indicating files covered"
    assert _under(document, under) == (("6. Fields",), "6.9.\u00a0Files")
    assert _under(document, "The declaration of copyright and license for files") == (
        ("5. Stanzas",),
        "5.2.\u00a0Files stanza (repeatable)",
    )
    # Its table of contents, before the first numbered heading, stays a list.
    assert _under(document, "5.2. Files stanza (repeatable)") == ((), "Table of Contents")
