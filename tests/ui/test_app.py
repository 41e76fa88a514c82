"""Starting the app: a database it cannot use is reported once and left alone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ghostless.core.clock import SystemClock
from ghostless.core.queries import LoopQuery
from ghostless.services.ledger import Ledger
from ghostless.services.paths import database_path
from ghostless.services.zone import local_zone
from ghostless.ui.app import EXIT_WHEN_READY_ENV, run
from ghostless.ui.loops.status_text import status_text


def test_a_damaged_database_is_reported_and_left_untouched(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    damaged = database_path(data_dir)
    damaged.write_bytes(b"this is not a database at all")
    assert run(str(data_dir)) == 1
    assert damaged.read_bytes() == b"this is not a database at all"
    assert sorted(path.name for path in data_dir.iterdir()) == [damaged.name]
    error = capsys.readouterr().err
    assert error.startswith("ghostless: ")
    assert "not a SQLite database" in error


def test_start_up_quits_when_ready_and_leaves_sqlite_utils_unloaded(tmp_path: Path) -> None:
    # A child process: an application event loop that ran and quit leaves a quit
    # request behind that would end the next test's waits at once.
    data_dir = tmp_path / "data"
    Ledger.open(data_dir, SystemClock(), local_zone()).close()  # created and migrated here
    script = (
        "import sys\n"
        "from ghostless.ui.app import run\n"
        f"code = run({str(data_dir)!r})\n"
        "print(code, 'sqlite_utils' in sys.modules)\n"
    )
    env = {**os.environ, EXIT_WHEN_READY_ENV: "1", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.split() == ["0", "False"], done.stderr
    assert (data_dir / "window.ini").is_file()


ALL_X = LoopQuery(text="x", include_closed=True)


@pytest.mark.parametrize(
    ("query", "shown", "open_total", "more", "expected"),
    [
        (LoopQuery(), 1, 1, False, "1 open loop"),
        (LoopQuery(), 7, 7, False, "7 open loops"),
        (LoopQuery(text=" int "), 3, 7, False, "3 of 7 open loops match “int”"),
        (LoopQuery(text="a"), 200, 900, True, "200+ of 900 open loops match “a”"),
        (LoopQuery(include_closed=True), 9, 7, False, "9 loops, 7 of them open"),
        (ALL_X, 1, 7, False, "1 loop matches “x” · 7 open in all"),
        (ALL_X, 2, 1, False, "2 loops match “x” · 1 open in all"),
    ],
)
def test_status_line(
    query: LoopQuery, shown: int, open_total: int, more: bool, expected: str
) -> None:
    assert status_text(query, shown=shown, open_total=open_total, more=more) == expected
