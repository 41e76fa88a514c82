"""Contacts: the people loops are with."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import datetime

from ghostless.core.errors import NotFoundError
from ghostless.core.models import AddressKind, Contact
from ghostless.core.queries import search_words
from ghostless.core.timeparse import to_utc_text
from ghostless.core.validation import ContactFields
from ghostless.store import windows as follow_ups
from ghostless.store.addresses import addresses_of, write_addresses
from ghostless.store.database import Store
from ghostless.store.rows import CONTACT_COLUMNS, contact_from_row, like_pattern


class ContactRepository:
    """Reads and writes contacts. Every write is one transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, fields: ContactFields, *, at: datetime) -> int:
        with self._store.write() as db:
            table = db.table("contacts")
            table.insert(
                {
                    **_field_values(fields),
                    "created_at": to_utc_text(at),
                    "updated_at": to_utc_text(at),
                }
            )
            contact_id = table.last_pk
            assert isinstance(contact_id, int)
            write_addresses(self._store.conn, contact_id, fields.every_address())
        return contact_id

    def update(self, contact_id: int, fields: ContactFields, *, at: datetime) -> None:
        """Change a contact; the loops' search text follows in the same transaction."""
        from ghostless.store.loops import refresh_search_text

        before = self.get(contact_id)
        with self._store.write() as db:
            db.table("contacts").update(
                contact_id, {**_field_values(fields), "updated_at": to_utc_text(at)}
            )
            write_addresses(self._store.conn, contact_id, fields.every_address())
            refresh_search_text(self._store, contact_id=contact_id)
            if tuple(before.tags) != tuple(self.get(contact_id).tags):
                # A tag may carry a keep-in-touch cadence.
                follow_ups.contact_changed(self._store, contact_id)

    def holdings(self, contact_id: int) -> tuple[int, int]:
        """How many loops, and events in them, deleting the contact would take along."""
        row = self._store.conn.execute(
            "SELECT count(DISTINCT loops.id), count(events.id) FROM loops "
            "LEFT JOIN events ON events.loop_id = loops.id WHERE loops.contact_id = ?",
            (contact_id,),
        ).fetchone()
        return int(row[0]), int(row[1])

    def delete(self, contact_id: int) -> None:
        """Remove a contact with its addresses and every loop with them (one transaction)."""
        from ghostless.store import windows as follow_ups

        self.get(contact_id)
        conn = self._store.conn
        with self._store.transaction():
            loop_ids = [
                int(row[0])
                for row in conn.execute("SELECT id FROM loops WHERE contact_id = ?", (contact_id,))
            ]
            referrers = follow_ups.referrers_of(self._store, loop_ids) if loop_ids else set()
            conn.execute("DELETE FROM loops WHERE contact_id = ?", (contact_id,))
            conn.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))
            follow_ups.loops_changed(self._store, referrers - set(loop_ids))

    def set_flags(
        self, contact_id: int, *, muted: bool, blocked: bool, reason: str, at: datetime
    ) -> None:
        self.get(contact_id)
        with self._store.write() as db:
            db.table("contacts").update(
                contact_id,
                {
                    "muted": int(muted),
                    "blocked": int(blocked),
                    "block_reason": reason if blocked else "",
                    "updated_at": to_utc_text(at),
                },
            )
            loop_ids = [
                int(row[0])
                for row in self._store.conn.execute(
                    "SELECT id FROM loops WHERE contact_id = ?", (contact_id,)
                )
            ]
            follow_ups.loops_changed(self._store, loop_ids)

    def set_keep_in_touch(self, contact_id: int, days: int | None, *, at: datetime) -> None:
        """Keep in touch with a contact every ``days`` (None: only as its tags say)."""
        self.get(contact_id)
        with self._store.write() as db:
            db.table("contacts").update(
                contact_id, {"keep_in_touch_days": days, "updated_at": to_utc_text(at)}
            )
            follow_ups.contact_changed(self._store, contact_id)

    def with_keep_in_touch(self) -> list[tuple[int, str, int]]:
        """Every contact with a cadence of its own: id, name, days."""
        rows = self._store.conn.execute(
            "SELECT id, name, keep_in_touch_days FROM contacts "
            "WHERE keep_in_touch_days IS NOT NULL ORDER BY name COLLATE NOCASE, id"
        ).fetchall()
        return [(int(i), str(name), int(days)) for i, name, days in rows]

    def keep_in_touch(self, contact_id: int) -> int | None:
        """A contact's own cadence in days (None: none of its own)."""
        row = self._store.conn.execute(
            "SELECT keep_in_touch_days FROM contacts WHERE id = ?", (contact_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"contact: no contact with id {contact_id}", field="contact")
        return None if row[0] is None else int(row[0])

    def get(self, contact_id: int) -> Contact:
        row = self._store.conn.execute(
            f"SELECT {CONTACT_COLUMNS} FROM contacts WHERE id = ?", (contact_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"contact: no contact with id {contact_id}", field="contact")
        return self._with_addresses([contact_from_row(row)])[0]

    def get_many(self, contact_ids: list[int]) -> list[Contact]:
        """The contacts with these ids that exist, in id order."""
        rows = self._store.conn.execute(
            f"SELECT {CONTACT_COLUMNS} FROM contacts WHERE id IN "
            "(SELECT value FROM json_each(?)) ORDER BY id",
            (json.dumps(contact_ids),),
        ).fetchall()
        return self._with_addresses([contact_from_row(row) for row in rows])

    def search(self, text: str = "", *, limit: int = -1, offset: int = 0) -> list[Contact]:
        """Contacts by name, optionally only those matching every word of ``text``."""
        where, params = _filter(text)
        rows = self._store.conn.execute(
            f"SELECT {CONTACT_COLUMNS} FROM contacts {where} "
            "ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?",
            (*params, limit, offset),
        ).fetchall()
        return self._with_addresses([contact_from_row(row) for row in rows])

    def each(self, batch: int = 500) -> Iterator[Contact]:
        """Every contact by name, with its addresses, read ``batch`` at a time (an
        export of any size holds one batch)."""
        cursor = self._store.conn.execute(
            f"SELECT {CONTACT_COLUMNS} FROM contacts ORDER BY name COLLATE NOCASE, id"
        )
        while rows := cursor.fetchmany(batch):
            yield from self._with_addresses([contact_from_row(row) for row in rows])

    def most_other_addresses(self) -> dict[AddressKind, int]:
        """The most addresses of each kind, beside its primary one, that any contact has."""
        rows = self._store.conn.execute(
            "SELECT kind, max(n) FROM (SELECT kind, count(*) AS n FROM contact_addresses "
            "WHERE NOT is_primary GROUP BY contact_id, kind) GROUP BY kind"
        )
        return {AddressKind(str(kind)): int(most) for kind, most in rows}

    def _with_addresses(self, contacts: list[Contact]) -> list[Contact]:
        found = addresses_of(self._store.conn, [contact.id for contact in contacts])
        return [
            dataclasses.replace(contact, addresses=found[contact.id])
            if contact.id in found
            else contact
            for contact in contacts
        ]

    def count(self, text: str = "") -> int:
        where, params = _filter(text)
        row = self._store.conn.execute(f"SELECT count(*) FROM contacts {where}", params).fetchone()
        return int(row[0])

    def open_loop_counts(self, contact_ids: list[int]) -> dict[int, int]:
        if not contact_ids:
            return {}
        marks = ",".join("?" * len(contact_ids))
        rows = self._store.conn.execute(
            f"SELECT contact_id, count(*) FROM loops WHERE status = 'open' "
            f"AND contact_id IN ({marks}) GROUP BY contact_id",
            contact_ids,
        ).fetchall()
        return {int(contact_id): int(count) for contact_id, count in rows}


def _field_values(fields: ContactFields) -> dict[str, object]:
    return {
        "name": fields.name,
        "email": fields.email,
        "org": fields.org,
        "role": fields.role,
        "phone": fields.phone,
        "url": fields.url,
        "notes": fields.notes,
        "tags": json.dumps(list(fields.tags)),
        "search_text": contact_search_text(fields),
    }


def contact_search_text(fields: ContactFields) -> str:
    """What a contacts filter matches, case-folded once on write (SQLite folds ASCII only):
    the name, organisation, role and every address."""
    values = [address.value for address in fields.every_address()]
    return " ".join((fields.name, fields.org, fields.role, *values)).casefold()


def _filter(text: str) -> tuple[str, list[str]]:
    words = search_words(text)
    if not words:
        return "", []
    # A word matches the contact's own text or, for contacts written before
    # contact_addresses existed (whose search_text lacks their further addresses),
    # the normalised key of any of its addresses.
    clause = " AND ".join(
        "(search_text LIKE ?1 ESCAPE '\\' OR EXISTS (SELECT 1 FROM contact_addresses a "
        "WHERE a.contact_id = contacts.id AND a.key LIKE ?1 ESCAPE '\\'))".replace("?1", f"?{n}")
        for n in range(1, len(words) + 1)
    )
    return f"WHERE {clause}", [like_pattern(word) for word in words]
