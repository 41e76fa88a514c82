"""A large import writes without the indexes it does not read and builds them at the end.

It must leave exactly the store a row-by-row import leaves (same rows, same
schema, the same answers to searches and lookups), inside one transaction.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ghostless.core.clock import FixedClock
from ghostless.core.contact_import import ImportCancelled, ImportRecord, RowPlan, plan_import
from ghostless.core.models import Address, AddressKind, LoopKind
from ghostless.services.ledger import Ledger, store_of
from ghostless.store.import_lookup import stored_contacts
from ghostless.store.imports import apply_plan

AT = datetime(2026, 11, 20, tzinfo=UTC)


def _open(path: Path) -> Ledger:
    return Ledger.open(path, FixedClock(AT), ZoneInfo("Europe/Berlin"))


def _seeded(path: Path) -> Ledger:
    """Contacts already there (one with a loop) that the import updates or leaves."""
    ledger = _open(path)
    kept = ledger.add_contact(name="Grace Hopper", email="grace@navy.example", org="Navy")
    ledger.add_loop(contact_id=kept, kind=LoopKind.OTHER, subject="Compilers")
    ledger.add_contact(name="Alan Turing", url="https://www.linkedin.com/in/alan")
    return ledger


def _records() -> list[ImportRecord]:
    records = [
        ImportRecord(2, name="Grace B. Hopper", emails=("GRACE@navy.example",), org="US Navy"),
        ImportRecord(3, name="Alan Turing", url="https://linkedin.com/in/alan/", role="Logician"),
        ImportRecord(4, name="No Address", org="Acme", extra="2020-01-01"),
        ImportRecord(5, name="Two Mails", emails=("a@x.example", "b@x.example"), tags=("x",)),
        ImportRecord(
            6,
            name="Labelled",
            addresses=(
                Address(AddressKind.PHONE, "+44 20 7946 0000", "work", True),
                Address(AddressKind.EMAIL, "lab@x.example", "home", False),
            ),
        ),
        ImportRecord(7, name="Grace Again", emails=("grace@navy.example",)),  # the same person
    ]
    records += [
        ImportRecord(
            10 + n,
            name=f"Person {n:03d}",
            emails=(f"p{n}@example.com",) if n % 3 == 0 else (),
            org=f"Company {n % 7}",
            role="Engineer",
            url=f"https://www.linkedin.com/in/person-{n}",
            notes="LinkedIn connection since 2020-01-09",
            tags=("LinkedIn",),
        )
        for n in range(400)
    ]
    return records


def _plans(ledger: Ledger) -> list[RowPlan]:
    with stored_contacts(store_of(ledger)) as contacts:
        return plan_import(_records(), contacts)


def _import(ledger: Ledger, *, bulk_after: int) -> list[str]:
    """Import the records; the statements run, as told to SQLite's trace callback."""
    said: list[str] = []
    conn = store_of(ledger).conn
    conn.set_trace_callback(said.append)
    try:
        apply_plan(store_of(ledger), _plans(ledger), at=AT, bulk_after=bulk_after)
    finally:
        conn.set_trace_callback(None)
    return said


def _picture(ledger: Ledger) -> dict[str, object]:
    """Everything an import writes, uids aside (random), and what reads it."""
    conn = store_of(ledger).conn
    columns = [row[1] for row in conn.execute("PRAGMA table_info(contacts)") if row[1] != "uid"]
    return {
        "schema": conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"
        ).fetchall(),
        "contacts": conn.execute(
            f"SELECT {', '.join(columns)} FROM contacts ORDER BY id"
        ).fetchall(),
        "uids": conn.execute(
            "SELECT count(DISTINCT uid), count(*) FROM contacts WHERE uid IS NOT NULL"
        ).fetchone(),
        "addresses": conn.execute("SELECT * FROM contact_addresses ORDER BY id").fetchall(),
        "keys": conn.execute("SELECT * FROM contact_keys ORDER BY 1, 2, 3").fetchall(),
        "loops": conn.execute("SELECT id, search_text FROM loops ORDER BY id").fetchall(),
        "found": [
            [(c.id, c.name) for c in ledger.search_contacts(text)]
            for text in ("person 01", "company 3", "navy", "logician", "7946")
        ],
        "by name": conn.execute(
            "SELECT id FROM contacts INDEXED BY contacts_by_name "
            "ORDER BY name COLLATE NOCASE, id LIMIT 20"
        ).fetchall(),
        "by key": conn.execute(
            "SELECT contact_id FROM contact_addresses INDEXED BY contact_addresses_by_key "
            "WHERE kind = 'url' AND key = 'linkedin.com/in/person-42'"
        ).fetchall(),
        "integrity": conn.execute("PRAGMA integrity_check").fetchall(),
    }


def test_a_bulk_import_leaves_the_same_store_as_row_by_row(tmp_path: Path) -> None:
    row_by_row, bulk = _seeded(tmp_path / "rows"), _seeded(tmp_path / "bulk")
    try:
        said = _import(row_by_row, bulk_after=10**9)
        assert not any("DROP INDEX" in text for text in said)
        said = _import(bulk, bulk_after=100)
        assert any("DROP INDEX" in text for text in said)  # it did write in bulk

        picture = _picture(bulk)
        assert picture == _picture(row_by_row)
        assert picture["integrity"] == [("ok",)]
        assert picture["uids"] == (2 + 403, 2 + 403)  # every contact has its own uid
        assert all(picture["found"])
        # The next import finds every contact by its keys (the indexes answer again).
        assert {plan.action.value for plan in _plans(bulk)} == {"unchanged", "skip"}
    finally:
        row_by_row.close()
        bulk.close()


def test_a_cancel_after_the_indexes_were_dropped_leaves_the_store_as_it_was(
    tmp_path: Path,
) -> None:
    ledger = _seeded(tmp_path / "data")
    try:
        before = _picture(ledger)
        plans = _plans(ledger)

        def cancel(done: int, total: int) -> None:
            if done >= 400:  # past the switch at 100 new contacts
                raise ImportCancelled()

        with pytest.raises(ImportCancelled):
            apply_plan(store_of(ledger), plans, at=AT, progress=cancel, bulk_after=100)
        assert _picture(ledger) == before
    finally:
        ledger.close()


def test_a_statement_still_reading_on_the_connection_makes_it_write_row_by_row(
    tmp_path: Path,
) -> None:
    ledger = _seeded(tmp_path / "data")
    try:
        reading = store_of(ledger).conn.execute("SELECT id FROM contacts")
        assert reading.fetchone() is not None  # the window's model, half-way through a read
        said = _import(ledger, bulk_after=100)
        assert "ROLLBACK TO SAVEPOINT import_bulk_indexes" in said  # the drop was refused
        assert not any(text.startswith("CREATE INDEX") for text in said)
        reading.close()
        picture = _picture(ledger)
        assert picture["integrity"] == [("ok",)]
        assert len(picture["contacts"]) == 2 + 403  # type: ignore[arg-type]
    finally:
        ledger.close()
