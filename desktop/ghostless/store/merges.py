"""Merging two contacts into one, in one transaction, and undoing it.

A merge moves every loop (with its events, windows and reminders, which hang
off the loop) and every address of the other contact to the kept one, then
deletes the other. ``contact_merges`` keeps both contacts as they were and the
loops moved, so :func:`undo_merge` can put them back as they were.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime

from ghostless.core.contact_merge import merge_people
from ghostless.core.errors import InputError, NotFoundError
from ghostless.core.models import Address, AddressKind, Contact
from ghostless.core.timeparse import to_utc_text
from ghostless.store import windows as follow_ups
from ghostless.store.addresses import write_addresses
from ghostless.store.contacts import ContactRepository, contact_search_text
from ghostless.store.database import Store

_ROW = (
    "name", "email", "org", "role", "phone", "url", "notes", "tags", "muted", "blocked",
    "block_reason", "search_text", "created_at", "updated_at",
)  # fmt: skip


def _row(store: Store, contact_id: int) -> dict[str, object]:
    cursor = store.conn.execute(
        f"SELECT {', '.join(_ROW)} FROM contacts WHERE id = ?", (contact_id,)
    )
    found = cursor.fetchone()
    if found is None:
        raise NotFoundError(f"contact: no contact with id {contact_id}", field="contact")
    return dict(zip(_ROW, found, strict=True))


def _snapshot(store: Store, contact: Contact) -> str:
    keys = store.conn.execute(
        "SELECT kind, value FROM contact_keys WHERE contact_id = ? ORDER BY kind, value",
        (contact.id,),
    ).fetchall()
    return json.dumps(
        {
            "id": contact.id,
            "row": _row(store, contact.id),
            "addresses": [
                {**asdict(address), "kind": address.kind.value} for address in contact.addresses
            ],
            "keys": [list(key) for key in keys],
        },
        ensure_ascii=False,
    )


def merge_contacts(store: Store, keep_id: int, other_id: int, *, at: datetime) -> tuple[int, int]:
    """Merge ``other_id`` into ``keep_id``; returns the merge's id (for undoing it) and
    how many loops moved."""
    from ghostless.store.loops import refresh_search_text

    if keep_id == other_id:
        raise InputError("contact: a contact cannot be merged with itself", field="contact")
    contacts = ContactRepository(store)
    conn = store.conn
    with store.transaction():
        keep, other = contacts.get(keep_id), contacts.get(other_id)
        merged = merge_people(keep, other)
        fields = merged.fields
        kept_before, other_before = _snapshot(store, keep), _snapshot(store, other)
        loop_ids = [
            int(row[0])
            for row in conn.execute(
                "SELECT id FROM loops WHERE contact_id = ? ORDER BY id", (other_id,)
            )
        ]
        conn.execute(
            "UPDATE contacts SET email = ?, org = ?, role = ?, phone = ?, url = ?, notes = ?, "
            "tags = ?, muted = ?, blocked = ?, block_reason = ?, search_text = ?, "
            "updated_at = ? WHERE id = ?",
            (
                fields.email, fields.org, fields.role, fields.phone, fields.url, fields.notes,
                json.dumps(list(fields.tags), ensure_ascii=False), int(merged.muted),
                int(merged.blocked), merged.block_reason, contact_search_text(fields),
                to_utc_text(at), keep_id,
            ),
        )  # fmt: skip
        write_addresses(conn, keep_id, fields.addresses)
        conn.execute("UPDATE loops SET contact_id = ? WHERE contact_id = ?", (keep_id, other_id))
        conn.execute(
            "INSERT OR IGNORE INTO contact_keys (contact_id, kind, value) "
            "SELECT ?, kind, value FROM contact_keys WHERE contact_id = ?",
            (keep_id, other_id),
        )
        conn.execute("DELETE FROM contacts WHERE id = ?", (other_id,))
        cursor = conn.execute(
            "INSERT INTO contact_merges (kept_id, other_id, kept_before, other_before, "
            "loop_ids, merged_at) VALUES (?, ?, ?, ?, ?, ?)",
            (keep_id, other_id, kept_before, other_before, json.dumps(loop_ids), to_utc_text(at)),
        )
        merge_id = cursor.lastrowid
        refresh_search_text(store, contact_id=keep_id)
        _windows_of(store, keep_id)
    assert merge_id is not None
    return int(merge_id), len(loop_ids)


def _windows_of(store: Store, contact_id: int) -> None:
    """Recompute the follow-up windows of a contact's loops (a mute or block may apply)."""
    loop_ids = [
        int(row[0])
        for row in store.conn.execute("SELECT id FROM loops WHERE contact_id = ?", (contact_id,))
    ]
    follow_ups.loops_changed(store, loop_ids)


def last_merge(store: Store) -> int | None:
    """The most recent merge not undone, if any."""
    row = store.conn.execute(
        "SELECT max(id) FROM contact_merges WHERE undone_at IS NULL"
    ).fetchone()
    return int(row[0]) if row and row[0] is not None else None


def merged_pair(store: Store, merge_id: int) -> tuple[int, int]:
    """The kept and the other contact's ids of a merge."""
    row = store.conn.execute(
        "SELECT kept_id, other_id FROM contact_merges WHERE id = ?", (merge_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError(f"merge: no merge with id {merge_id}", field="merge")
    return int(row[0]), int(row[1])


def undo_merge(store: Store, merge_id: int, *, at: datetime) -> int:
    """Put two merged contacts back as they were; returns the other contact's id.

    The kept contact gets back its fields and addresses as they were before the
    merge; the other one comes back (under its old id when it is free) with its
    addresses, and the loops that were moved go back to it. Events added to
    those loops since stay with them. Refused when a later merge involves
    either contact: that one is undone first.
    """
    from ghostless.store.loops import refresh_search_text

    conn = store.conn
    with store.transaction():
        row = conn.execute(
            "SELECT kept_id, other_id, kept_before, other_before, loop_ids, undone_at "
            "FROM contact_merges WHERE id = ?",
            (merge_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError(f"merge: no merge with id {merge_id}", field="merge")
        kept_id, other_id, kept_text, other_text, loops_text, undone = row
        if undone is not None:
            raise InputError(f"merge: merge {merge_id} was already undone", field="merge")
        later = conn.execute(
            "SELECT id FROM contact_merges WHERE id > ? AND undone_at IS NULL AND "
            "(kept_id IN (?, ?) OR other_id IN (?, ?)) ORDER BY id DESC LIMIT 1",
            (merge_id, kept_id, other_id, kept_id, other_id),
        ).fetchone()
        if later is not None:
            raise InputError(
                f"merge: undo the later merge {later[0]} of the same contacts first", field="merge"
            )
        _row(store, int(kept_id))  # the kept contact must still be there
        kept, other = json.loads(kept_text), json.loads(other_text)
        columns = ", ".join(f"{name} = ?" for name in _ROW if name != "created_at")
        conn.execute(
            f"UPDATE contacts SET {columns} WHERE id = ?",
            (*(kept["row"][n] for n in _ROW if n != "created_at"), int(kept_id)),
        )
        write_addresses(conn, int(kept_id), _addresses(kept["addresses"]))
        taken = conn.execute("SELECT 1 FROM contacts WHERE id = ?", (other_id,)).fetchone()
        values = [other["row"][name] for name in _ROW]
        marks = ", ".join("?" * len(_ROW))
        if taken is None:
            conn.execute(
                f"INSERT INTO contacts (id, {', '.join(_ROW)}) VALUES (?, {marks})",
                (int(other_id), *values),
            )
            restored = int(other_id)
        else:  # another contact took its id meanwhile
            cursor = conn.execute(
                f"INSERT INTO contacts ({', '.join(_ROW)}) VALUES ({marks})", values
            )
            assert cursor.lastrowid is not None
            restored = int(cursor.lastrowid)
        write_addresses(conn, restored, _addresses(other["addresses"]))
        conn.executemany(
            "INSERT OR IGNORE INTO contact_keys (contact_id, kind, value) VALUES (?, ?, ?)",
            [(restored, kind, value) for kind, value in other["keys"]],
        )
        moved = json.loads(loops_text)
        conn.execute(
            "UPDATE loops SET contact_id = ? WHERE contact_id = ? AND id IN "
            "(SELECT value FROM json_each(?))",
            (restored, int(kept_id), json.dumps(moved)),
        )
        conn.execute(
            "UPDATE contact_merges SET undone_at = ? WHERE id = ?", (to_utc_text(at), merge_id)
        )
        for contact_id in (int(kept_id), restored):
            refresh_search_text(store, contact_id=contact_id)
            _windows_of(store, contact_id)
    return restored


def _addresses(items: list[dict[str, object]]) -> list[Address]:
    return [
        Address(
            AddressKind(str(item["kind"])),
            str(item["value"]),
            str(item["label"]),
            bool(item["primary"]),
        )
        for item in items
    ]
