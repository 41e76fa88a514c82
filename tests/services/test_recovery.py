"""A database that is empty, damaged or not Ghostless's: refused with what to do, restored
whatever its state, never backed up, and never the reason the last good backup is lost."""

from __future__ import annotations

import os
import random
import sqlite3
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ghostless.core.clock import FixedClock
from ghostless.core.errors import ConfirmationRequired, StoreCorrupt, StoreDamaged
from ghostless.core.models import LoopKind
from ghostless.services import backup
from ghostless.services.ledger import Ledger, store_of
from ghostless.services.paths import DATABASE_NAME
from ghostless.store.migrations import MIGRATION_SET
from tests.conftest import FRIDAY
from tests.helpers.storefiles import raw_connection, sha256

BERLIN = ZoneInfo("Europe/Berlin")


def _ledger_with_data(data_dir: Path) -> None:
    ledger = Ledger.open(data_dir, FixedClock(FRIDAY), BERLIN)
    try:
        contact = ledger.add_contact(name="Priya Raman", org="Northwind")
        for number in range(40):  # enough pages for a truncation to cut into the tables
            ledger.add_loop(
                contact_id=contact, kind=LoopKind.RECRUITER_OUTREACH,
                subject=f"Role {number} " + "x" * 200, at=FRIDAY - timedelta(hours=3),
            )  # fmt: skip
    finally:
        ledger.close()


def _daily(data_dir: Path, days: int = 0) -> Path:
    ledger = Ledger.open(data_dir, FixedClock(FRIDAY), BERLIN)
    try:
        made = backup.daily_backup(store_of(ledger), now=FRIDAY + timedelta(days=days), zone=BERLIN)
        assert made is not None
        return made
    finally:
        ledger.close()


def _emptied(path: Path) -> None:
    path.write_bytes(b"")


def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(16384))


def _truncated_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _foreign(path: Path) -> None:
    path.unlink()
    with raw_connection(path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.commit()


def _newer(path: Path) -> None:
    with raw_connection(path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            (MIGRATION_SET, "m999_future", "2030-01-01"),
        )
        conn.commit()


DAMAGE = {
    "empty": _emptied,
    "damaged": _random_bytes,
    "truncated": _truncated_half,
    "not-ghostless": _foreign,
    "newer-version": _newer,
}
#: The word in the set-aside file's name for each damage.
KIND = {"truncated": "damaged"}


def _loop_count(path: Path) -> int:
    with raw_connection(path) as conn:
        return int(conn.execute("SELECT count(*) FROM loops").fetchone()[0])


def test_an_emptied_database_is_refused_with_the_backups_to_restore(data_dir: Path) -> None:
    _ledger_with_data(data_dir)
    good = _daily(data_dir)
    path = data_dir / DATABASE_NAME
    path.write_bytes(b"")
    with pytest.raises(StoreDamaged) as caught:
        Ledger.open(data_dir, FixedClock(FRIDAY), BERLIN)
    error = caught.value
    assert error.kind == "empty"
    text = str(error)
    assert "empty" in text.splitlines()[0]
    assert str(path) in text
    # The backup, with its date and size, and both ways out.
    listed = next(line for line in text.splitlines() if str(good) in line)
    size_kb = f"{good.stat().st_size / 1024:.0f} KB"
    assert size_kb in listed
    assert "40 loop(s), 1 contact(s)" in listed
    assert "-" in listed.split()[0]  # a date such as 2026-12-03
    assert "ghostless restore FILE" in text
    assert "ghostless start-afresh --yes" in text
    assert [b.path for b in error.backups] == [good]  # type: ignore[attr-defined]
    # Never opened as a new store: still the same empty file, and nothing beside it.
    assert path.read_bytes() == b""
    assert sorted(p.name for p in data_dir.iterdir()) == ["backups", DATABASE_NAME]


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_restore_works_whatever_state_the_live_file_is_in(data_dir: Path, damage: str) -> None:
    _ledger_with_data(data_dir)
    good = _daily(data_dir)
    path = data_dir / DATABASE_NAME
    DAMAGE[damage](path)
    damaged_bytes = sha256(path)
    restored = backup.restore_data(data_dir, good, now=FRIDAY, zone=BERLIN)
    kind = KIND.get(damage, damage)
    assert restored.damaged == kind
    aside = restored.aside
    assert aside is not None
    # The name says why and when (the user's local time), and the bytes are kept as they were.
    assert aside.name == f"{kind}-before-restore-20261120-150000.sqlite3"
    assert aside.parent == data_dir / "backups"
    assert sha256(aside) == damaged_bytes
    assert str(aside) in restored.text()
    ledger = Ledger.open(data_dir, FixedClock(FRIDAY), BERLIN)
    try:
        assert len(ledger.list_loops()) == 40
    finally:
        ledger.close()


def test_a_bad_backup_changes_nothing_even_over_a_damaged_store(
    data_dir: Path, tmp_path: Path
) -> None:
    _ledger_with_data(data_dir)
    path = data_dir / DATABASE_NAME
    path.write_bytes(b"")
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x01" * 5000)
    with pytest.raises(StoreCorrupt):
        backup.restore_data(data_dir, bad, now=FRIDAY, zone=BERLIN)
    assert path.read_bytes() == b""
    assert not (data_dir / "backups").exists()


def test_restore_into_an_open_store_damaged_since_it_was_opened(data_dir: Path) -> None:
    """The window's Restore…: its store opened fine, then the file went bad under it."""
    _ledger_with_data(data_dir)
    good = _daily(data_dir)
    ledger = Ledger.open(data_dir, FixedClock(FRIDAY), BERLIN)
    try:
        store_of(ledger).conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _scribble_over_pages(store_of(ledger).path)
        # Damaged: SQLite either refuses to read it or lists what is wrong.
        try:
            found = store_of(ledger).conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError:
            found = None
        assert found != [("ok",)]
        aside = backup.restore_from(store_of(ledger), good, now=FRIDAY, zone=BERLIN)
        assert aside.name.startswith("damaged-before-restore-")
        assert len(ledger.list_loops()) == 40
        assert store_of(ledger).integrity_problems() == []
    finally:
        ledger.close()


def _scribble_over_pages(path: Path) -> None:
    """Garbage over every page but the first: the header still says SQLite."""
    data = bytearray(path.read_bytes())
    noise = random.Random(3).randbytes(len(data) - 4096)
    data[4096:] = noise
    with path.open("r+b") as handle:
        handle.write(bytes(data))
        handle.flush()
        os.fsync(handle.fileno())


def test_start_afresh_asks_first_and_keeps_the_file_aside(data_dir: Path) -> None:
    _ledger_with_data(data_dir)
    path = data_dir / DATABASE_NAME
    path.write_bytes(b"")
    with pytest.raises(ConfirmationRequired):
        backup.start_afresh(data_dir, now=FRIDAY, zone=BERLIN, confirmed=False)
    assert path.exists()
    aside = backup.start_afresh(data_dir, now=FRIDAY, zone=BERLIN, confirmed=True)
    assert aside is not None
    assert aside.name.startswith("empty-before-start-afresh-")
    assert aside.read_bytes() == b""
    ledger = Ledger.open(data_dir, FixedClock(FRIDAY), BERLIN)
    try:
        assert ledger.is_empty()
    finally:
        ledger.close()


def test_rotation_keeps_the_newest_backup_that_holds_data(data_dir: Path) -> None:
    _ledger_with_data(data_dir)
    last_good = _daily(data_dir, days=0)
    ledger = Ledger.open(data_dir, FixedClock(FRIDAY), BERLIN)
    try:
        for loop in ledger.list_loops():
            ledger.delete_loop(loop.id, confirmed=True)
        with ledger.transaction():  # committed: a backup copies what is committed
            store_of(ledger).conn.execute("DELETE FROM contacts")
        for day in range(1, 12):
            backup.daily_backup(store_of(ledger), now=FRIDAY + timedelta(days=day), zone=BERLIN)
    finally:
        ledger.close()
    kept = sorted(p.name for p in (data_dir / "backups").iterdir())
    assert last_good.name in kept, "a week of empty copies pushed out the last good one"
    assert len(kept) == backup.KEEP_DAILY + 1
    assert kept[-1] == "daily-2026-12-01.sqlite3"
    assert _loop_count(last_good) == 40


def test_a_store_that_fails_its_check_is_never_backed_up(data_dir: Path) -> None:
    _ledger_with_data(data_dir)
    ledger = Ledger.open(data_dir, FixedClock(FRIDAY), BERLIN)
    try:
        store_of(ledger).conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _scribble_over_pages(store_of(ledger).path)
        with pytest.raises(StoreCorrupt):
            backup.daily_backup(store_of(ledger), now=FRIDAY, zone=BERLIN)
    finally:
        ledger.close()
    assert list((data_dir / "backups").glob("daily-*")) == []
