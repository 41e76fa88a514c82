"""Looking at database files from outside Ghostless: raw rows, full dumps, file hashes."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def raw_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection, closed on exit (no Ghostless code involved)."""
    conn = sqlite3.connect(path)
    try:
        yield conn
    finally:
        conn.close()


def raw_rows(path: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    with raw_connection(path) as conn:
        return [tuple(row) for row in conn.execute(sql, params).fetchall()]


def dump(path: Path) -> list[str]:
    """Every table's schema and rows as SQL text: equal dumps mean equal contents.

    A full-text index is compared by what it holds (each row's text), not by its
    internal b-tree pages, which a delete and re-insert of the same text lay out
    differently.
    """
    with raw_connection(path) as conn:
        virtual = [
            str(row[0])
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"
            )
        ]
        shadows = tuple(f'INSERT INTO "{name}_' for name in virtual)
        lines = [line for line in conn.iterdump() if not line.startswith(shadows)]
        for name in virtual:
            lines += [
                f"{name}: {rowid} {body!r}"
                for rowid, body in conn.execute(f"SELECT rowid, * FROM {name} ORDER BY rowid")
            ]
        return lines


#: The lines of a dump that record writes rather than the record: the undo history
#: and the change log (m015).
_WRITE_BOOKKEEPING = ('"undo_steps"', '"change_log"')


def record(path: Path) -> list[str]:
    """The dump without the bookkeeping of writes, sorted (an undo lays rows out again):
    equal when an undo left the record as it was."""
    return sorted(line for line in dump(path) if not any(b in line for b in _WRITE_BOOKKEEPING))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sidecars(path: Path) -> list[str]:
    """The -wal, -shm and -journal files SQLite left beside ``path``."""
    return sorted(
        other.name
        for suffix in ("-wal", "-shm", "-journal")
        if (other := path.with_name(path.name + suffix)).exists()
    )
