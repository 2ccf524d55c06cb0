"""Reading the real fixture PDFs: word gaps read as spaces (formats/pdf_word_gaps.py), headings in larger type."""

from __future__ import annotations

import re

from real_documents import real_document


def test_debian_faq_reads_with_the_spaces_between_its_words() -> None:
    text = real_document("debian-faq.pdf").text
    assert "This document gives frequently asked questions (with their answers!) about the Debian distribution" in text
    assert "To view versions of all installed packages, run:" in text
    assert "Toviewversionsofall" not in text
    assert "There is no consortium membership or payment required to participate in its distribution" in text


def test_a_pdf_that_spaces_its_words_reads_as_before() -> None:
    document = real_document("libtasn1.pdf")
    assert "Creates the DER encoding of the provided object identifier." in document.text
    assert not re.search(r"[a-z]{20,}", document.text)


def test_a_function_heading_in_larger_type_opens_its_own_section() -> None:
    """libtasn1's "asn1 strerror" (larger type, lower case) is not glued to "Since: 1.6" before it."""
    document = real_document("libtasn1.pdf")
    assert "Since: 1.6 asn1 strerror" not in document.text
    opening = next(p for p in document.paragraphs if p.section == "asn1 strerror" and p.role == "content")
    assert document.text[opening.start : opening.end].startswith("[Function]const char * asn1_strerror (int error)")


def test_a_running_head_that_carries_the_page_number_is_furniture() -> None:
    """libtasn1's two-page chapters repeat their head too rarely to count, but its number follows the page."""
    document = real_document("libtasn1.pdf")
    heads = [p for p in document.paragraphs if document.text[p.start : p.end] == "Chapter 3: Utilities 6"]
    assert [p.role for p in heads] == ["furniture"]
    content = " ".join(document.text[p.start : p.end] for p in document.paragraphs if p.role == "content")
    assert "Chapter 2: ASN.1 structure handling" not in content


def test_a_running_head_in_capitals_that_names_each_page_s_section_is_furniture() -> None:
    """debian-faq's heads change from page to page ("CHAPTER 6. THE DEBIAN ARCHIVES 6.3. WHAT ABOUT …"); their opening repeats."""
    document = real_document("debian-faq.pdf")
    content = [document.text[p.start : p.end] for p in document.paragraphs if p.role == "content"]
    assert not any("CHAPTER " in text for text in content)
    joined = "we are referring to freedom, not price. Free software means that you have the freedom"
    assert any(joined in text for text in content)
