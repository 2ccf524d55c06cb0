from itertools import pairwise

from askdoc.documents.formats.text import parse_text
from askdoc.documents.loader import load_document
from askdoc.index.chunker import ChunkSettings, chunk_document
from askdoc.locations import bundled_article
from askdoc.text.tokens import count_tokens


def test_every_paragraph_character_is_in_a_chunk_and_none_is_over_budget() -> None:
    document = load_document(bundled_article())
    for budget in (40, 80, 200):
        chunks = chunk_document(document, ChunkSettings(max_tokens=budget))
        covered = set()
        for chunk in chunks:
            assert chunk.text == document.text[chunk.start : chunk.end]
            assert chunk.n_tokens == count_tokens(chunk.text) <= budget
            covered.update(range(chunk.start, chunk.end))
        for paragraph in document.paragraphs:
            for offset in range(paragraph.start, paragraph.end):
                assert offset in covered or document.text[offset].isspace()


def test_long_paragraph_splits_at_sentences_with_one_sentence_overlap() -> None:
    sentences = [f"Sentence number {i} talks about the subject of item {i} at some length." for i in range(30)]
    document = parse_text(" ".join(sentences), path="long.txt", sha256="x")
    chunks = chunk_document(document, ChunkSettings(max_tokens=60))
    assert len(chunks) > 3
    for before, after in pairwise(chunks):
        assert before.sentences[-1] == after.sentences[0]
        assert after.text.startswith(document.text[before.sentences[-1].start : before.sentences[-1].end])
    for chunk in chunks:
        for span in chunk.sentences:
            assert document.text[span.start : span.end] in sentences


def test_tiny_fragments_do_not_become_chunks() -> None:
    document = load_document(bundled_article())
    chunks = chunk_document(document)
    assert not any(chunk.text.strip() == "*" for chunk in chunks)
    star = next(p for p in document.paragraphs if document.text[p.start : p.end] == "*")
    holder = next(chunk for chunk in chunks if star.number in chunk.paragraphs)
    assert len(holder.paragraphs) > 1


def test_sentences_keep_offsets_and_initials() -> None:
    document = load_document(bundled_article())
    texts = [document.text[s.start : s.end] for chunk in chunk_document(document) for s in chunk.sentences]
    assert any(t.startswith("The Bush administration had been high-jacked") and "Richard T. Perle" in t for t in texts)
    assert "He is expected to be approved by Parliament before to April 23, when the Holy month of Ramadan begins." in texts
