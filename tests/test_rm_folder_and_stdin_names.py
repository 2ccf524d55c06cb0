"""`askdoc rm FOLDER` removes what `askdoc index FOLDER/` indexed; stdin documents are listed by their title's first words."""

from pathlib import Path

import pytest

from conftest import run_askdoc


@pytest.mark.slow  # builds an index with the model
def test_rm_folder_removes_every_document_indexed_from_it(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("The bridge opened in 1932 after eight years of work.\n", encoding="utf-8")
    (folder / "b.md").write_text("# Tram\n\nThe tram line runs every ten minutes.\n", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("The harbour has three piers.\n", encoding="utf-8")
    env = {"ASKDOC_INDEX_DIR": str(tmp_path / "index")}
    assert run_askdoc("index", str(folder), str(other), env=env).returncode == 0
    removed = run_askdoc("rm", str(folder), env=env)
    assert removed.returncode == 0, removed.stderr
    removed_names = [line.split(" (")[0] for line in removed.stdout.splitlines()]
    assert removed_names == ["Removed the index of a.txt", "Removed the index of b.md"]
    listed = run_askdoc("list", env=env).stdout
    assert "other.txt" in listed and "a.txt" not in listed and "b.md" not in listed
    again = run_askdoc("rm", str(folder), env=env)
    assert again.returncode == 2 and "comes from the folder" in again.stderr


@pytest.mark.slow  # builds an index with the model
def test_stdin_documents_are_listed_by_their_titles_first_words(tmp_path: Path) -> None:
    env = {"ASKDOC_INDEX_DIR": str(tmp_path / "index")}
    minutes = "# Minutes of the harbour board meeting in March\n\nThe piers were repaired.\n"
    for text in (minutes, "# Tram timetable\n\nTrams run often.\n"):
        assert run_askdoc("index", "-", env=env, input=text).returncode == 0
    rows = run_askdoc("list", env=env).stdout.splitlines()[1:]
    names = [line.split("  ")[0] for line in rows if not line.startswith(" ")]  # indented lines: a document's metadata
    assert names == ["stdin: Minutes of the harbour board meeting …", "stdin: Tram timetable"]
