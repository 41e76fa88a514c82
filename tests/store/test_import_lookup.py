"""Looking stored contacts up a batch at a time: the same plans as holding them all, less memory.

Issue 11: re-importing a file at the size cap held every stored contact and key
in memory (about 1 GB at 595,000 rows). ``python -m benchmarks`` shows the peak
memory; these tests show what makes it small, without timing anything.
"""

from __future__ import annotations

import json
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

from ghostless.core.contact_import import (
    PLAN_BATCH,
    ContactIndex,
    ImportRecord,
    RowAction,
    plan_import,
)
from ghostless.core.validation import ContactFields
from ghostless.services.importers import Source
from ghostless.services.imports import import_file
from ghostless.services.ledger import Ledger, store_of
from ghostless.store.addresses import addresses_of
from ghostless.store.database import Store
from ghostless.store.import_lookup import stored_contacts
from ghostless.store.imports import apply_plan

AT = datetime(2026, 11, 20, tzinfo=UTC)


def _preloaded(store: Store) -> ContactIndex:
    """Every contact and remembered key in memory: how imports matched before issue 11."""
    index = ContactIndex()
    rows = store.conn.execute(
        "SELECT id, name, email, org, role, phone, url, notes, tags FROM contacts ORDER BY id"
    ).fetchall()
    found = addresses_of(store.conn, [int(row[0]) for row in rows])
    for contact_id, name, email, org, role, phone, url, notes, tags in rows:
        index.add(
            int(contact_id),
            ContactFields(
                name=name,
                email=email,
                org=org,
                role=role,
                phone=phone,
                url=url,
                notes=notes,
                tags=tuple(json.loads(tags)),
                addresses=found.get(int(contact_id), ()),
            ),
        )
    for contact_id, kind, value in store.conn.execute(
        "SELECT contact_id, kind, value FROM contact_keys ORDER BY contact_id"
    ):
        index.keys.setdefault((kind, value), int(contact_id))
    return index


def _people(count: int) -> list[ImportRecord]:
    return [
        ImportRecord(n + 2, name=f"Person {n}", url=f"https://linkedin.com/in/p{n}", org="Acme")
        for n in range(count)
    ]


def test_plans_are_the_same_as_with_every_contact_held(ledger: Ledger) -> None:
    ada = ledger.add_contact(name="Ada", email="ada@x.example")
    ledger.add_contact(name="Ada Two", email="ADA@x.example")  # the same address: lower id wins
    remembered = ledger.add_contact(name="Remembered", org="Acme")
    owner = ledger.add_contact(name="Owner", email="k@x.example")
    no_ids = ledger.add_contact(name="No  Ids", org="Acme", phone="+49 123")
    jurgen = ledger.add_contact(name="Jürgen Müller", org="ÖKO GmbH", url="https://a.example/j")
    ledger.add_contact(name="jürgen müller", org="öko gmbh", url="https://a.example/j2")
    with store_of(ledger).write():  # an own address wins over a key remembered for a lower id
        store_of(ledger).conn.execute(
            "INSERT INTO contact_keys (contact_id, kind, value) VALUES (?, 'email', ?)",
            (remembered, "k@x.example"),
        )
    linked = [ImportRecord(2, name="Linked", org="L", extra="2020-01-01")]
    apply_plan(store_of(ledger), plan_import(linked, _preloaded(store_of(ledger))), at=AT)
    records = [
        ImportRecord(2, name="Ada Lovelace", emails=("ADA@X.example",), org="Engines"),
        ImportRecord(3, name="K", emails=("k@x.example",)),
        ImportRecord(4, name="no ids", org="ACME", phone="+49-123"),
        ImportRecord(5, name="JÜRGEN  MÜLLER", org="öko gmbh", url="https://b.example/j"),
        ImportRecord(6, name="Linked", org="L", extra="2020-01-01"),
        ImportRecord(7, name="Linked", org="L", extra="2021-01-01"),
        ImportRecord(8, name="New", emails=("new@x.example",)),
        ImportRecord(9, name="Ada again", emails=("ada@x.example",)),
        ImportRecord(10, skip="empty row"),
        ImportRecord(11, name="Bad", emails=("nope",)),
    ]
    with stored_contacts(store_of(ledger)) as contacts:
        looked_up = plan_import(records, contacts)
    assert looked_up == plan_import(records, _preloaded(store_of(ledger)))
    found = [(plan.action, plan.contact_id, plan.similar_to) for plan in looked_up]
    linked_id = int(
        store_of(ledger).conn.execute("SELECT id FROM contacts WHERE name = 'Linked'").fetchone()[0]
    )
    assert found[:6] == [
        (RowAction.UPDATE, ada, None),
        (RowAction.UPDATE, owner, None),  # its own address, not the remembered one
        (RowAction.UPDATE, no_ids, None),  # found by its fingerprint; name and organisation
        (RowAction.CREATE, None, jurgen),
        (RowAction.UNCHANGED, linked_id, None),
        (RowAction.CREATE, None, linked_id),
    ]


def test_a_re_import_reads_each_contact_once_and_holds_one_batch(ledger: Ledger) -> None:
    records = _people(3 * PLAN_BATCH + 17)
    apply_plan(store_of(ledger), plan_import(records, ContactIndex()), at=AT)
    with stored_contacts(store_of(ledger)) as contacts:
        plans = plan_import(records, contacts)
        assert contacts.fetched == len(records)
        assert contacts.most_held == PLAN_BATCH
    assert {plan.action for plan in plans} == {RowAction.UNCHANGED}


def test_a_small_import_reads_only_the_contacts_it_matches(ledger: Ledger) -> None:
    apply_plan(store_of(ledger), plan_import(_people(2000), ContactIndex()), at=AT)
    records = [*_people(3), ImportRecord(9, name="Person 1999", org="Acme")]
    with stored_contacts(store_of(ledger)) as contacts:
        plans = plan_import(records, contacts)
        assert contacts.fetched == 4  # three matched, one proposed as the same person
    assert [plan.action for plan in plans[:3]] == [RowAction.UNCHANGED] * 3
    assert plans[3].action is RowAction.CREATE
    assert plans[3].target == "Person 1999"


def test_a_re_import_does_not_grow_with_the_store(ledger: Ledger, tmp_path: Path) -> None:
    """Fails before issue 11's fix: every stored contact was loaded (6.4 MB here)."""
    apply_plan(store_of(ledger), plan_import(_people(5000), ContactIndex()), at=AT)
    small = tmp_path / "Connections.csv"
    small.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Person,0,https://linkedin.com/in/p0,,Acme,,\n"
        "Person,1,https://linkedin.com/in/p1,,Acme,,\n",
        encoding="utf-8",
    )
    import_file(ledger, small, Source.LINKEDIN)  # warm: modules and caches loaded
    tracemalloc.start()
    try:
        summary = import_file(ledger, small, Source.LINKEDIN)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert summary.unchanged == 2, summary.text()
    assert peak < 1024 * 1024, f"{peak:,} bytes"


def test_rows_written_by_the_import_itself_are_not_matched(ledger: Ledger, tmp_path: Path) -> None:
    """A later row is planned against the store as it was, not as the earlier batches left it."""
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    lines = [
        "Same,Name,https://a.example/1,,Acme,,\n",
        *(f"P,{n},https://a.example/p{n},,,,\n" for n in range(2 * PLAN_BATCH + 3)),
        "Same,Name,https://a.example/2,,Acme,,\n",
    ]
    path = tmp_path / "Connections.csv"
    path.write_text(header + "".join(lines), encoding="utf-8")
    summary = import_file(ledger, path, Source.LINKEDIN)
    assert summary.created == len(lines)
    # No proposal: "Same Name" was not stored yet when the import began.
    assert summary.remarks == ()
