"""A real database file per test, opened and closed like the app does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ghostless.store.database import Store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "ghostless.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = Store.open(db_path)
    yield opened
    opened.close()
