"""Applying an import plan: every contact it creates or updates, in one transaction.

The plan comes from :func:`ghostless.core.contact_import.plan_import`; the
contacts it was planned against from
:func:`ghostless.store.import_lookup.stored_contacts`. A progress callback is
told ``(done, total)`` as rows are written and may raise
:class:`~ghostless.core.contact_import.ImportCancelled`: the transaction then
rolls back and the store is as it was.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from datetime import datetime

from ghostless.core.contact_import import ImportSummary, RowAction, RowPlan, Tally
from ghostless.core.errors import InputError
from ghostless.core.timeparse import to_utc_text
from ghostless.core.validation import ContactFields
from ghostless.store.addresses import address_rows, insert_address_rows
from ghostless.store.contacts import contact_search_text
from ghostless.store.database import Store

#: Told ``(rows written, rows to write)``; may raise ImportCancelled.
ImportProgress = Callable[[int, int], None]
#: How often (in rows) the progress callback is told.
PROGRESS_EVERY = 200


@functools.lru_cache(maxsize=256)
def _tags_json(tags: tuple[str, ...]) -> str:
    # An import gives thousands of rows the same few tag sets.
    return json.dumps(list(tags), ensure_ascii=False)


def _values(fields: ContactFields) -> tuple[object, ...]:
    return (
        fields.name,
        fields.email,
        fields.org,
        fields.role,
        fields.phone,
        fields.url,
        fields.notes,
        _tags_json(fields.tags),
        contact_search_text(fields),
    )


#: The uid is made here as the insert trigger would make it (m009): the trigger then
#: does not fire, which saved an UPDATE of every new row (a third of the write).
_INSERT = (
    "INSERT INTO contacts (id, name, email, org, role, phone, url, notes, tags, search_text, "
    "created_at, updated_at, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "lower(hex(randomblob(16))))"
)
_UPDATE = (
    "UPDATE contacts SET name = ?, email = ?, org = ?, role = ?, phone = ?, url = ?, notes = ?, "
    "tags = ?, search_text = ?, updated_at = ? WHERE id = ?"
)
_KEY = "INSERT OR IGNORE INTO contact_keys (contact_id, kind, value) VALUES (?, ?, ?)"
_MAX_ROWID = 2**63 - 1
_SEARCHED = frozenset(("name", "org", "role"))


def apply_plan(
    store: Store,
    plans: Iterable[RowPlan],
    *,
    at: datetime,
    progress: ImportProgress | None = None,
    total: int | None = None,
    bulk_after: int | None = None,
) -> ImportSummary:
    """Write the plan in one transaction; returns what was done.

    ``plans`` may be a generator (an import streamed from a file): rows are
    taken and written in batches of :data:`PROGRESS_EVERY` (one ``executemany``
    per kind of statement), the progress callback told ``(done, total)`` before
    each batch (``total`` is ``len(plans)`` when it has one, else what is known).
    New contacts get the ids SQLite would have given them one by one: the
    largest id in the table plus one, and so on, in the plan's order (taken
    inside the write transaction, so no other writer can interleave).

    A large import (``bulk_after`` new contacts, :data:`BULK_AFTER` unless
    given, and at least as many as the store held) writes the rest of its rows
    without the indexes it does not read, and builds those once at the end,
    inside the same transaction (see :class:`_BulkIndexes`).

    Raises InputError if a contact the plan updates (or remembers keys for)
    was deleted meanwhile; nothing is written then.
    """
    from ghostless.store.loops import refresh_search_text

    if total is None and isinstance(plans, Sized):
        total = len(plans)
    stamp = to_utc_text(at)
    conn = store.conn
    tally = Tally()
    done = 0
    source = iter(plans)
    with _page_cache(conn), store.transaction():
        largest = conn.execute("SELECT max(id) FROM contacts").fetchone()[0]
        next_id = 1 if largest is None else int(largest) + 1
        indexes = _BulkIndexes(conn, BULK_AFTER if bulk_after is None else bulk_after)
        # Contacts below this id were there when the import began: an update aimed at
        # any other was deleted since the plan was made (and a new contact may be about
        # to take its id). Asked per batch, not held for the whole store.
        first_new = next_id
        while True:
            batch = list(itertools.islice(source, PROGRESS_EVERY))
            if not batch:
                break
            if progress is not None:
                progress(done, max(total or 0, done + len(batch)))
            done += len(batch)
            _refuse_deleted(conn, batch, first_new)
            if next_id + len(batch) > _MAX_ROWID:  # SQLite would pick free ids at random then
                raise InputError("contact ids are exhausted; nothing was imported", field="contact")
            inserts: list[tuple[object, ...]] = []
            updates: list[tuple[object, ...]] = []
            refresh: list[int] = []
            keys: list[tuple[int, str, str]] = []
            addresses: list[tuple[int, str, str, str, int, int, str]] = []
            readdressed: list[int] = []
            for plan in batch:
                tally.count(plan)
                action, fields = plan.action, plan.fields
                if action is RowAction.SKIP or fields is None:
                    continue
                contact_id = plan.contact_id
                if action is RowAction.CREATE:
                    contact_id = next_id
                    next_id += 1
                    inserts.append((contact_id, *_values(fields), stamp, stamp))
                    addresses += address_rows(contact_id, fields.every_address())
                elif action is RowAction.UPDATE:
                    assert contact_id is not None
                    updates.append((*_values(fields), stamp, contact_id))
                    if "addresses" in plan.changes:
                        readdressed.append(contact_id)
                        addresses += address_rows(contact_id, fields.every_address())
                    if not _SEARCHED.isdisjoint(plan.changes):
                        refresh.append(contact_id)
                assert contact_id is not None
                if plan.keys:
                    keys += [(contact_id, kind, value) for kind, value in plan.keys]
            indexes.created(len(inserts))
            if inserts:
                conn.executemany(_INSERT, inserts)
            if updates and conn.executemany(_UPDATE, updates).rowcount != len(updates):
                raise InputError(  # not expected: the write lock was held since the check
                    "contacts changed while importing; nothing was imported, try again",
                    field="contact",
                )
            if readdressed:
                conn.execute(
                    "DELETE FROM contact_addresses WHERE contact_id IN "
                    "(SELECT value FROM json_each(?))",
                    (json.dumps(readdressed),),
                )
            if addresses:
                insert_address_rows(conn, addresses)
            for contact_id in refresh:
                refresh_search_text(store, contact_id=contact_id)
            if keys:
                conn.executemany(_KEY, keys)
        indexes.rebuild()
        if progress is not None:
            progress(done, max(total or 0, done))
    return tally.summary()


#: New contacts after which an import writes without the indexes it does not read.
BULK_AFTER = 1000
#: The indexes an import never reads: it looks rows up by id, and deletes a contact's
#: addresses by contact (contact_addresses_by_contact stays, as do primary keys).
UNREAD_INDEXES = (
    "contacts_by_name",
    "contacts_uid",
    "contact_addresses_by_key",
    "contact_addresses_one_primary",
    "contact_keys_by_contact",
)


class _BulkIndexes:
    """Drops the indexes an import does not read once it is large, builds them at the end.

    Measured at 30,000 new contacts (``python -m benchmarks``, the import's "where the
    floor is" figures): writing every row into the indexes as it goes took 5-7× the
    csv floor, dropping them and building each once in a sort about 4×. The switch
    is made once the new contacts are at least as many as the store held, so the
    rebuild (the whole table) stays proportional to the import. Dropping and creating
    an index is part of the import's transaction: a failure or a cancel rolls it back
    with the rows. A statement of the window still reading on this connection keeps
    the table locked: the import then writes row by row, as before. The window's own
    reads during the import (on this connection, between progress calls) still
    work, only without those indexes.
    """

    def __init__(self, conn: sqlite3.Connection, after: int) -> None:
        self._conn = conn
        self._after = after
        self._held = int(conn.execute("SELECT count(*) FROM contacts").fetchone()[0])
        self._created = 0
        self._dropped: list[str] = []
        self._tried = False

    def created(self, count: int) -> None:
        """Told before each batch of new contacts is written."""
        self._created += count
        if self._tried or self._created < max(self._after, self._held):
            return
        self._tried = True
        found = self._conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND name IN "
            "(SELECT value FROM json_each(?)) ORDER BY name",
            (json.dumps(UNREAD_INDEXES),),
        ).fetchall()
        self._conn.execute("SAVEPOINT import_bulk_indexes")
        try:
            for name in UNREAD_INDEXES:
                self._conn.execute(f"DROP INDEX IF EXISTS {name}")
        except sqlite3.OperationalError:  # a table locked by a reader on this connection
            self._conn.execute("ROLLBACK TO SAVEPOINT import_bulk_indexes")
            self._conn.execute("RELEASE SAVEPOINT import_bulk_indexes")
            return
        self._conn.execute("RELEASE SAVEPOINT import_bulk_indexes")
        self._dropped = [str(row[0]) for row in found]

    def rebuild(self) -> None:
        """Every dropped index built again, before the import commits."""
        for sql in self._dropped:
            self._conn.execute(sql)
        self._dropped = []


#: The page cache (KiB) while an import writes: tens of thousands of rows go into
#: indexes in no order (names, uids), and with SQLite's default 2 MB the same pages are
#: spilled and read again (measured: a 30,000-row insert took 40 % longer).
IMPORT_CACHE_KIB = 16 * 1024


@contextlib.contextmanager
def _page_cache(conn: sqlite3.Connection) -> Iterator[None]:
    """A larger page cache for the length of an import, then the one there was."""
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")


def _refuse_deleted(conn: sqlite3.Connection, plans: Sequence[RowPlan], first_new: int) -> None:
    """Raise for the first row that writes to a contact deleted since the plan was made."""
    aimed = [
        plan.contact_id
        for plan in plans
        if plan.contact_id is not None and (plan.action is RowAction.UPDATE or plan.keys)
    ]
    if not aimed:
        return
    present = {
        int(row[0])
        for row in conn.execute(
            "SELECT id FROM contacts WHERE id IN (SELECT value FROM json_each(?)) AND id < ?",
            (json.dumps(aimed), first_new),
        )
    }
    for plan in plans:
        contact_id = plan.contact_id
        if contact_id is None or contact_id in present:
            continue
        if plan.action is RowAction.UPDATE or plan.keys:
            raise InputError(
                f"line {plan.line}: the contact {contact_id} was deleted while "
                "importing; nothing was imported, try again",
                field="contact",
            )
