"""Row images: the rows an action touched, captured and put back exactly.

Why images and not inverse commands: every write recomputes derived rows (a
loop's turn, its follow-up windows and reminders), and an inverse command
("reopen" for "close", "delete it" for "log") only comes near the old state
(``closed_at``, the outcome, when the turn began); editing or deleting an
event has no inverse command at all. Keeping the rows of the touched loops
and contacts as they were before and after each step makes undo and redo
exact and the same for every action. It also fits the record being
append-only for the user: an event edited or deleted by mistake is not lost,
its old row lives in the step and comes back with Undo.

The follow-up windows (``loop_windows``, ``window_reminders``) are not kept:
they are a pure function of the rows put back, and are recomputed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Final, TypedDict, cast

Row = list[object]


class TableImage(TypedDict):
    """One table's rows: its column names, and each row as ``[rowid, *values]``."""

    columns: list[str]
    rows: list[Row]


#: Every scoped table's rows, by table name.
Images = dict[str, TableImage]

#: The tables a step keeps, parents first (rows are put back in this order and
#: removed in the reverse one, so foreign keys hold at every statement).
TABLES: Final = (
    "contacts",
    "contact_keys",
    "contact_addresses",
    "contact_merges",
    "loops",
    "events",
    "snoozes",
    "dismissals",
    "deliveries",
    # When each field a shared ledger merges was set (sync, m009): part of the loop.
    "loop_field_times",
)
#: The tables whose rows must still be as the step left them before it is undone
#: (deliveries change as reminders are shown, which does not stop an undo).
CHECKED: Final = frozenset(TABLES) - {"deliveries"}
_BY_LOOP: Final = {"events", "snoozes", "dismissals", "deliveries", "loop_field_times"}
_BY_CONTACT: Final = {"contact_keys", "contact_addresses"}


@dataclass(frozen=True, slots=True)
class Scope:
    """The loops and contacts a step may touch (a contact brings its loops along)."""

    loops: frozenset[int] = frozenset()
    contacts: frozenset[int] = frozenset()

    def __or__(self, other: Scope) -> Scope:
        return Scope(self.loops | other.loops, self.contacts | other.contacts)

    def to_json(self) -> dict[str, list[int]]:
        return {"loops": sorted(self.loops), "contacts": sorted(self.contacts)}

    @classmethod
    def from_json(cls, data: Mapping[str, list[int]]) -> Scope:
        return cls(frozenset(data.get("loops", ())), frozenset(data.get("contacts", ())))


def _marks(values: Collection[object]) -> str:
    return ",".join("?" * len(values))


def _conditions(
    table: str, loops: Collection[int], contacts: Collection[int]
) -> tuple[list[str], list[object]]:
    where: list[str] = []
    params: list[object] = []

    def add(column: str, ids: Collection[int]) -> None:
        if ids:
            where.append(f"{column} IN ({_marks(ids)})")
            params.extend(ids)

    if table == "loops":
        add("id", loops)
        add("referred_loop_id", loops)  # an introduction pointing at one of them
        add("contact_id", contacts)
    elif table == "contacts":
        add("id", contacts)
    elif table == "contact_merges":
        add("kept_id", contacts)
        add("other_id", contacts)
    elif table in _BY_LOOP:
        add("loop_id", loops)
    elif table in _BY_CONTACT:
        add("contact_id", contacts)
    return where, params


def loops_of(conn: sqlite3.Connection, scope: Scope) -> frozenset[int]:
    """The scope's loops with every loop of its contacts."""
    if not scope.contacts:
        return scope.loops
    rows = conn.execute(
        f"SELECT id FROM loops WHERE contact_id IN ({_marks(scope.contacts)})",
        list(scope.contacts),
    )
    return scope.loops | {int(row[0]) for row in rows}


def rowid_of(row: Row) -> int:
    return cast(int, row[0])


def rowids(images: Images, table: str) -> set[int]:
    image = images.get(table)
    return {rowid_of(row) for row in image["rows"]} if image else set()


def capture(conn: sqlite3.Connection, scope: Scope, known: Iterable[Images] = ()) -> Images:
    """The scope's rows now, plus the rows with the rowids ``known`` images hold
    (a row that left the scope, such as a loop moved to another contact)."""
    loops = loops_of(conn, scope)
    known = list(known)
    images: Images = {}
    for table in TABLES:
        where, params = _conditions(table, loops, scope.contacts)
        ids: set[int] = set()
        for image in known:
            ids |= rowids(image, table)
        if ids:
            where.append(f"rowid IN ({_marks(ids)})")
            params.extend(sorted(ids))
        if not where:
            continue
        cursor = conn.execute(
            f"SELECT rowid, * FROM {table} WHERE {' OR '.join(where)} ORDER BY rowid", params
        )
        columns = [column[0] for column in cursor.description][1:]
        rows = [list(row) for row in cursor.fetchall()]
        images[table] = {"columns": list(columns), "rows": rows}
    return images


def checked_part(images: Images) -> dict[str, list[Row]]:
    """The rows of ``images`` that must match before a step is undone or redone."""
    return {
        table: sorted(image["rows"], key=rowid_of)
        for table, image in images.items()
        if table in CHECKED and image["rows"]
    }


def restore(conn: sqlite3.Connection, target: Images, other: Images) -> set[int]:
    """Put the rows of ``target`` back, removing what ``other`` holds beyond them.

    Only the rows the two images name change; the rest of the store is left
    alone. Returns the loops whose follow-up windows must be recomputed.
    Runs inside the caller's transaction.
    """
    conn.execute("PRAGMA defer_foreign_keys = ON")  # loops point at loops
    changed: set[int] = set()
    plans: list[tuple[str, list[str], dict[int, list[object]], dict[int, list[object]]]] = []
    for table in TABLES:
        image = target.get(table) or other.get(table)
        if image is None:
            continue
        columns = image["columns"]
        wanted = {rowid_of(row): row[1:] for row in _rows(target, table)}
        ids = set(wanted) | rowids(other, table)
        current: dict[int, list[object]] = {}
        if ids:
            cursor = conn.execute(
                f"SELECT rowid, * FROM {table} WHERE rowid IN ({_marks(ids)})", sorted(ids)
            )
            current = {int(row[0]): list(row[1:]) for row in cursor.fetchall()}
        plans.append((table, columns, wanted, current))
        if table == "loops":
            changed |= set(wanted) | set(current)
    for table, _columns, wanted, current in reversed(plans):
        gone = [(rowid,) for rowid in current if rowid not in wanted]
        conn.executemany(f"DELETE FROM {table} WHERE rowid = ?", gone)
    for table, columns, wanted, current in plans:
        names = ", ".join(columns)
        sets = ", ".join(f"{name} = ?" for name in columns)
        for rowid, values in sorted(wanted.items()):
            if rowid not in current:
                conn.execute(
                    f"INSERT INTO {table} (rowid, {names}) VALUES (?, {_marks(columns)})",
                    [rowid, *values],
                )
            elif current[rowid] != values:
                conn.execute(f"UPDATE {table} SET {sets} WHERE rowid = ?", [*values, rowid])
    return changed


def _rows(images: Images, table: str) -> list[Row]:
    image = images.get(table)
    return image["rows"] if image else []


@dataclass(frozen=True, slots=True)
class StoredStep:
    """One step of the undo history, as kept in ``undo_steps``."""

    id: int
    label: str
    scope: Scope
    before: Images
    after: Images


class UndoSteps:
    """The ``undo_steps`` table: a line of steps, the undone ones after the done ones."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def add(self, label: str, at: str, scope: Scope, before: Images, after: Images,
            keep: int) -> int:  # fmt: skip
        """A new step; the steps undone before it can no longer be redone."""
        self._conn.execute("DELETE FROM undo_steps WHERE undone = 1")
        cursor = self._conn.execute(
            "INSERT INTO undo_steps (label, done_at, scope, before, after) VALUES (?, ?, ?, ?, ?)",
            (label, at, json.dumps(scope.to_json()), json.dumps(before), json.dumps(after)),
        )
        self._conn.execute(
            "DELETE FROM undo_steps WHERE id <= (SELECT max(id) FROM undo_steps) - ?", (keep,)
        )
        return int(cursor.lastrowid or 0)

    def last_done(self) -> StoredStep | None:
        return self._one("WHERE undone = 0 ORDER BY id DESC")

    def first_undone(self) -> StoredStep | None:
        return self._one("WHERE undone = 1 ORDER BY id")

    def label_of_last_done(self) -> str | None:
        row = self._conn.execute(
            "SELECT label FROM undo_steps WHERE undone = 0 ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return None if row is None else str(row[0])

    def label_of_first_undone(self) -> str | None:
        row = self._conn.execute(
            "SELECT label FROM undo_steps WHERE undone = 1 ORDER BY id LIMIT 1"
        ).fetchone()
        return None if row is None else str(row[0])

    def mark(self, step_id: int, *, undone: bool) -> None:
        self._conn.execute("UPDATE undo_steps SET undone = ? WHERE id = ?", (int(undone), step_id))

    def _one(self, tail: str) -> StoredStep | None:
        row = self._conn.execute(
            f"SELECT id, label, scope, before, after FROM undo_steps {tail} LIMIT 1"
        ).fetchone()
        if row is None:
            return None
        return StoredStep(
            int(row[0]),
            str(row[1]),
            Scope.from_json(json.loads(row[2])),
            json.loads(row[3]),
            json.loads(row[4]),
        )
