"""Shared fixtures of the command-line tests: ``ghostless`` run as a separate process."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from ghostless.services.paths import DATA_DIR_ENV
from tests.cli.test_cli import Run, ghostless_cli, ok

#: The recruiter's message: Friday 20 November 2026, 16:30 on the user's (Berlin) clock.
MESSAGE = "2026-11-20T16:30"


@dataclass(frozen=True)
class Cli:
    """``ghostless`` with one data folder, in Berlin, without the machine's display."""

    env: dict[str, str]
    data: Path

    def __call__(self, *args: str) -> Run:
        return ghostless_cli(self.env, *args, "--data-dir", self.data)


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {DATA_DIR_ENV, "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    env.update(TZ="Europe/Berlin", HOME=str(tmp_path / "home"), LC_ALL="C.UTF-8")
    return Cli(env, tmp_path / "data")


@pytest.fixture
def outreach(cli: Cli) -> str:
    ok(cli("contact", "add", "--name", "Priya Raman", "--org", "Northwind"))
    loop = ok(
        cli("loop", "add", "--contact", "1", "--kind", "recruiter_outreach",
            "--subject", "Senior backend role", "--at", MESSAGE)
    ).out.strip()  # fmt: skip
    return str(loop)


@pytest.fixture
def examples_data(tmp_path: Path) -> Path:
    """A data folder holding the example loops, written at the real now (for real processes)."""
    from ghostless.core.clock import SystemClock
    from ghostless.services.examples import load_examples
    from ghostless.services.ledger import Ledger
    from ghostless.services.zone import local_zone

    folder = tmp_path / "examples-data"
    ledger = Ledger.open(folder, SystemClock(), local_zone())
    try:
        load_examples(ledger)
    finally:
        ledger.close()
    return folder
