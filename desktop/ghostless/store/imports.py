"""Applying an import plan: every contact it creates or updates, in one transaction.

The plan comes from :func:`ghostless.core.contact_import.plan_import`; the
index it was planned against from :func:`load_index`. A progress callback is
told ``(done, total)`` as rows are written and may raise
:class:`~ghostless.core.contact_import.ImportCancelled`: the transaction then
rolls back and the store is as it was.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import datetime

from ghostless.core.contact_import import ContactIndex, ImportSummary, RowAction, RowPlan, summarise
from ghostless.core.errors import InputError
from ghostless.core.timeparse import to_utc_text
from ghostless.core.validation import ContactFields
from ghostless.store.contacts import contact_search_text
from ghostless.store.database import Store

#: Told ``(rows written, rows to write)``; may raise ImportCancelled.
ImportProgress = Callable[[int, int], None]
#: How often (in rows) the progress callback is told.
PROGRESS_EVERY = 200


def load_index(store: Store) -> ContactIndex:
    """Every contact and the keys imports remembered for them."""
    index = ContactIndex()
    rows = store.conn.execute(
        "SELECT id, name, email, org, role, phone, url, notes, tags FROM contacts ORDER BY id"
    )
    for contact_id, name, email, org, role, phone, url, notes, tags in rows:
        index.add(
            int(contact_id),
            ContactFields(
                name=str(name),
                email=str(email),
                org=str(org),
                role=str(role),
                phone=str(phone),
                url=str(url),
                notes=str(notes),
                tags=tuple(json.loads(str(tags))),
            ),
        )
    for contact_id, kind, value in store.conn.execute(
        "SELECT contact_id, kind, value FROM contact_keys ORDER BY contact_id"
    ):
        index.keys.setdefault((str(kind), str(value)), int(contact_id))
    return index


def _values(fields: ContactFields) -> tuple[object, ...]:
    return (
        fields.name,
        fields.email,
        fields.org,
        fields.role,
        fields.phone,
        fields.url,
        fields.notes,
        json.dumps(list(fields.tags), ensure_ascii=False),
        contact_search_text(fields),
    )


_INSERT = (
    "INSERT INTO contacts (name, email, org, role, phone, url, notes, tags, search_text, "
    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_UPDATE = (
    "UPDATE contacts SET name = ?, email = ?, org = ?, role = ?, phone = ?, url = ?, notes = ?, "
    "tags = ?, search_text = ?, updated_at = ? WHERE id = ?"
)
_KEY = "INSERT OR IGNORE INTO contact_keys (contact_id, kind, value) VALUES (?, ?, ?)"


def apply_plan(
    store: Store,
    plans: Sequence[RowPlan],
    *,
    at: datetime,
    progress: ImportProgress | None = None,
) -> ImportSummary:
    """Write the plan in one transaction; returns what was done.

    Raises InputError if a contact the plan updates was deleted meanwhile
    (nothing is written then).
    """
    from ghostless.store.loops import refresh_search_text

    stamp = to_utc_text(at)
    total = len(plans)
    conn = store.conn
    with store.write():
        for done, plan in enumerate(plans):
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, total)
            if plan.action is RowAction.SKIP or plan.fields is None:
                continue
            contact_id = plan.contact_id
            if plan.action is RowAction.CREATE:
                cursor = conn.execute(_INSERT, (*_values(plan.fields), stamp, stamp))
                contact_id = cursor.lastrowid
            elif plan.action is RowAction.UPDATE:
                cursor = conn.execute(_UPDATE, (*_values(plan.fields), stamp, contact_id))
                if cursor.rowcount != 1:
                    raise InputError(
                        f"line {plan.line}: the contact {contact_id} was deleted while "
                        "importing; nothing was imported, try again",
                        field="contact",
                    )
                if {"name", "org", "role"} & set(plan.changes):
                    refresh_search_text(store, contact_id=contact_id)
            assert contact_id is not None
            if plan.keys:
                conn.executemany(_KEY, [(contact_id, kind, value) for kind, value in plan.keys])
        if progress is not None:
            progress(total, total)
    return summarise(plans)
