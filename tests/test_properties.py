"""Property tests (hypothesis) for loading and chunking: offsets slice back, no text is lost, chunks are repeatable."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from askdoc.documents.decoding import decode_text
from askdoc.documents.formats.markdown import parse_markdown
from askdoc.documents.formats.text import parse_text
from askdoc.documents.loader import load_document
from askdoc.index.chunker import ChunkSettings, chunk_document
from askdoc.types import Document
from pdf_writer import pdf_bytes

LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéüßøЖλ"


def examples(count: int) -> settings:
    return settings(max_examples=count, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


word = st.text(alphabet=LETTERS + "0123456789", min_size=1, max_size=10)
lead_word = st.text(alphabet=LETTERS, min_size=1, max_size=10)
sentence = st.builds(
    lambda first, rest, end: " ".join([first, *rest]) + end,
    lead_word,
    st.lists(word, max_size=12),
    st.sampled_from([".", "!", "?", ",", ""]),
)
paragraph = st.lists(sentence, min_size=1, max_size=5).map(" ".join)
line_break = st.sampled_from(["\n", "\r\n"])
blank = st.sampled_from(["\n\n", "\n \n", "\r\n\r\n", "\n\n\n"])


@st.composite
def plain_text(draw) -> str:
    paragraphs = draw(st.lists(paragraph, min_size=1, max_size=8))
    wrapped = [p.replace(" ", draw(line_break), 1) if draw(st.booleans()) else p for p in paragraphs]
    return "".join(part + draw(blank) for part in wrapped)


def assert_paragraphs_slice_back(document: Document) -> None:
    previous_end = -2
    for paragraph in document.paragraphs:
        body = document.text[paragraph.start : paragraph.end]
        assert body and body == body.strip()
        assert paragraph.start >= previous_end + 2 and paragraph.end <= len(document.text)
        previous_end = paragraph.end


@pytest.mark.slow  # hundreds of examples, about 3 s of CPU
@examples(300)
@given(plain_text())
def test_text_keeps_every_word_in_order(text: str) -> None:
    document = parse_text(text, path="any.txt", sha256="x")
    assert document.text.split() == text.split()
    assert_paragraphs_slice_back(document)


@st.composite
def markdown_blocks(draw) -> list[tuple[str, str]]:
    kinds = st.sampled_from(["heading", "paragraph", "paragraph", "item"])
    blocks = draw(st.lists(st.tuples(kinds, paragraph), min_size=1, max_size=8))
    assume(any(kind != "heading" for kind, _ in blocks))
    return blocks


def render_markdown(blocks: list[tuple[str, str]], level: int) -> str:
    marks = {"heading": "#" * level + " ", "paragraph": "", "item": "- "}
    return "".join(marks[kind] + text + "\n\n" for kind, text in blocks)


@pytest.mark.slow  # hundreds of examples, about 3 s of CPU
@examples(200)
@given(markdown_blocks(), st.integers(min_value=1, max_value=6))
def test_markdown_paragraphs_come_out_under_their_headings(blocks: list[tuple[str, str]], level: int) -> None:
    document = parse_markdown(render_markdown(blocks, level), path="any.md", sha256="x")
    expected, section = [], ""
    for kind, text in blocks:
        if kind == "heading":
            section = text
        else:
            expected.append((text, section))
    assert [(document.text[p.start : p.end], p.section) for p in document.paragraphs] == expected
    assert_paragraphs_slice_back(document)


@pytest.mark.slow  # hundreds of examples, about 3 s of CPU
@examples(150)
@given(plain_text(), st.sampled_from([20, 40, 200]))
def test_chunks_slice_back_cover_every_paragraph_and_repeat(text: str, budget: int) -> None:
    document = parse_text(text, path="any.txt", sha256="x")
    chunks = chunk_document(document, ChunkSettings(max_tokens=budget))
    covered: set[int] = set()
    for number, chunk in enumerate(chunks):
        assert chunk.chunk_id == number and chunk.text == document.text[chunk.start : chunk.end]
        assert chunk.n_tokens <= budget
        for span in chunk.sentences:
            assert chunk.start <= span.start < span.end <= chunk.end
            covered.update(range(span.start, span.end))
    for paragraph in document.paragraphs:
        assert all(document.text[i].isspace() or i in covered for i in range(paragraph.start, paragraph.end))
    again = parse_text(text, path="any.txt", sha256="x")
    assert chunk_document(again, ChunkSettings(max_tokens=budget)) == chunks


pdf_paragraph = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=9), min_size=3, max_size=40
).map(lambda words: " ".join(words) + ".")
pdf_page = st.lists(st.tuples(st.sampled_from(["h", "p", "p"]), pdf_paragraph), min_size=1, max_size=4)


@examples(40)
@given(st.lists(pdf_page, min_size=1, max_size=2))
def test_pdf_keeps_every_word_and_its_page(tmp_path_factory, pages) -> None:
    path = tmp_path_factory.mktemp("pdf") / "any.pdf"
    path.write_bytes(pdf_bytes(pages))
    document = load_document(path)
    assert document.text.split() == [w for page in pages for _, text in page for w in text.split()]
    assert_paragraphs_slice_back(document)
    for paragraph in document.paragraphs:
        first_word = document.text[paragraph.start : paragraph.end].split()[0]
        assert any(first_word in text for _, text in pages[paragraph.page - 1])


printable = st.text(st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufeff"), min_size=1, max_size=200)


@examples(300)
@given(printable, st.sampled_from(["utf-8", "utf-16", "utf-32", "utf-8-sig"]))
def test_unicode_text_decodes_back(text: str, codec: str) -> None:
    assume(not text.startswith(("GIF8", "{\\rtf")))
    assert decode_text(text.encode(codec), "any.txt") == text


@examples(300)
@given(st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF, blacklist_categories=("Cc",)), min_size=1, max_size=200))
@example("0000000¡0¡0¡")  # read as UTF-16-BE: 〰〰〰ァァァ (found by hypothesis)
@example("00000¡000¡ÿ0")
@example("0@0@0\xa00¡400A0¡")  # read as UTF-16-BE: kana, an unassigned U+3040 and an Extension A ideograph (found on CI)
@example("ì´²R§@ÔµÕ¯.Ç±l")  # read as damaged UTF-8: Hangul, Armenian and Latin Extended with one bad byte (found on CI)
def test_latin_1_text_decodes_back(text: str) -> None:
    """Latin-1 that is also valid UTF-8, or starts with the bytes of a byte-order mark, is read as such by design."""
    raw = text.encode("latin-1")
    assume(not raw.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)))
    try:
        raw.decode("utf-8")
        assume(False)
    except UnicodeDecodeError:
        pass
    assume(not text.startswith(("GIF8", "{\\rtf")))
    assert decode_text(raw, "any.txt") == text
