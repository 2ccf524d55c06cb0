"""Hybrid retrieval on real documents: the passage that says it ranks first, whatever the document's shape.

Questions in readers' words from eval/dev (not the gate sets), over documents of tests/fixtures/real that other
tests index too (the session's real_engine shares them), plus the short ls(1) page: a man page's option line, a
Sphinx page, an IETF draft's prose and a news page. bench/real_retrieval.py measures the retriever on all of them.
"""

import pytest

from askdoc.answer.retrieval import retrieve
from askdoc.text.normalize import contains

CASES = [
    ("ls.1.txt", "How can I hide editor backup files whose names end in a tilde?", "do not list implied entries ending with ~"),
    ("ls.1.txt", "How do I see the files in reverse order?", "reverse order while sorting"),
    ("tar.1.txt", "How do I get modification times shown in UTC?", "Print file modification times in UTC."),
    ("tar.1.txt", "How do I leave out .git and other version-control folders?", "Exclude version control system directories."),
    ("python-zipapp.html", "Which extension does the output file get when no name is given?", "with the extension .pyz added"),
    ("draft-nottingham-capport-problem-00.txt", "What does the sandboxed environment lack?", "does not include state"),
    ("globalvoices-brazil-digital-crimes-bill.html", "How many signatures has the petition gathered?", "146,627 signatures"),
    ("python-sorting-howto.html", "Who popularized the Schwartzian transform?", "who popularized it"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("document", "question", "evidence"), CASES)
def test_the_passage_that_says_it_ranks_first(real_engine, encoder, document: str, question: str, evidence: str) -> None:
    index = real_engine(document).index
    index.sentence_vectors.use(encoder)
    passages = retrieve(index, question, encoder.encode([question])[0], 5).passages
    assert contains(passages[0].chunk.text, evidence), [p.chunk.text[:80] for p in passages]


@pytest.mark.slow
def test_a_metadata_answer_shows_the_line_it_was_read_from_first(real_engine) -> None:
    answer = real_engine("ls.1.txt").ask("Who wrote ls?")
    assert answer.kind == "metadata" and "Stallman" in answer.text
    assert contains(answer.retrieved[0].chunk.text, "Written by Richard M. Stallman and David MacKenzie.")
    assert len(answer.retrieved) == 5
