"""The import's writes: one transaction, keys remembered, search text kept."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from ghostless.core.contact_import import ImportCancelled, ImportRecord, RowPlan, plan_import
from ghostless.core.errors import InputError
from ghostless.core.models import LoopKind
from ghostless.services.ledger import Ledger, contacts_of, store_of
from ghostless.store.database import Store
from ghostless.store.import_lookup import stored_contacts
from ghostless.store.imports import IMPORT_CACHE_KIB, apply_plan

AT = datetime(2026, 11, 20, tzinfo=UTC)


def _plan(store: Store, records: list[ImportRecord]) -> list[RowPlan]:
    with stored_contacts(store) as contacts:
        return plan_import(records, contacts)


def test_keys_are_remembered_and_match_on_the_next_import(ledger: Ledger) -> None:
    records = [
        ImportRecord(2, name="Two Mails", emails=("a@x.example", "b@x.example")),
        ImportRecord(3, name="No Ids", org="Acme", extra="2020-01-01"),
    ]
    apply_plan(store_of(ledger), _plan(store_of(ledger), records), at=AT)
    with stored_contacts(store_of(ledger)) as contacts:
        contacts.prefetch([("email", "b@x.example")])
        assert contacts.owner(("email", "b@x.example")) is not None
    again = _plan(
        store_of(ledger), [ImportRecord(5, name="Two Mails", emails=("b@x.example",)), records[1]]
    )
    assert [row.action.value for row in again] == ["unchanged", "unchanged"]


def test_an_update_refreshes_the_loops_search_text(ledger: Ledger) -> None:
    contact = ledger.add_contact(name="Old Name", email="p@x.example")
    ledger.add_loop(contact_id=contact, kind=LoopKind.OTHER, subject="Chat")
    plans = _plan(
        store_of(ledger), [ImportRecord(2, name="New Name", emails=("p@x.example",), org="NewCo")]
    )
    apply_plan(store_of(ledger), plans, at=AT)
    from ghostless.core.queries import LoopQuery

    assert [loop.contact_name for loop in ledger.list_loops(LoopQuery(text="newco"))] == [
        "New Name"
    ]


def test_a_cancel_leaves_the_store_as_it_was(ledger: Ledger) -> None:
    records = [ImportRecord(n, name=f"P{n}") for n in range(1, 1000)]
    plans = _plan(store_of(ledger), records)

    def cancel(done: int, total: int) -> None:
        if done >= 400:
            raise ImportCancelled

    with pytest.raises(ImportCancelled):
        apply_plan(store_of(ledger), plans, at=AT, progress=cancel)
    assert contacts_of(ledger).count() == 0
    assert store_of(ledger).conn.execute("SELECT count(*) FROM contact_keys").fetchone()[0] == 0


def test_new_contacts_get_the_next_ids_and_a_deleted_one_stops_the_import(
    ledger: Ledger,
) -> None:
    first = ledger.add_contact(name="First", email="f@x.example")
    gone = ledger.add_contact(name="Gone", email="g@x.example")
    records = [ImportRecord(n, name=f"P{n}") for n in range(2, 452)]
    records.insert(300, ImportRecord(999, name="Gone again", emails=("g@x.example",)))
    plans = _plan(store_of(ledger), records)
    store_of(ledger).conn.execute("DELETE FROM contacts WHERE id = ?", (gone,))
    store_of(ledger).conn.commit()
    with pytest.raises(InputError, match=f"line 999: the contact {gone} was deleted"):
        apply_plan(store_of(ledger), plans, at=AT)
    assert contacts_of(ledger).count() == 1
    apply_plan(store_of(ledger), [p for p in plans if p.line != 999], at=AT)
    ids = [row[0] for row in store_of(ledger).conn.execute("SELECT id FROM contacts ORDER BY id")]
    assert ids == [first, *range(first + 1, first + 451)]
    assert contacts_of(ledger).get(first + 1).name == "P2"


def test_imported_contacts_get_uids_as_the_insert_trigger_makes_them(ledger: Ledger) -> None:
    # The import names the uid itself (so the trigger's UPDATE of every new row is
    # skipped): the same form as the trigger's, one of its own for each contact.
    ledger.add_contact(name="Typed In")
    records = [ImportRecord(n, name=f"P{n}") for n in range(2, 302)]
    apply_plan(store_of(ledger), _plan(store_of(ledger), records), at=AT)
    uids = [row[0] for row in store_of(ledger).conn.execute("SELECT uid FROM contacts")]
    assert len(uids) == 301 == len(set(uids))
    assert all(re.fullmatch(r"[0-9a-f]{32}", uid) for uid in uids)


def test_the_page_cache_is_put_back_after_an_import_written_or_cancelled(ledger: Ledger) -> None:
    conn = store_of(ledger).conn
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    plans = _plan(store_of(ledger), [ImportRecord(n, name=f"P{n}") for n in range(2, 500)])

    def cancel(done: int, total: int) -> None:
        assert conn.execute("PRAGMA cache_size").fetchone()[0] == -IMPORT_CACHE_KIB
        if done >= 200:
            raise ImportCancelled

    with pytest.raises(ImportCancelled):
        apply_plan(store_of(ledger), plans, at=AT, progress=cancel)
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == before
    apply_plan(store_of(ledger), plans, at=AT)
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == before
