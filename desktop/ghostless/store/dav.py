"""What the sync remembers: the tasks Ghostless wrote on the server, each
collection's sync token and last report (tables of m009_dav_sync), and the
shared ledger's batches (m014_dav_batches)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ghostless.store.database import Store


@dataclass(frozen=True, slots=True)
class WrittenTask:
    """A task Ghostless wrote on the server, as it last wrote (or saw) it.

    ``digest`` names the content written (a new one means the task must be
    rewritten); ``etag`` is the server's tag for that version, sent back as
    If-Match so a task changed on the server meanwhile is never overwritten.
    """

    uid: str
    href: str
    etag: str | None
    key: str
    loop_id: int
    digest: str
    due_at: datetime
    written_at: datetime


@dataclass(frozen=True, slots=True)
class CollectionState:
    sync_token: str | None
    synced_at: datetime | None
    report: dict[str, Any]


_COLUMNS = "uid, href, etag, key, loop_id, digest, due_at, written_at"


def _task(row: tuple[Any, ...]) -> WrittenTask:
    uid, href, etag, key, loop_id, digest, due_at, written_at = row
    return WrittenTask(
        str(uid),
        str(href),
        None if etag is None else str(etag),
        str(key),
        int(loop_id),
        str(digest),
        datetime.fromisoformat(str(due_at)),
        datetime.fromisoformat(str(written_at)),
    )


class DavRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def tasks(self) -> dict[str, WrittenTask]:
        """Every task written, by UID."""
        rows = self._store.conn.execute(f"SELECT {_COLUMNS} FROM dav_tasks").fetchall()
        return {task.uid: task for task in map(_task, rows)}

    def put_tasks(self, tasks: Iterable[WrittenTask]) -> None:
        """Record (or replace) these tasks, in the caller's transaction or one of their own."""
        rows = [
            (t.uid, t.href, t.etag, t.key, t.loop_id, t.digest, t.due_at.isoformat(),
             t.written_at.isoformat())
            for t in tasks
        ]  # fmt: skip
        with self._store.transaction():
            self._store.conn.executemany(
                f"INSERT OR REPLACE INTO dav_tasks ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )

    def forget_tasks(self, uids: Iterable[str]) -> None:
        with self._store.transaction():
            self._store.conn.executemany(
                "DELETE FROM dav_tasks WHERE uid = ?", [(uid,) for uid in uids]
            )

    def forget_all(self) -> None:
        """Sync turned off: what was written is forgotten here (the server keeps it)."""
        with self._store.transaction():
            self._store.conn.execute("DELETE FROM dav_tasks")
            self._store.conn.execute("DELETE FROM dav_state")
            self._store.conn.execute("DELETE FROM dav_records")
            self._store.conn.execute("DELETE FROM dav_conflicts")
            self._store.conn.execute("DELETE FROM dav_batches")

    def state(self, collection: str) -> CollectionState:
        row = self._store.conn.execute(
            "SELECT sync_token, synced_at, report FROM dav_state WHERE collection = ?",
            (collection,),
        ).fetchone()
        if row is None:
            return CollectionState(None, None, {})
        token, synced_at, report = row
        return CollectionState(
            None if token is None else str(token),
            None if synced_at is None else datetime.fromisoformat(str(synced_at)),
            dict(json.loads(str(report))),
        )

    def set_state(
        self, collection: str, token: str | None, synced_at: datetime, report: dict[str, Any]
    ) -> None:
        with self._store.transaction():
            self._store.conn.execute(
                "INSERT INTO dav_state (collection, sync_token, synced_at, report) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (collection) DO UPDATE SET "
                "sync_token = excluded.sync_token, synced_at = excluded.synced_at, "
                "report = excluded.report",
                (collection, token, synced_at.isoformat(), json.dumps(report)),
            )

    def set_report(self, collection: str, synced_at: datetime, report: dict[str, Any]) -> None:
        """A sync that failed: its report and time, the token kept as it was."""
        current = self.state(collection)
        self.set_state(collection, current.sync_token, synced_at, report)


# -- the ledger shared with other desktops ----------------------------------------------
@dataclass(frozen=True, slots=True)
class SharedRecord:
    """A loop or contact as last written to (or merged from) the server."""

    uid: str
    href: str
    etag: str | None
    digest: str


@dataclass(frozen=True, slots=True)
class SharedBatch:
    """One journal entry of loops as last read from or written to the server:
    ``body`` is its text (:func:`ghostless.core.shared_record.batch_text`);
    ``waiting``: it holds loops not taken here yet (read it again next time)."""

    batch: int
    href: str
    etag: str | None
    body: str
    waiting: bool = False


class SharedRepository:
    """The loops and contacts shared through the server, read in bulk for the sync."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def records(self, kind: str) -> dict[str, SharedRecord]:
        rows = self._store.conn.execute(
            "SELECT uid, href, etag, digest FROM dav_records WHERE kind = ?", (kind,)
        ).fetchall()
        return {
            str(uid): SharedRecord(str(uid), str(href), None if etag is None else str(etag),
                                   str(digest))
            for uid, href, etag, digest in rows
        }  # fmt: skip

    def put_records(self, kind: str, records: Iterable[SharedRecord]) -> None:
        with self._store.transaction():
            self._store.conn.executemany(
                "INSERT OR REPLACE INTO dav_records (kind, uid, href, etag, digest) "
                "VALUES (?, ?, ?, ?, ?)",
                [(kind, r.uid, r.href, r.etag, r.digest) for r in records],
            )

    def batches(self) -> dict[int, SharedBatch]:
        rows = self._store.conn.execute("SELECT batch, href, etag, body, waiting FROM dav_batches")
        return {
            int(batch): SharedBatch(int(batch), str(href), None if etag is None else str(etag),
                                    str(body), bool(waiting))
            for batch, href, etag, body, waiting in rows
        }  # fmt: skip

    def put_batches(self, batches: Iterable[SharedBatch]) -> None:
        with self._store.write():
            self._store.conn.executemany(
                "INSERT OR REPLACE INTO dav_batches (batch, href, etag, body, waiting) "
                "VALUES (?, ?, ?, ?, ?)",
                [(b.batch, b.href, b.etag, b.body, int(b.waiting)) for b in batches],
            )

    def loop_rows(self) -> list[tuple[Any, ...]]:
        """Every loop: id, uid, contact uid, kind, subject, status, outcome, closed_at,
        opened_at, deadline_at, notes."""
        return self._store.conn.execute(
            "SELECT loops.id, loops.uid, contacts.uid, loops.kind, loops.subject, loops.status, "
            "loops.outcome, loops.closed_at, loops.opened_at, loops.deadline_at, loops.notes "
            "FROM loops JOIN contacts ON contacts.id = loops.contact_id ORDER BY loops.id"
        ).fetchall()

    def event_rows(self) -> list[tuple[Any, ...]]:
        """Every event: loop id, uid, kind, at, text, recorded at."""
        return self._store.conn.execute(
            "SELECT loop_id, uid, kind, at, text, created_at FROM events ORDER BY loop_id, id"
        ).fetchall()

    def field_time_rows(self) -> list[tuple[Any, ...]]:
        return self._store.conn.execute(
            "SELECT loop_id, field, set_at FROM loop_field_times"
        ).fetchall()

    def ids_by_uid(self, table: str) -> dict[str, int]:
        assert table in {"loops", "contacts", "events"}
        return {
            str(uid): int(row_id)
            for row_id, uid in self._store.conn.execute(f"SELECT id, uid FROM {table}")
        }

    def contact_rows(self) -> list[tuple[int, str, str]]:
        """Every contact: id, uid, updated_at."""
        return [
            (int(i), str(u), str(at))
            for i, u, at in self._store.conn.execute(
                "SELECT id, uid, updated_at FROM contacts ORDER BY id"
            )
        ]

    def set_uid(self, table: str, row_id: int, uid: str) -> None:
        """Give a row the UID it has on the other desktops."""
        assert table in {"loops", "contacts", "events"}
        with self._store.transaction():
            self._store.conn.execute(f"UPDATE {table} SET uid = ? WHERE id = ?", (uid, row_id))

    def conflicts(self) -> list[tuple[str, ...]]:
        return [
            tuple(map(str, row))
            for row in self._store.conn.execute(
                "SELECT loop_uid, field, mine, theirs, mine_set_at, theirs_set_at, found_at "
                "FROM dav_conflicts ORDER BY found_at, loop_uid, field"
            )
        ]

    def put_conflict(self, values: tuple[str, str, str, str, str, str, str]) -> None:
        with self._store.transaction():
            self._store.conn.execute(
                "INSERT OR REPLACE INTO dav_conflicts (loop_uid, field, mine, theirs, "
                "mine_set_at, theirs_set_at, found_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                values,
            )

    def clear_conflict(self, loop_uid: str, field: str) -> None:
        with self._store.transaction():
            self._store.conn.execute(
                "DELETE FROM dav_conflicts WHERE loop_uid = ? AND field = ?", (loop_uid, field)
            )
