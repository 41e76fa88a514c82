"""Shared fixtures. Qt runs offscreen unless a test sets up a real display."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ghostless.core.clock import FixedClock  # after the Qt platform is chosen
from ghostless.services.ledger import Ledger


def pytest_sessionstart(session: pytest.Session) -> None:
    """The translation catalogues compiled, as ``make`` does (only the stale ones)."""
    from installers.compile_catalogues import compile_all

    compile_all()


# CI explores the same examples every run, so a red build is reproducible and
# never a coin toss; a developer's runs keep exploring new ones.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

#: A Friday afternoon, the moment most of the tests live in.
FRIDAY = datetime(2026, 11, 20, 14, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _no_real_data_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the user's own ledger: a command run without
    ``--data-dir`` lands in a folder of the test's own."""
    home = tmp_path_factory.mktemp("xdg")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("GHOSTLESS_DATA_DIR", raising=False)


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Tests speak English whatever the machine's language (a test that wants another
    sets $GHOSTLESS_LANG or passes --language), and leave English behind them."""
    monkeypatch.setenv("GHOSTLESS_LANG", "en")
    yield
    from ghostless.services import language

    language.use("en")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(FRIDAY)


@pytest.fixture
def zone() -> ZoneInfo:
    return ZoneInfo("Europe/Berlin")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def ledger(data_dir: Path, clock: FixedClock, zone: ZoneInfo) -> Iterator[Ledger]:
    opened = Ledger.open(data_dir, clock, zone)
    yield opened
    opened.close()
