"""The prompt templates: found in the checkout, shipped in the wheel, overridable, and checked."""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from askdoc.errors import AskdocError
from askdoc.llm.templates import PLACEHOLDERS, load_templates
from askdoc.locations import packaged_prompts, prompts_dir
from conftest import ROOT

NAMES = [f"{name}.md" for name in PLACEHOLDERS]


def test_shipped_prompts_are_the_checkout_prompts() -> None:
    for name in NAMES:
        assert packaged_prompts().joinpath(name).read_bytes() == (ROOT / "prompts" / name).read_bytes(), name


def test_running_from_source_reads_the_checkout_prompts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ASKDOC_PROMPTS_DIR", raising=False)
    assert prompts_dir() == ROOT / "prompts"


@pytest.mark.slow
def test_installed_wheel_reads_its_packaged_prompts(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    for part in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / part, source / part)
    shutil.copytree(ROOT / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    pip_wheel = ["pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q"]
    build = [sys.executable, "-m", *pip_wheel, "--wheel-dir", "wheel", str(source)]
    subprocess.run(build, cwd=tmp_path, check=True, capture_output=True)
    [wheel] = (tmp_path / "wheel").glob("askdoc-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        assert {f"askdoc/data/prompts/{name}" for name in NAMES} <= set(archive.namelist())
        archive.extractall(tmp_path / "site")
    probe = "from askdoc.llm.templates import load_templates; from askdoc.locations import prompts_dir\n"
    probe += "print(prompts_dir()); print(load_templates().system)"
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, env={"PYTHONPATH": str(tmp_path / "site")}, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    folder, system = result.stdout.split("\n", 1)
    assert folder == str(tmp_path / "site" / "askdoc" / "data" / "prompts")
    assert system.strip() == (ROOT / "prompts" / "system.md").read_text(encoding="utf-8").strip()


def test_prompts_dir_overrides_and_is_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in NAMES:
        shutil.copy(ROOT / "prompts" / name, tmp_path / name)
    (tmp_path / "system.md").write_text("Answer from the passages, citing [n].", encoding="utf-8")
    monkeypatch.setenv("ASKDOC_PROMPTS_DIR", str(tmp_path))
    assert load_templates().system == "Answer from the passages, citing [n]."
    (tmp_path / "answer.md").write_text("Passages:\n{passages}\nQuestion: {query}", encoding="utf-8")
    with pytest.raises(AskdocError) as failure:
        load_templates()
    assert str(failure.value) == (
        f"The prompt template {tmp_path / 'answer.md'} must use {{passages}}, {{question}}, {{title}}; "
        "it uses {passages}, {query}."
    )
