"""A list question naming a section is answered by the entries that section labels (answer/section_items.py).

The document is the opening and the "Release types" section of Node.js's README (MIT, © Node.js contributors;
Debian 12's /usr/share/doc/nodejs/README.md), outside every eval set."""

from __future__ import annotations

from pathlib import Path

import pytest

from askdoc.answer.engine import Engine
from askdoc.embedding.embedder import Encoder
from conftest import article_request

README = """# Node.js

Node.js is an open-source, cross-platform JavaScript runtime environment.

## Release types

* **Current**: Under active development. Code for the Current release is in the
  branch for its major version number. Node.js releases a new major version every 6 months.
* **LTS**: Releases that receive Long Term Support, with a focus on stability
  and security. Every even-numbered major version will become an LTS release.
* **Nightly**: Code from the Current branch built every 24-hours when there are
  changes. Use with caution.

Current and LTS releases follow semantic versioning. A member of the Release Team signs each Current and LTS release.

## Building Node.js

See BUILDING.md for instructions on how to build Node.js from source.
"""


@pytest.mark.slow  # builds a real index with the model
def test_the_entries_of_the_section_the_question_names_are_listed(tmp_path: Path, model_dir: Path, encoder: Encoder) -> None:
    document = tmp_path / "README.md"
    document.write_text(README, encoding="utf-8")
    engine = Engine.open(article_request(tmp_path / "index", model_dir, encoder, document))
    answer = engine.ask("What are the release types?")
    lines = answer.text.splitlines()
    assert [line.split(":")[0] for line in lines] == ["- Current", "- LTS", "- Nightly"]
    assert "Long Term Support" in answer.text and len(answer.citations) >= 1
    assert "semantic versioning" not in answer.text
    assert not engine.ask("What are the building steps?").text.startswith("- Current")
