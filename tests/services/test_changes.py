"""What other connections changed, read from the change log (m015) on a real SQLite file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ghostless.core.clock import FixedClock
from ghostless.core.models import EventKind, LoopKind
from ghostless.services.changes import (
    ALL_PARTS,
    CONTACTS,
    HISTORY,
    LOOPS,
    PART_OF_TABLE,
    REMINDERS,
    StoreChanges,
)
from ghostless.services.ledger import Ledger, store_of
from ghostless.store.migrations import CHANGE_LOG_KEEP, CHANGE_LOGGED_TABLES
from tests.conftest import FRIDAY

ZONE = ZoneInfo("Europe/Berlin")


@pytest.fixture
def here(tmp_path: Path) -> Iterator[Ledger]:
    ledger = Ledger.open(tmp_path, FixedClock(FRIDAY), ZONE)
    yield ledger
    ledger.close()


@pytest.fixture
def other(tmp_path: Path, here: Ledger) -> Iterator[Ledger]:
    """A second connection on the same file, as the command line opens it."""
    ledger = Ledger.open(tmp_path, FixedClock(FRIDAY), ZONE)
    yield ledger
    ledger.close()


def test_every_logged_table_belongs_to_a_part() -> None:
    assert set(PART_OF_TABLE) == set(CHANGE_LOGGED_TABLES)


def test_a_change_from_another_connection_is_told_by_its_part(here: Ledger, other: Ledger) -> None:
    changes = StoreChanges(here)
    contact = other.add_contact(name="Ada")
    assert changes.check() == frozenset({CONTACTS, HISTORY})
    assert changes.check() == frozenset()
    loop = other.add_loop(contact_id=contact, kind=LoopKind.RECRUITER_OUTREACH, subject="Hi")
    assert LOOPS in changes.check()
    other.log_event(loop, EventKind.NOTE, text="a word")
    assert LOOPS in changes.check()


def test_a_deletion_from_another_connection_is_told(here: Ledger, other: Ledger) -> None:
    contact = here.add_contact(name="Ada")
    loop = here.add_loop(contact_id=contact, kind=LoopKind.RECRUITER_OUTREACH, subject="Hi")
    event = here.log_event(loop, EventKind.NOTE, text="mis-logged")
    changes = StoreChanges(here)
    other.delete_event(event)
    assert LOOPS in changes.check()
    # The row deleted is in the log, by table and id, though it is gone from the table.
    store = store_of(here)
    assert (
        store.conn.execute(
            "SELECT count(*) FROM change_log WHERE tbl = 'events' AND row_id = ?", (event,)
        ).fetchone()[0]
        >= 1
    )
    assert (
        store.conn.execute("SELECT count(*) FROM events WHERE id = ?", (event,)).fetchone()[0] == 0
    )


def test_a_delete_made_in_plain_sql_by_another_program_is_told(
    here: Ledger, tmp_path: Path
) -> None:
    """The triggers live in the file: a writer that knows nothing of Ghostless is logged too."""
    contact = here.add_contact(name="Ada")
    changes = StoreChanges(here)
    conn = sqlite3.connect(tmp_path / "ghostless.sqlite3")
    try:
        with conn:
            conn.execute("DELETE FROM contacts WHERE id = ?", (contact,))
    finally:
        conn.close()
    assert changes.check() == frozenset({CONTACTS})


def test_the_own_connections_writes_are_not_told(here: Ledger, other: Ledger) -> None:
    changes = StoreChanges(here)
    here.add_contact(name="Written Here")
    assert changes.check() == frozenset()
    from ghostless.services.reminders import ReminderService

    ReminderService(other).away_on()
    assert changes.check() == frozenset({REMINDERS})


def test_a_reader_further_behind_than_the_log_keeps_is_told_every_part(
    here: Ledger, other: Ledger
) -> None:
    changes = StoreChanges(here)
    store = store_of(other)
    with store.transaction():  # a large import, as many rows as the log keeps and more
        store.conn.executemany(
            "INSERT INTO change_log (tbl, row_id) VALUES ('contacts', ?)",
            [(n,) for n in range(CHANGE_LOG_KEEP + 1_500)],
        )
    kept = store.conn.execute("SELECT count(*) FROM change_log").fetchone()[0]
    assert kept <= CHANGE_LOG_KEEP + 1_000
    assert changes.check() == ALL_PARTS
    other.add_contact(name="After")
    assert changes.check() == frozenset({CONTACTS, HISTORY})


def test_a_check_reads_only_the_rows_changed_since_the_last_look(
    here: Ledger, other: Ledger
) -> None:
    """Proportional to the change: no table of the record is read, only the log's
    rows after the last number seen (a range of its primary key)."""
    for number in range(30):
        here.add_contact(name=f"Contact {number}")
    changes = StoreChanges(here)
    other.add_contact(name="One More")
    store = store_of(here)
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        assert changes.check() == frozenset({CONTACTS, HISTORY})
    finally:
        store.conn.set_trace_callback(None)
    read = " ".join(statements)
    for table in ("FROM contacts", "FROM loops", "FROM events", "FROM undo_steps"):
        assert table not in read
    plan = store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT DISTINCT tbl FROM change_log WHERE seq > 5"
    ).fetchall()
    assert any("INTEGER PRIMARY KEY (rowid>?)" in str(row) for row in plan)


WRITER = """
import sys
from pathlib import Path
from datetime import datetime
from zoneinfo import ZoneInfo
from ghostless.core.clock import FixedClock
from ghostless.services.ledger import Ledger

ledger = Ledger.open(Path(sys.argv[1]), FixedClock(datetime.fromisoformat(sys.argv[2])),
                     ZoneInfo("Europe/Berlin"))
ledger.delete_event(int(sys.argv[3]))
ledger.close()
"""


def test_a_deletion_by_another_process_is_told(here: Ledger, tmp_path: Path) -> None:
    contact = here.add_contact(name="Ada")
    loop = here.add_loop(contact_id=contact, kind=LoopKind.RECRUITER_OUTREACH, subject="Hi")
    event = here.log_event(loop, EventKind.NOTE, text="mis-logged")
    changes = StoreChanges(here)
    subprocess.run(
        [sys.executable, "-c", WRITER, str(tmp_path), FRIDAY.isoformat(), str(event)],
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        check=True,
        timeout=60,
    )
    assert changes.check() == frozenset({LOOPS, HISTORY})
    assert event not in [e.id for e in here.events(loop)]
