"""The day's backup runs on a worker thread: the window keeps answering, the copy is
whole and sound, a failure is said, and quitting stops it without leaving a file."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from time import perf_counter

import pytest
from PySide6.QtCore import QSettings, QTimer
from pytestqt.qtbot import QtBot

from ghostless.services.backup import BACKUP_DIR, DAILY_PREFIX, daily_backup_at, daily_backup_of
from ghostless.services.ledger import Ledger, store_of
from ghostless.ui.app import Shell
from ghostless.ui.common.worker import Worker
from tests.services.test_recovery import _scribble_over_pages

TODAY = f"{DAILY_PREFIX}2026-11-20.sqlite3"
#: A tick every 20 ms; a gap longer than this means the GUI thread was held.
TICK_MS, LONGEST_GAP_S = 20, 0.100
#: Contacts with notes and indexed search text: a store of about 40 MB, whose check,
#: copy and check again held the GUI thread for about 270 ms (on a quiet machine).
CONTACTS = 60_000


def _make_sizeable(ledger: Ledger) -> None:
    with ledger.transaction():
        store_of(ledger).conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO contacts (name, email, org, notes, search_text, created_at, updated_at) "
            "SELECT 'Person ' || i, hex(randomblob(8)) || '@example.org', hex(randomblob(6)), "
            "hex(randomblob(100)), hex(randomblob(60)), '2026-11-20T14:00:00Z', "
            "'2026-11-20T14:00:00Z' FROM n",
            (CONTACTS,),
        )


def _contacts_in(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return int(conn.execute("SELECT count(*) FROM contacts").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def shell(qtbot: QtBot, ledger: Ledger, settings: QSettings) -> Iterator[Shell]:
    made = Shell(ledger, settings, tray_available=True)
    yield made
    made.stop_background()
    if made.window is not None:
        made.window.keep_running_in_tray = False
        made.window.close()
        made.window.deleteLater()
    made.deleteLater()


def test_the_gui_thread_keeps_ticking_while_the_day_is_backed_up(
    qtbot: QtBot, shell: Shell, ledger: Ledger, data_dir: Path
) -> None:
    _make_sizeable(ledger)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(perf_counter()))
    timer.start()
    qtbot.waitUntil(lambda: len(ticks) >= 2)  # ticking before the backup starts
    with qtbot.waitSignal(shell.background.daily_backup.finished, timeout=60_000) as made:
        assert shell.background.daily_backup.start(daily_backup_of(ledger))
        assert shell.background.daily_backup.running
        begun = len(ticks)
    ticks.append(perf_counter())
    timer.stop()
    gaps = [later - earlier for earlier, later in pairwise(ticks)]
    assert len(ticks) - begun >= 2, "the backup ended before the GUI thread ticked"
    assert max(gaps) <= LONGEST_GAP_S, f"the GUI thread stalled {max(gaps) * 1000:.0f} ms"
    path = made.args[0]
    assert path == data_dir / BACKUP_DIR / TODAY
    assert _contacts_in(path) == CONTACTS
    assert [p.name for p in (data_dir / BACKUP_DIR).iterdir()] == [TODAY]  # no temp left


def test_starting_the_background_backs_up_on_the_worker(
    qtbot: QtBot, shell: Shell, data_dir: Path
) -> None:
    with qtbot.waitSignal(shell.background.daily_backup.finished, timeout=30_000) as made:
        shell.background.run()
        assert shell.background.daily_backup.running  # returned before the copy was made
    assert made.args[0] == data_dir / BACKUP_DIR / TODAY
    assert not shell.background.daily_backup.running


def test_a_damaged_store_is_not_backed_up_and_the_window_says_so(
    qtbot: QtBot, shell: Shell, ledger: Ledger, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _make_sizeable(ledger)
    window = shell.ensure_window()
    qtbot.addWidget(window)
    store_of(ledger).conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _scribble_over_pages(store_of(ledger).path)
    with (
        caplog.at_level(logging.WARNING),
        qtbot.waitSignal(shell.background.daily_backup.failed, timeout=30_000) as failed,
    ):
        shell.background.daily_backup.start(daily_backup_of(ledger))
    message = failed.args[0]
    assert "failed its check" in message or "damaged" in message
    assert "daily backup not made" in caplog.text
    assert window.statusBar().currentMessage().startswith("Today's backup was not made:")
    assert list(data_dir.glob(f"{BACKUP_DIR}/*")) == []


def test_quitting_stops_the_backup_and_leaves_no_file(
    qtbot: QtBot, shell: Shell, ledger: Ledger, data_dir: Path
) -> None:
    _make_sizeable(ledger)
    seen: list[bool] = []

    def work(cancelled: object) -> object:
        def looked() -> bool:
            seen.append(True)
            return bool(cancelled())  # type: ignore[operator]

        return daily_backup_at(
            store_of(ledger).path, now=ledger.clock.now(), zone=ledger.zone, cancelled=looked
        )

    failures: list[str] = []
    shell.background.daily_backup.failed.connect(failures.append)
    assert shell.background.daily_backup.start(work)
    shell.quit()  # asks it to stop and waits
    assert shell.background.daily_backup.wait(0)  # no thread left running
    assert seen, "the copy never looked whether to stop"
    assert list((data_dir / BACKUP_DIR).iterdir()) == []
    qtbot.waitUntil(lambda: bool(failures))
    assert "stopped" in failures[0]


def test_a_worker_reports_a_bug_as_a_failure(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    worker = Worker("test-worker")

    def broken(_cancelled: object) -> object:
        raise ZeroDivisionError

    with caplog.at_level(logging.ERROR), qtbot.waitSignal(worker.failed) as failed:
        assert worker.start(broken)
        assert not worker.start(broken)  # one at a time
    assert failed.args == ["unexpected error: ZeroDivisionError"]
    assert "test-worker failed" in caplog.text
    with qtbot.waitSignal(worker.finished) as done:
        assert worker.start(lambda cancelled: cancelled())
    assert done.args == [False]
