"""Bad input: odd encodings, binary and oversized files, broken PDFs, strange questions."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from askdoc.answer.composer import MAX_WORDS
from askdoc.answer.engine import Engine
from askdoc.documents.loader import load_document, read_source
from askdoc.errors import AskdocError
from askdoc.evaluation.scoring import answer_words
from conftest import run_askdoc
from pdf_writer import pdf_bytes

pytestmark = pytest.mark.slow  # fault tests

FORMATS = "it reads plain text (.txt), Markdown (.md), HTML (.html, .htm) and PDF (.pdf)."
WORDS = "Le café était naïve: “déjà vu” à Zürich, 12 €."
EXPECTED_WORDS = WORDS.split()

ENCODINGS = {
    "Latin-1": WORDS.replace("“", '"').replace("”", '"').replace("€", "EUR").encode("latin-1"),
    "Windows-1252": WORDS.encode("cp1252"),
    "UTF-8 with a BOM": b"\xef\xbb\xbf" + WORDS.encode("utf-8"),
    "UTF-16 LE with a BOM": WORDS.encode("utf-16"),
    "UTF-16 BE with a BOM": b"\xfe\xff" + WORDS.encode("utf-16-be"),
    "UTF-16 LE without a BOM": WORDS.encode("utf-16-le"),
    "UTF-16 BE without a BOM": WORDS.encode("utf-16-be"),
    "UTF-32 with a BOM": WORDS.encode("utf-32"),
}


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_text_in_other_encodings_is_read(encoding: str, tmp_path, guard) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(ENCODINGS[encoding])
    guard.keep(path)
    words = load_document(path).text.split()
    expected = ENCODINGS["Latin-1"].decode("latin-1").split() if encoding == "Latin-1" else EXPECTED_WORDS
    assert words == expected


BINARIES = {
    "photo.png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "a binary file (a PNG image)"),
    "report.docx": (
        b"PK\x03\x04\x14\x00\x06\x00" + bytes(200),
        "a binary file (a ZIP archive, as Word, Excel and EPUB files are)",
    ),
    "notes.txt": (b"\x7fELF\x02\x01\x01" + bytes(100), "a binary file (a program)"),
    "data.bin": (bytes((i * 7919) % 256 for i in range(4096)), "a binary file"),
    "controls.txt": (bytes(range(1, 32)) * 40, "a binary file"),
}


@pytest.mark.parametrize("name", list(BINARIES))
def test_binary_file_is_refused_by_name(name: str, tmp_path, guard) -> None:
    raw, what = BINARIES[name]
    path = tmp_path / name
    path.write_bytes(raw)
    guard.keep(path)
    with pytest.raises(AskdocError) as refused:
        load_document(path)
    assert str(refused.value) == f"{path} is {what}, not a document askdoc can read; {FORMATS}"


def _encrypted(password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes([[("p", "The vault code is kept in the red box.")]]))))
    writer.encrypt(user_password=password, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


BROKEN_PDFS = {
    "truncated": (
        pdf_bytes([[("p", "The vault code is kept in the red box.")]])[:300],
        "is a damaged or unreadable PDF.",
    ),
    "password-protected": (_encrypted("secret"), "is a password-protected PDF."),
    "scanned, no text": (pdf_bytes([[]]), "is a PDF without a text layer (scanned pages?); askdoc cannot read text from images."),
    "header only": (b"%PDF-1.7\n", "is a damaged or unreadable PDF."),
}


@pytest.mark.parametrize("kind", list(BROKEN_PDFS))
def test_broken_pdf_gets_one_sentence(kind: str, tmp_path, guard) -> None:
    raw, sentence = BROKEN_PDFS[kind]
    path = tmp_path / "scan.pdf"
    path.write_bytes(raw)
    guard.keep(path)
    with pytest.raises(AskdocError) as refused:
        load_document(path)
    assert str(refused.value) == f"{path} {sentence}"


def test_pdf_with_an_empty_password_is_read(tmp_path) -> None:
    path = tmp_path / "open.pdf"
    path.write_bytes(_encrypted(""))
    assert load_document(path).text == "The vault code is kept in the red box."


def test_fifty_megabytes_are_refused_before_reading(tmp_path, guard) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as file:
        file.truncate(50_000_000)
    guard.keep(path)
    result = run_askdoc("index", str(path), env={"ASKDOC_INDEX_DIR": str(tmp_path / "index")})
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr == f"askdoc: {path} is 50 MB, over the limit of 20 MB; raise it with --max-bytes.\n"
    raised = run_askdoc("index", str(path), "--max-bytes", "60MB", env={"ASKDOC_INDEX_DIR": str(tmp_path / "index")})
    assert raised.returncode == 2 and raised.stderr.startswith(f"askdoc: {path} is a binary file, not a document")
    assert not (tmp_path / "index").exists()


def test_max_bytes_sets_the_limit(tmp_path, monkeypatch) -> None:
    path = tmp_path / "memo.txt"
    path.write_text("The bridge opened in 1932 after eight years of work.\n" * 40, encoding="utf-8")
    with pytest.raises(AskdocError, match=r"memo.txt is 2.1 kB, over the limit of 1 kB; raise it with --max-bytes\."):
        read_source(path, max_bytes=1000)
    assert len(read_source(path, max_bytes=3000).raw) == os.path.getsize(path)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(path.read_bytes())))
    with pytest.raises(AskdocError, match=r"^standard input is over the limit of 1 kB; raise it with --max-bytes\.$"):
        read_source(Path("-"), max_bytes=1000)


QUESTIONS = {
    "10,000 characters": "Who was named Prime Minister? " + "x" * 9970,
    "only punctuation": "?!... ,;: -- ??",
    "Spanish": "¿Quién fue nombrado primer ministro de Irak?",
    "Chinese": "伊拉克总理是谁？",
    "emoji": "🙂🙂🙂",
    "control characters": "\x00\x01\x1b[31m who? \x7f",
    "one letter": "a",
}


@pytest.mark.parametrize("kind", list(QUESTIONS))
def test_strange_questions_get_an_answer_or_an_abstention(kind: str, engine: Engine) -> None:
    answer = engine.ask(QUESTIONS[kind])
    assert answer.text and (answer.abstained or answer.citations)
    assert answer.abstained == (not answer.citations)
    assert len(answer_words(answer).split()) <= MAX_WORDS
    for passage in answer.retrieved:
        assert engine.index.text[passage.chunk.start : passage.chunk.end] == passage.chunk.text


def test_empty_question_is_refused_in_one_sentence(tmp_path) -> None:
    result = run_askdoc("ask", " \t ", env={"ASKDOC_INDEX_DIR": str(tmp_path / "index")})
    assert result.returncode == 2 and result.stderr == "askdoc: The question is empty.\n"
