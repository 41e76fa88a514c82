"""The addresses of contacts: every e-mail address, phone number and profile URL."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence

from ghostless.core.models import Address, AddressKind
from ghostless.core.validation import address_key

_INSERT = (
    "INSERT INTO contact_addresses (contact_id, kind, value, label, is_primary, position, key) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def address_rows(
    contact_id: int, addresses: Sequence[Address]
) -> list[tuple[int, str, str, str, int, int, str]]:
    """The rows :func:`write_addresses` inserts, for batching many contacts at once."""
    return [
        (
            contact_id,
            address.kind.value,
            address.value,
            address.label,
            int(address.primary),
            position,
            address_key(address.kind, address.value),
        )
        for position, address in enumerate(addresses)
    ]


def insert_address_rows(
    conn: sqlite3.Connection, rows: Iterable[tuple[int, str, str, str, int, int, str]]
) -> None:
    conn.executemany(_INSERT, rows)


def write_addresses(
    conn: sqlite3.Connection, contact_id: int, addresses: Sequence[Address]
) -> None:
    """Replace a contact's addresses; the caller holds the write transaction."""
    conn.execute("DELETE FROM contact_addresses WHERE contact_id = ?", (contact_id,))
    insert_address_rows(conn, address_rows(contact_id, addresses))


def addresses_of(
    conn: sqlite3.Connection, contact_ids: Sequence[int]
) -> dict[int, tuple[Address, ...]]:
    """Each contact's addresses in their order (primary first within a kind)."""
    if not contact_ids:
        return {}
    found: dict[int, list[Address]] = {}
    rows = conn.execute(
        "SELECT contact_id, kind, value, label, is_primary FROM contact_addresses "
        "WHERE contact_id IN (SELECT value FROM json_each(?)) ORDER BY contact_id, position",
        (json.dumps(list(contact_ids)),),
    )
    for contact_id, kind, value, label, primary in rows:
        found.setdefault(int(contact_id), []).append(
            Address(AddressKind(str(kind)), str(value), str(label), bool(primary))
        )
    return {contact_id: tuple(addresses) for contact_id, addresses in found.items()}


def contacts_with(conn: sqlite3.Connection, kind: AddressKind, key: str) -> list[int]:
    """The contacts having an address of ``kind`` with the normalised ``key``."""
    rows = conn.execute(
        "SELECT DISTINCT contact_id FROM contact_addresses WHERE kind = ? AND key = ? "
        "ORDER BY contact_id",
        (kind.value, key),
    )
    return [int(row[0]) for row in rows]
