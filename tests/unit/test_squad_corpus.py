"""The benches' SQuAD reader: the committed slice reads whole, and a missing file is one sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from squad_corpus import load_articles

SQUAD_SLICE = ROOT / "tests" / "data" / "squad" / "squad-v2-dev-slice.json"


def test_the_committed_slice_reads_as_three_articles() -> None:
    articles = load_articles(SQUAD_SLICE)
    assert [(a.title, len(a.paragraphs), len(a.questions)) for a in articles] == [
        ("Normans", 10, 59),
        ("1973_oil_crisis", 6, 87),
        ("Packet_switching", 4, 104),
    ]
    unanswerable = [q for a in articles for q in a.questions if not q.answerable]
    assert len(unanswerable) == 35 + 59 + 78


def test_a_missing_file_ends_the_bench_in_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        load_articles(tmp_path / "none.json")
    assert exit_info.value.code == 2
    assert capsys.readouterr().err == f"There is no SQuAD 2.0 file at {tmp_path / 'none.json'}: give one with --data PATH.\n"
