"""The fault-injection suite: each test injects one fault; the run ends with one summary line.

A test that passes survived its fault. Files a test hands to ``guard.keep`` (documents, an
index that must outlive a failed rebuild) are fingerprinted before the fault and checked
after it: each one changed or gone counts as data lost, and fails the test.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from faults.memo import MEMO

_HERE = Path(__file__).parent
_LOST = "data_lost"


class Guard:
    """Files and folders that must come through a fault byte for byte."""

    def __init__(self) -> None:
        self._kept: dict[Path, dict[str, str]] = {}

    def keep(self, *paths: Path) -> None:
        for path in paths:
            self._kept[path] = _fingerprint(path)

    def lost(self) -> list[str]:
        gone = []
        for path, before in self._kept.items():
            after = _fingerprint(path)
            gone.extend(str(path / name) for name, digest in before.items() if after.get(name) != digest)
        return gone


def _fingerprint(path: Path) -> dict[str, str]:
    files = [path] if path.is_file() else sorted(file for file in path.rglob("*") if file.is_file())
    return {str(file.relative_to(path)) if file != path else "": hashlib.sha256(file.read_bytes()).hexdigest() for file in files}


@pytest.fixture
def guard(request: pytest.FixtureRequest):
    kept = Guard()
    yield kept
    lost = kept.lost()
    request.node.user_properties.append((_LOST, len(lost)))
    assert not lost, f"data lost: {lost}"


class FaultSummary:
    """Counts the suite's faults as their reports come in and prints the one summary line."""

    def __init__(self) -> None:
        self.tried = self.survived = self.lost = 0
        self._failed: set[str] = set()

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if not Path(report.fspath).resolve().is_relative_to(_HERE):
            return
        if report.failed:
            self._failed.add(report.nodeid)
        if report.when == "teardown":
            self.tried += 1
            self.survived += report.nodeid not in self._failed
            self.lost += sum(value for key, value in report.user_properties if key == _LOST)

    def pytest_terminal_summary(self, terminalreporter) -> None:
        if self.tried:
            terminalreporter.write_line(f"faults: {self.tried} tried, {self.survived} survived, {self.lost} data lost")


def pytest_configure(config: pytest.Config) -> None:
    config.pluginmanager.register(FaultSummary(), "askdoc-fault-summary")


@pytest.fixture
def memo(tmp_path: Path) -> Path:
    """A small document with one fact per paragraph."""
    path = tmp_path / "memo.txt"
    path.write_text(MEMO, encoding="utf-8")
    return path
