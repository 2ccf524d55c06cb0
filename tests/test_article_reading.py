"""Articles as outside readers bring them (eval/dev/articles.jsonl, fit half): a blog post's dated byline and
footer, an essay's byline and revision date on lines of their own."""

from __future__ import annotations

from askdoc.text.abbreviations import defined_abbreviations
from real_documents import real_document


def _text(document, paragraph) -> str:
    return document.text[paragraph.start : paragraph.end]


def test_a_dated_byline_names_the_blog_posts_author_and_its_footer_is_furniture() -> None:
    post = real_document("ebb-kuhn-controversial-events.html")
    assert [author.value for author in post.metadata.authors] == ["Bradley M. Kuhn"]
    assert post.metadata.date is not None and post.metadata.date.value == "15 October 2019"
    assert post.metadata.licence is not None
    assert post.metadata.licence.value == "Creative Commons Attribution-Share Alike 3.0 United States License"
    roles = {_text(post, p)[:24]: p.role for p in post.paragraphs}
    assert roles["Tuesday 15 October 2019 "] == "metadata"
    assert roles["Posted on Tuesday 15 Oct"] == "metadata"
    assert roles["Submit comments on this "] == "furniture"
    assert roles["This website and all doc"] == "furniture"
    assert roles["ebb ℠ is a service mark "] == "furniture"
    assert roles["The last 33 days have be"] == "content"


def test_an_essays_byline_and_revision_date_on_two_lines_are_its_author_and_date_and_an_editors_note_is_furniture() -> None:
    manifesto = real_document("debian-manifesto.txt")
    assert [author.value for author in manifesto.metadata.authors] == ["Ian A. Murdock"]
    date = manifesto.metadata.date
    assert date is not None and date.value == "01/06/94" and manifesto.text[date.start : date.end] == "01/06/94"
    byline = next(p for p in manifesto.paragraphs if _text(manifesto, p).startswith("Written by"))
    assert byline.role == "metadata"
    note = next(p for p in manifesto.paragraphs if _text(manifesto, p).startswith("Please note that this document"))
    assert note.role == "furniture"


def test_a_blog_post_defines_its_abbreviations_by_the_names_it_spells() -> None:
    post = real_document("ebb-kuhn-controversial-events.html")
    assert defined_abbreviations(post.text) == {"RMS": "Richard M. Stallman", "FSF": "Free Software Foundation"}
    assert defined_abbreviations(real_document("fhs-3.0.pdf").text)["YP"] == "Yellow Pages"
