# The README's two commands: `make chat` (the main job) and `make test` (tests + eval gate).
# Both set up .venv on a fresh machine: torch's CPU build first, then the package.

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# The CI quality gate: just under today's figures on each eval file (README: "Evaluation"), one or two questions of
# margin each (answers no longer change from run to run: a run that gave .879 came from the sentence ranker's choice
# among equally rare terms following the hash seed, tests/test_hash_seed.py).
# eval/questions.jsonl (91 answerable, 17 not): hit@1 .923, hit@3 .978, MRR .951, accuracy .890, citation precision
# .956, abstention recall .765, false abstention .044 (issue 12: expected-value, asked-act and asked-thing checks,
# sentence ranker and its companion ratio).
EVAL_GATE := --min hit@1=0.90 --min hit@3=0.96 --min mrr=0.93 --min accuracy=0.87 \
	--min citation_precision=0.94 --min abstention_recall=0.70 --max false_abstention=0.06
# eval/reader_questions.jsonl (136 answerable, 37 not): intent .971, accuracy .919, summary 1.0, metadata 1.0,
# list .941, yes/no .667, fact .914, all kinds .896, abstention recall .811, false abstention .007 (issue 12: lists
# gathered across a section's passages, verdicts by country aliases and negating prefixes, follow-ups by the
# previous answer, why-a-mention and characterisation answers, intent field words, definitions, expected-value,
# asked-act and asked-thing checks, sentence ranker).
READER_GATE := --min intent_accuracy=0.95 --min accuracy=0.90 --min right_summary=0.90 --min right_metadata=0.95 \
	--min right_fact=0.89 --min right_list=0.88 --min right_yesno=0.62 --min right_all=0.86 --min abstention_recall=0.78 \
	--max false_abstention=0.05

# The same on eval/real (reader questions over the real documents of tests/fixtures/real; 129 answerable, 23 not),
# just under today's figures: hit@5 .798, MRR .674, accuracy .713, citation precision .652, abstention recall .696,
# false abstention .047 (README: "Evaluation"; issue 12 reading of terms, introduced commands, HTML bylines, licences
# and loose text, PDF word gaps, RFC header authors, headings' outline, sentence ranker, asked-thing check, intent,
# a metadata answer's source passage first, Sphinx permalinks, asked figures and project roles).
EVAL_REAL_GATE := --min hit@5=0.75 --min mrr=0.64 --min accuracy=0.70 --min citation_precision=0.63 \
	--min abstention_recall=0.65 --max false_abstention=0.06

.PHONY: chat test

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

chat: $(STAMP)
	$(BIN)/askdoc chat

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/python -m pytest
	$(BIN)/askdoc eval eval/questions.jsonl $(EVAL_GATE)
	$(BIN)/askdoc eval eval/real $(EVAL_REAL_GATE)
	$(BIN)/askdoc eval eval/reader_questions.jsonl $(READER_GATE)
