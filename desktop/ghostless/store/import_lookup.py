"""The stored contacts an import is matched against, looked up a batch at a time.

Holding every contact and identity key of a large store in memory took about
1 GB to re-import a file at the size cap (issue 11). :class:`StoredContacts`
instead asks the database, for each batch of records, only about the keys of
that batch, through the indexes on ``contact_addresses (kind, key)`` and
``contact_keys (kind, value, ...)``.

It reads through a connection of its own inside one read transaction: the
answers are those of the moment the lookup began (as a preloaded index's
were), even while the import writes its earlier batches through the store's
connection in the same file (WAL keeps the reader's snapshot).

Two questions have no index in the schema: which contacts without an e-mail
address or URL have a given content fingerprint, and which contacts have a
given name and organisation (normalised: case folded, spaces collapsed). The
first time an import asks one of them, the answer is worked out once for every
contact into a temporary table with an index (``temp`` belongs to this
connection, on disk, and is gone when it closes), so memory stays flat.
"""

from __future__ import annotations

import contextlib
import functools
import json
import sqlite3
from collections.abc import Callable, Collection, Iterator

from ghostless.core.contact_import import Key, fingerprint, own_keys, person_key
from ghostless.core.validation import ContactFields
from ghostless.store.addresses import addresses_of
from ghostless.store.database import BUSY_TIMEOUT_MS, Store, translate_sqlite_error

#: Rows moved into a temporary table at a time.
_CHUNK = 5000
#: Kinds of key found among a contact's own addresses.
_ADDRESS_KINDS = ("email", "url")


class StoredContacts:
    """A :class:`~ghostless.core.contact_import.ContactLookup` over a snapshot of the store.

    ``fetched`` counts the contacts whose fields were read and ``most_held``
    the most held at once: what a test checks to know nothing was preloaded.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._empty = conn.execute("SELECT 1 FROM contacts LIMIT 1").fetchone() is None
        self._owners: dict[Key, int] = {}
        self._fields: dict[int, ContactFields] = {}
        self._people: dict[tuple[str, str], int] = {}
        self._fingerprints_ready = False
        self._people_ready = False
        self.fetched = 0
        self.most_held = 0

    # -- the batch -----------------------------------------------------------------
    def prefetch(self, keys: Collection[Key]) -> None:
        """Look up the owner of each key, and the fields of each owner; forget the last batch."""
        self._owners, self._fields, self._people = {}, {}, {}
        if self._empty or not keys:
            return
        by_kind: dict[str, list[str]] = {}
        for kind, value in keys:
            by_kind.setdefault(kind, []).append(value)
        own: dict[Key, int] = {}
        remembered: dict[Key, int] = {}
        for kind, values in by_kind.items():
            wanted = json.dumps(values)
            if kind in _ADDRESS_KINDS:
                rows = self._conn.execute(
                    "SELECT key, min(contact_id) FROM contact_addresses "
                    "WHERE kind = ? AND key IN (SELECT value FROM json_each(?)) GROUP BY key",
                    (kind, wanted),
                )
            else:
                self._ready_fingerprints()
                rows = self._conn.execute(
                    "SELECT value, min(id) FROM temp.import_fingerprints "
                    "WHERE value IN (SELECT value FROM json_each(?)) GROUP BY value",
                    (wanted,),
                )
            own.update(((kind, str(value)), int(found)) for value, found in rows)
            rows = self._conn.execute(
                "SELECT value, min(contact_id) FROM contact_keys "
                "WHERE kind = ? AND value IN (SELECT value FROM json_each(?)) GROUP BY value",
                (kind, wanted),
            )
            remembered.update(((kind, str(value)), int(found)) for value, found in rows)
        # A contact's own keys come first, whatever contact an import remembered one for.
        self._owners = remembered | own
        self._load(set(self._owners.values()))

    def prefetch_people(self, people: Collection[tuple[str, str]]) -> None:
        if self._empty or not people:
            return
        self._ready_people()
        rows = self._conn.execute(
            "SELECT value, min(id) FROM temp.import_people "
            "WHERE value IN (SELECT value FROM json_each(?)) GROUP BY value",
            (json.dumps(["\x1f".join(pair) for pair in people]),),
        )
        for value, found in rows:
            name, _sep, org = str(value).partition("\x1f")
            self._people[(name, org)] = int(found)
        self._load({found for found in self._people.values() if found not in self._fields})

    # -- the questions (about the batch prefetched) ----------------------------------
    def owner(self, key: Key) -> int | None:
        return self._owners.get(key)

    def fields_of(self, contact_id: int) -> ContactFields:
        return self._fields[contact_id]

    def own_keys_of(self, contact_id: int) -> list[Key]:
        return own_keys(self._fields[contact_id])

    def similar(self, people: tuple[str, str]) -> int | None:
        return self._people.get(people)

    # -- reading -------------------------------------------------------------------
    def _load(self, contact_ids: set[int]) -> None:
        if not contact_ids:
            return
        ids = sorted(contact_ids)
        rows = self._conn.execute(
            "SELECT id, name, email, org, role, phone, url, notes, tags FROM contacts "
            "WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),),
        ).fetchall()
        found = addresses_of(self._conn, ids)
        for contact_id, name, email, org, role, phone, url, notes, tags in rows:
            self._fields[int(contact_id)] = ContactFields(
                name=str(name),
                email=str(email),
                org=str(org),
                role=str(role),
                phone=str(phone),
                url=str(url),
                notes=str(notes),
                tags=_tags_of(str(tags)),
                addresses=found.get(int(contact_id), ()),
            )
        self.fetched += len(rows)
        self.most_held = max(self.most_held, len(self._fields))

    def _ready_fingerprints(self) -> None:
        """The content fingerprint of every contact with no e-mail address or URL."""
        if self._fingerprints_ready:
            return
        self._fill(
            "import_fingerprints",
            "SELECT id, name, org, phone FROM contacts AS c WHERE NOT EXISTS "
            "(SELECT 1 FROM contact_addresses AS a WHERE a.contact_id = c.id "
            "AND a.kind IN ('email', 'url'))",
            lambda name, org, phone: fingerprint(name, org, phone),
        )
        self._fingerprints_ready = True

    def _ready_people(self) -> None:
        """The normalised name and organisation of every contact with an organisation."""
        if self._people_ready:
            return
        self._fill(
            "import_people",
            "SELECT id, name, org FROM contacts WHERE org != ''",
            lambda name, org: "\x1f".join(person_key(name, org)),
        )
        self._people_ready = True

    def _fill(self, table: str, query: str, value_of: Callable[..., str]) -> None:
        conn = self._conn
        conn.execute(f"CREATE TEMP TABLE {table} (value TEXT NOT NULL, id INTEGER NOT NULL)")
        cursor = conn.execute(query)
        while rows := cursor.fetchmany(_CHUNK):
            conn.executemany(
                f"INSERT INTO temp.{table} (value, id) VALUES (?, ?)",
                [(value_of(*map(str, row[1:])), int(row[0])) for row in rows],
            )
        conn.execute(f"CREATE INDEX temp.{table}_by_value ON {table} (value, id)")


@functools.lru_cache(maxsize=256)
def _tags_of(text: str) -> tuple[str, ...]:
    # Thousands of contacts share the same few tag sets.
    return tuple(json.loads(text))


@contextlib.contextmanager
def stored_contacts(store: Store) -> Iterator[StoredContacts]:
    """A lookup over the store as it is now, open until the block ends."""
    uri = f"{store.path.resolve().as_uri()}?mode=rw"  # never creates a file
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise translate_sqlite_error(exc, store.path) from exc
    try:
        conn.execute("BEGIN")  # one snapshot for every batch; the first read takes it
        yield StoredContacts(conn)
    except sqlite3.Error as exc:
        raise translate_sqlite_error(exc, store.path) from exc
    finally:
        conn.close()  # ends the read transaction; the temporary tables go with it
