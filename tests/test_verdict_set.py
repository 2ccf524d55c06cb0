"""eval/verdicts/verdicts.jsonl: well formed, split by document, each deciding sentence found in its document."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from askdoc.text.normalize import normalize
from conftest import ROOT
from real_documents import real_document

SET = ROOT / "eval" / "verdicts" / "verdicts.jsonl"


def _records() -> list[dict]:
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()]


def test_the_set_is_large_enough_labelled_and_split_by_document() -> None:
    records = _records()
    assert len(records) >= 120 and len({r["id"] for r in records}) == len(records)
    assert {r["verdict"] for r in records} == {"yes", "no", "undecidable"}
    splits = {split: {r["doc"] for r in records if r["split"] == split} for split in ("fit", "held")}
    assert splits["fit"] and splits["held"] and not splits["fit"] & splits["held"]
    assert Counter(r["split"] for r in records)["held"] >= 60


def test_every_deciding_sentence_is_in_its_document() -> None:
    texts = {doc: f" {normalize(_document_text(doc))} " for doc in {r["doc"] for r in _records()}}
    missing = [r["id"] for r in _records() if f" {normalize(r['sentence'])} " not in texts[r["doc"]]]
    assert not missing


@pytest.mark.slow  # reads eight real documents, two of them PDFs (about 7 s)
def test_the_reader_sets_are_eval_entries_whose_evidence_is_in_their_document() -> None:
    """eval/dev/verdicts.jsonl (the dev part) and eval/verdicts/readers_held.jsonl (held out: documents no
    other part reads) as bench/verdicts.py reads them."""
    dev, held = (
        [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        for path in (ROOT / "eval" / "dev" / "verdicts.jsonl", ROOT / "eval" / "verdicts" / "readers_held.jsonl")
    )
    assert len(dev) >= 100 and len(held) >= 25
    assert not {r["doc"] for r in held} & ({r["doc"] for r in dev} | {r["doc"] for r in _records()})
    records = dev + held
    assert len({r["id"] for r in records}) == len(records)
    assert all(r["kind"] == "yesno" and r.get("yesno") in (None, "yes", "no") for r in records)
    texts = {doc: f" {normalize(_document_text(doc))} " for doc in {r["doc"] for r in records}}
    assert [r["id"] for r in records if f" {normalize(r['evidence'])} " not in texts[r["doc"]]] == []


@pytest.mark.slow  # reads two real documents (about 1 s)
def test_the_unseen_set_is_eval_entries_whose_evidence_is_in_their_document() -> None:
    """eval/dev/verdicts_unseen.jsonl, bench/verdicts.py's unseen part: written before the rules it checks."""
    path = ROOT / "eval" / "dev" / "verdicts_unseen.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 30 and len({r["id"] for r in records}) == len(records)
    assert all(r["kind"] == "yesno" and r.get("yesno") in (None, "yes", "no") for r in records)
    texts = {doc: f" {normalize(_document_text(doc))} " for doc in {r["doc"] for r in records}}
    assert [r["id"] for r in records if f" {normalize(r['evidence'])} " not in texts[r["doc"]]] == []


@pytest.mark.parametrize("name", [f"readers_held{n}.jsonl" for n in range(5, 12)])
def test_a_late_held_out_readers_set_reads_its_own_documents_and_quotes_them(name: str) -> None:
    """eval/verdicts/readers_held5.jsonl to readers_held11.jsonl (bench/verdicts.py's parts of
    those names): yes, no and undecidable questions over documents no other verdict set reads, each evidence there."""
    held5 = ROOT / "eval" / "verdicts" / name
    sets = [ROOT / "eval" / "dev" / "verdicts.jsonl", ROOT / "eval" / "dev" / "verdicts_unseen.jsonl"]
    sets += [path for path in (ROOT / "eval" / "verdicts").glob("readers_held*.jsonl") if path != held5]
    records = [json.loads(line) for line in held5.read_text(encoding="utf-8").splitlines()]
    others = {json.loads(line)["doc"] for path in sets for line in path.read_text(encoding="utf-8").splitlines()}
    assert len(records) >= 30 and len({r["id"] for r in records}) == len(records)
    assert {r.get("yesno") for r in records} == {None, "yes", "no"} and all(r["kind"] == "yesno" for r in records)
    assert not {r["doc"] for r in records} & (others | {r["doc"] for r in _records()})
    texts = {doc: f" {normalize(_document_text(doc))} " for doc in {r["doc"] for r in records}}
    assert [r["id"] for r in records if f" {normalize(r['evidence'])} " not in texts[r["doc"]]] == []


def _document_text(doc: str) -> str:
    """The clean text of a set's document ("tests/fixtures/real/NAME"), read once a session with the other modules'."""
    return real_document(doc.removeprefix("tests/fixtures/real/")).text
