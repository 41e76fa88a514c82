"""The open window sees what other processes write, within a second, and only while shown."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from ghostless.core.clock import FixedClock
from ghostless.services.ledger import Ledger, store_of
from ghostless.ui.lifecycle.external_writes import (
    CONTACTS,
    HISTORY,
    LOOPS,
    REMINDERS,
    ExternalWrites,
)
from ghostless.ui.main_window import MainWindow

#: Another process: 18 loops owing a reply, written in one go on the same file.
WRITER = """
import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo
from ghostless.core.clock import FixedClock
from ghostless.core.models import LoopKind
from ghostless.services.ledger import Ledger

now = datetime.fromisoformat(sys.argv[2])
ledger = Ledger.open(__import__("pathlib").Path(sys.argv[1]), FixedClock(now),
                     ZoneInfo("Europe/Berlin"))
for number in range(18):
    contact = ledger.add_contact(name=f"Writer {number}")
    ledger.add_loop(contact_id=contact, kind=LoopKind.RECRUITER_OUTREACH,
                    subject=f"Role {number}", at=now - timedelta(hours=30))
ledger.close()
"""


def _write_from_another_process(data_dir: Path, clock: FixedClock) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    subprocess.run(
        [sys.executable, "-c", WRITER, str(data_dir), clock.now().isoformat()],
        env=env, check=True, timeout=60,
    )  # fmt: skip


def test_a_write_from_another_process_shows_within_a_second(
    qtbot: QtBot, window: MainWindow, ledger: Ledger, data_dir: Path, clock: FixedClock
) -> None:
    window.start_scheduler()
    assert window.loop_model.rowCount() == 0
    assert window.external_writes.running
    _write_from_another_process(data_dir, clock)
    committed = time.monotonic()
    qtbot.waitUntil(lambda: window.loop_model.rowCount() == 18, timeout=1000)
    qtbot.waitUntil(lambda: window.today_page.model.rowCount() == 18, timeout=1000)
    assert time.monotonic() - committed < 1.0
    assert window.contacts_page.contact_model.rowCount() == 18


def test_only_the_parts_another_process_changed_are_told(
    qtbot: QtBot, window: MainWindow, ledger: Ledger, data_dir: Path, clock: FixedClock
) -> None:
    other = Ledger.open(data_dir, clock, ledger.zone)  # a second connection on the real file
    try:
        assert window.external_writes.check() == frozenset()
        with qtbot.waitSignal(window.external_writes.changed, timeout=1000) as told:
            other.add_contact(name="Only A Contact")
        assert told.args == [frozenset({CONTACTS, HISTORY})]  # adding is an undo step
        with qtbot.waitSignal(window.external_writes.changed, timeout=1000) as told:
            from ghostless.services.reminders import ReminderService

            ReminderService(other).away_on()
        assert told.args == [frozenset({REMINDERS})]
        contact = other.add_contact(name="Someone With A Loop")
        with qtbot.waitSignal(window.external_writes.changed, timeout=1000) as told:
            from ghostless.core.models import LoopKind

            other.add_loop(contact_id=contact, kind=LoopKind.RECRUITER_OUTREACH, subject="Hi")
        assert LOOPS in told.args[0]
    finally:
        other.close()
    # The window's own writes are its own business: nothing is told for them.
    window.ledger.add_contact(name="Written Here")
    assert window.external_writes.check() == frozenset()


def test_a_hidden_window_does_not_wake_up_to_look(
    qtbot: QtBot, window: MainWindow, ledger: Ledger, data_dir: Path, clock: FixedClock
) -> None:
    assert window.external_writes.running
    window.hide()
    assert not window.external_writes.running
    other = Ledger.open(data_dir, clock, ledger.zone)
    try:
        other.add_contact(name="While Hidden")
    finally:
        other.close()
    window.show()
    qtbot.waitExposed(window)
    # Shown again: what changed meanwhile is read at once.
    assert window.external_writes.running
    assert window.contacts_page.contact_model.rowCount() == 1


def test_an_open_window_nobody_writes_to_runs_no_timer(
    qtbot: QtBot, window: MainWindow, ledger: Ledger, data_dir: Path, clock: FixedClock
) -> None:
    # Watching the files, not polling them: an idle window does not wake up.
    watch = window.external_writes
    assert watch.running
    assert watch.watcher is not None
    assert not watch.timer.isActive()
    assert str(data_dir) in watch.watcher.directories()
    other = Ledger.open(data_dir, clock, ledger.zone)
    try:
        with qtbot.waitSignal(watch.changed, timeout=1000):
            other.add_contact(name="Seen Through The Log")
    finally:
        other.close()
    assert not watch.timer.isActive()


def test_building_the_window_scans_no_table_and_an_early_change_tells_its_parts(
    qtbot: QtBot, ledger: Ledger, data_dir: Path, clock: FixedClock
) -> None:
    """The change log is read from a counter: nothing scanned on the way to the first
    frame, and a change right after is told as exactly what it changed."""
    store = store_of(ledger)
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        watch = ExternalWrites(ledger)
    finally:
        store.conn.set_trace_callback(None)
    assert [sql for sql in statements if "FROM loops" in sql or "FROM contacts" in sql] == []
    other = Ledger.open(data_dir, clock, ledger.zone)
    try:
        other.add_contact(name="Before The First Look")
    finally:
        other.close()
    assert watch.check() == frozenset({CONTACTS, HISTORY})
    assert watch.check() == frozenset()
