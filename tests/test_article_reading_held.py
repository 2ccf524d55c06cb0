"""Articles of eval/dev/articles.jsonl's held half, read as a reader sees them: a hand-written HTML essay's <h2>
sections, a word processor's no-break spaces in a PDF, an encyclopedia's "From Wikipedia, …" line and its
last-modified date."""

from __future__ import annotations

from real_documents import real_document


def _text(document, paragraph) -> str:
    return document.text[paragraph.start : paragraph.end]


def test_a_hand_written_essays_h2_headings_are_its_sections() -> None:
    story = real_document("w3m-STORY.html")
    sections = {p.section: _text(story, p) for p in reversed(story.paragraphs) if p.role == "content"}
    assert list(sections)[::-1] == [
        "History of w3m", "Introduction", "The birth of w3m", "Death and rebirth of w3m",
        "Table rendering algorithm in w3m", "Libraries", "Future work",
    ]
    assert sections["The birth of w3m"].startswith("w3m was derived from a pager named `fm'.")
    assert sections["Libraries"].startswith("w3m uses Boehm GC library.")


def test_a_no_break_space_a_word_processor_set_between_words_keeps_them_apart_in_a_pdf() -> None:
    article = real_document("wikipedia-mozilla.pdf")
    assert "total revenue for 2011 was $163 million, which was up 33% from $123 million in 2010" in article.text
    assert "Website mozilla.org/" in article.text


def test_from_wikipedia_names_where_the_article_is_from_and_its_footer_dates_it() -> None:
    article = real_document("wikipedia-mozilla.pdf")
    metadata = article.metadata
    assert metadata.source is not None and metadata.source.value == "Wikipedia"
    assert metadata.publisher is not None and metadata.publisher.value == "Wikipedia"
    assert article.text[metadata.source.start : metadata.source.end] == "Wikipedia"
    # the page's last change, not the founding date in its infobox ("Founded February 28, 1998")
    assert metadata.date is not None and metadata.date.value == "28 October 2016"
    roles = {_text(article, p)[:30]: p.role for p in article.paragraphs}
    assert roles["From Wikipedia, the free encycl"[:30]] == "furniture"
    assert roles["This page was last modified on"] == "furniture"


def test_a_pages_date_from_its_markup_is_cited_where_the_page_writes_it() -> None:
    story = real_document("w3m-STORY.html")
    date = story.metadata.date
    assert date is not None and date.value == "1999/2/18" and story.text[date.start : date.end] == "1999/2/18"


def test_provenance_lines_are_told_from_sentences() -> None:
    from askdoc.documents.metadata_lines import is_provenance_line

    assert is_provenance_line("From Wikibooks, open books for an open world")
    assert is_provenance_line("Last edited on 3 May 2021, at 10:12")
    assert not is_provenance_line("From Paris, the train runs on to Lyon.")
    assert not is_provenance_line("From then on, the project grew quickly and attracted many new developers")
