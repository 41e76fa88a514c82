"""Opening the database file: settings, privacy, UTC storage, transactions, refusals."""

from __future__ import annotations

import os
import random
import sqlite3
import stat
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlite_utils import Database

from ghostless.core.clock import FixedClock
from ghostless.core.errors import StoreCorrupt, StoreError, StoreTooNew
from ghostless.core.models import EventKind, LoopKind, Outcome
from ghostless.core.timeparse import from_utc_text, parse_instant
from ghostless.services.ledger import Ledger, store_of
from ghostless.services.paths import DATABASE_NAME, ensure_private_dir
from ghostless.store.database import Store
from ghostless.store.migrations import MIGRATION_SET, SCHEMA_VERSION
from tests.helpers.storefiles import dump, raw_connection, raw_rows, sha256, sidecars

BERLIN = ZoneInfo("Europe/Berlin")
T0 = datetime(2026, 11, 20, 14, 0, tzinfo=UTC)


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def settings(store: Store) -> tuple[str, int, int]:
    conn = store.conn
    return (
        str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower(),
        int(conn.execute("PRAGMA foreign_keys").fetchone()[0]),
        int(conn.execute("PRAGMA synchronous").fetchone()[0]),
    )


WAL_FK_FULL = ("wal", 1, 2)  # synchronous=FULL is 2


# -- settings on every open ----------------------------------------------------------
def test_a_new_database_is_wal_with_foreign_keys_and_full_sync(db_path: Path) -> None:
    store = Store.open(db_path)
    try:
        assert settings(store) == WAL_FK_FULL
        assert store.schema_version() == SCHEMA_VERSION
    finally:
        store.close()


def test_every_open_of_an_existing_database_sets_them_again(db_path: Path) -> None:
    Store.open(db_path).close()
    first, second = Store.open(db_path), Store.open(db_path, migrate=False)
    try:
        assert settings(first) == WAL_FK_FULL
        assert settings(second) == WAL_FK_FULL
    finally:
        first.close()
        second.close()
    # A plain connection does not get them: they are Ghostless's doing, per connection.
    with raw_connection(db_path) as conn:
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 0


def _loop_for_nobody(store: Store) -> None:
    with store.write() as db:
        db.execute(
            "INSERT INTO loops (contact_id, kind, subject, opened_at) "
            "VALUES (999, 'other', 's', ?)",
            [T0.isoformat()],
        )


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        _loop_for_nobody(store)
    assert store.conn.execute("SELECT count(*) FROM loops").fetchone()[0] == 0


def test_open_without_create_refuses_a_missing_file_and_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite3"
    with pytest.raises(StoreError, match="no database here"):
        Store.open(missing, create=False)
    assert not missing.exists()


def test_a_folder_in_place_of_the_file_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / DATABASE_NAME
    folder.mkdir()
    with pytest.raises(StoreError, match="is a folder"):
        Store.open(folder)


# -- privacy -------------------------------------------------------------------------
@pytest.fixture
def open_umask() -> Iterator[None]:
    """Umask 0, so any file or folder not created private on purpose shows it."""
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.mark.usefixtures("open_umask")
def test_database_and_its_wal_and_shm_are_private(db_path: Path) -> None:
    store = Store.open(db_path)
    try:
        with store.write() as db:
            db.execute(
                "INSERT INTO contacts (name, created_at, updated_at) VALUES ('A', ?, ?)",
                [T0.isoformat(), T0.isoformat()],
            )
        wal, shm = (db_path.with_name(db_path.name + suffix) for suffix in ("-wal", "-shm"))
        assert wal.exists()
        assert shm.exists()
        assert (mode_of(db_path), mode_of(wal), mode_of(shm)) == (0o600, 0o600, 0o600)
    finally:
        store.close()
    assert mode_of(db_path) == 0o600


@pytest.mark.usefixtures("open_umask")
def test_the_data_folder_is_created_private(tmp_path: Path) -> None:
    data_dir = tmp_path / "new" / "data"
    assert ensure_private_dir(data_dir) == data_dir
    assert mode_of(data_dir) == 0o700


@pytest.mark.usefixtures("open_umask")
@pytest.mark.parametrize("loose", [0o755, 0o750, 0o707, 0o777])
def test_an_existing_data_folder_others_can_read_is_tightened(tmp_path: Path, loose: int) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    data_dir.chmod(loose)
    assert mode_of(data_dir) == loose
    ensure_private_dir(data_dir)
    assert mode_of(data_dir) == 0o700


def test_a_file_where_the_data_folder_should_be_is_refused(tmp_path: Path) -> None:
    occupied = tmp_path / "data"
    occupied.write_text("not a folder")
    with pytest.raises(StoreError):
        ensure_private_dir(occupied)
    assert occupied.read_text() == "not a folder"


@pytest.mark.usefixtures("open_umask")
def test_the_ledger_opens_a_private_folder_and_file(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o755)
    ledger = Ledger.open(data_dir, FixedClock(T0), BERLIN)
    ledger.close()
    assert mode_of(data_dir) == 0o700
    assert mode_of(data_dir / DATABASE_NAME) == 0o600


# -- instants are stored in UTC -------------------------------------------------------
def test_local_times_are_stored_as_utc_text(ledger: Ledger, data_dir: Path) -> None:
    contact_id = ledger.add_contact(name="Anna Schmidt")
    # 02:30 on 2026-03-29 does not exist in Berlin (02:00 -> 03:00): stored as 01:00 UTC.
    gap = parse_instant("2026-03-29T02:30", BERLIN)
    loop_id = ledger.add_loop(
        contact_id=contact_id, kind=LoopKind.RECRUITER_OUTREACH, subject="Role", at=gap
    )
    # 02:30 on 2026-10-25 happens twice in Berlin: the first one is 00:30 UTC.
    ledger.log_event(loop_id, EventKind.SENT, at=parse_instant("2026-10-25T02:30", BERLIN))
    ledger.log_event(loop_id, EventKind.NOTE, at=parse_instant("2026-11-20T15:00", BERLIN))
    store_of(ledger).close()

    path = data_dir / DATABASE_NAME
    assert raw_rows(path, "SELECT opened_at, turn_since, last_event_at FROM loops") == [
        ("2026-03-29T01:00:00+00:00", "2026-10-25T00:30:00+00:00", "2026-11-20T14:00:00+00:00")
    ]
    assert raw_rows(path, "SELECT kind, at FROM events ORDER BY id") == [
        ("received", "2026-03-29T01:00:00+00:00"),
        ("sent", "2026-10-25T00:30:00+00:00"),
        ("note", "2026-11-20T14:00:00+00:00"),
    ]
    assert raw_rows(path, "SELECT created_at, updated_at FROM contacts") == [
        ("2026-11-20T14:00:00+00:00", "2026-11-20T14:00:00+00:00")
    ]


def test_every_stored_instant_column_holds_utc(ledger: Ledger, data_dir: Path) -> None:
    from ghostless.services.examples import load_examples

    load_examples(ledger)
    first = ledger.list_loops()[0]
    ledger.close_loop(first.id, Outcome.REPLIED)
    store_of(ledger).close()
    path = data_dir / DATABASE_NAME
    checked = 0
    for table in ("contacts", "loops", "events"):
        columns = [row[1] for row in raw_rows(path, f"PRAGMA table_info({table})")]
        for column in columns:
            if not (column.endswith("_at") or column.endswith("_since") or column == "at"):
                continue
            for (value,) in raw_rows(path, f"SELECT {column} FROM {table}"):
                if value is None:
                    continue
                assert isinstance(value, str)
                assert value.endswith("+00:00"), (table, column, value)
                assert from_utc_text(value).utcoffset() is not None
                checked += 1
    assert checked > 30


# -- one transaction ------------------------------------------------------------------
def _insert_contact(db: Database, name: str) -> None:
    db.execute(
        "INSERT INTO contacts (name, created_at, updated_at) VALUES (?, ?, ?)",
        [name, T0.isoformat(), T0.isoformat()],
    )


def _record_a_lot_then_fail(ledger: Ledger, contact_id: int) -> None:
    with store_of(ledger).write():
        new_contact = ledger.add_contact(name="Lost Contact")
        loop_id = ledger.add_loop(
            contact_id=new_contact, kind=LoopKind.JOB_OFFER, subject="Offer", at=T0
        )
        ledger.log_event(loop_id, EventKind.SENT, at=T0)
        ledger.update_contact(contact_id, name="Renamed")
        raise RuntimeError("halfway")


def test_a_write_that_fails_halfway_leaves_nothing(ledger: Ledger, data_dir: Path) -> None:
    contact_id = ledger.add_contact(name="Kept Contact")
    path = data_dir / DATABASE_NAME
    before = dump(path)
    with pytest.raises(RuntimeError, match="halfway"):
        _record_a_lot_then_fail(ledger, contact_id)
    assert dump(path) == before
    assert not store_of(ledger).conn.in_transaction
    # The store is still usable afterwards.
    ledger.add_contact(name="After")
    assert [c.name for c in ledger.search_contacts()] == ["After", "Kept Contact"]


def _insert_good_then_bad(store: Store) -> None:
    with store.write() as db:
        _insert_contact(db, "Good")
        _insert_contact(db, "   ")  # breaks CHECK (length(trim(name)) > 0)


def test_a_database_error_halfway_rolls_back_what_came_before(store: Store) -> None:
    before = dump(store.path)
    with pytest.raises(sqlite3.IntegrityError):
        _insert_good_then_bad(store)
    assert dump(store.path) == before
    assert not store.conn.in_transaction


def _inner_block_fails(store: Store) -> None:
    with store.write() as inner:
        _insert_contact(inner, "Inner")
        raise RuntimeError("inner")


def test_an_inner_failure_rolls_back_only_the_inner_block(store: Store) -> None:
    with store.write() as db:
        _insert_contact(db, "Outer")
        with pytest.raises(RuntimeError, match="inner"):
            _inner_block_fails(store)
    assert raw_rows(store.path, "SELECT name FROM contacts") == [("Outer",)]


# -- files that are not ours, or not ours to change -------------------------------------
def _real_database(path: Path) -> None:
    ledger = Ledger.open(path.parent, FixedClock(T0), BERLIN)
    try:
        contact_id = ledger.add_contact(name="Priya Raman", org="Northwind")
        for number in range(120):
            ledger.add_loop(
                contact_id=contact_id,
                kind=LoopKind.RECRUITER_OUTREACH,
                subject=f"Role number {number} " + "x" * 150,
                at=T0,
                text="A long first message. " * 20,
            )
    finally:
        ledger.close()
    (path.parent / DATABASE_NAME).rename(path)


def _emptied(path: Path) -> None:
    """``: > ghostless.sqlite3``, after real use: what a full disk or a sync tool leaves."""
    Store.open(path).close()
    path.write_bytes(b"")


def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(16384))


def _header_then_garbage(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + random.Random(8).randbytes(16384))


def _truncated_half(path: Path) -> None:
    _real_database(path)
    data = path.read_bytes()
    assert len(data) > 8 * 4096
    path.write_bytes(data[: len(data) // 2])


def _truncated_to_a_header(path: Path) -> None:
    _real_database(path)
    path.write_bytes(path.read_bytes()[:100])


def _last_page_missing(path: Path) -> None:
    _real_database(path)
    data = path.read_bytes()
    path.write_bytes(data[:-4096])


def _foreign(journal_mode: str) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        with raw_connection(path) as conn:
            conn.execute(f"PRAGMA journal_mode={journal_mode}")
            conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
            conn.execute("INSERT INTO notes (body) VALUES ('shopping list')")
            conn.commit()

    return make


@pytest.mark.parametrize(
    "make",
    [
        _emptied,
        _random_bytes,
        _header_then_garbage,
        _truncated_half,
        _truncated_to_a_header,
        _last_page_missing,
        _foreign("delete"),
        _foreign("wal"),
    ],
    ids=[
        "emptied",
        "random-bytes",
        "header-then-garbage",
        "truncated-half",
        "truncated-to-header",
        "last-page-missing",
        "foreign-rollback-journal",
        "foreign-wal",
    ],
)
@pytest.mark.parametrize("migrate", [True, False])
def test_a_damaged_or_foreign_file_is_refused_and_left_byte_for_byte(
    tmp_path: Path, make: Callable[[Path], None], migrate: bool
) -> None:
    path = tmp_path / "work" / "ghostless.sqlite3"
    path.parent.mkdir()
    make(path)
    assert sidecars(path) == []
    before = sha256(path)
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(path, migrate=migrate)
    message = str(caught.value)
    assert str(path) in message
    assert "untouched" in message
    assert "\n" not in message
    assert sha256(path) == before
    assert sidecars(path) == []
    assert sorted(p.name for p in path.parent.iterdir()) == ["ghostless.sqlite3"]


def _add_future_step(path: Path, name: str) -> None:
    with raw_connection(path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            (MIGRATION_SET, name, "2030-01-01 00:00:00+00:00"),
        )
        conn.commit()


def test_a_database_from_a_newer_ghostless_is_refused_and_left_alone(db_path: Path) -> None:
    store = Store.open(db_path)
    with store.write() as db:
        db.execute(
            "INSERT INTO contacts (name, created_at, updated_at) VALUES ('Priya', ?, ?)",
            [T0.isoformat(), T0.isoformat()],
        )
    store.close()
    _add_future_step(db_path, "m999_reminders_v2")
    assert sidecars(db_path) == []
    before = sha256(db_path)
    for migrate in (True, False):
        with pytest.raises(StoreTooNew) as caught:
            Store.open(db_path, migrate=migrate)
        message = str(caught.value)
        assert str(db_path) in message
        assert "m999_reminders_v2" in message
        assert sha256(db_path) == before
        assert sidecars(db_path) == []


def test_an_older_database_with_a_newer_step_is_refused_before_migrating(db_path: Path) -> None:
    store = Store.open(db_path, migrate=False)
    store.migrate(upto=0)
    store.close()
    _add_future_step(db_path, "m999_reminders_v2")
    before = sha256(db_path)
    with pytest.raises(StoreTooNew):
        Store.open(db_path)
    assert sha256(db_path) == before
    assert raw_rows(db_path, "SELECT name FROM sqlite_master WHERE name = 'loops'") == []
