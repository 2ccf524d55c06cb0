# The README's two commands: `make chat` (the main job) and `make test` (tests + eval gate).
# Both set up .venv on a fresh machine: torch's CPU build first, then the package.

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: chat test lint

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

chat: $(STAMP)
	$(BIN)/askdoc ask "Who was named Prime Minister-designate?"

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest
