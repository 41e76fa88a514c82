"""Each loop's asks kept as derived rows (``loop_asks``), for the Insights counts.

Written in the same transaction as every change to a loop's record (see
``LoopRepository._refresh``); the counts are read by ``ghostless.store.insights``.
Each row carries the month asked (UTC), the loop's kind, the whole hours to the
answer and whether the loop is open, so the counts walk one covering index.
Instants are integer microseconds since the epoch, UTC, as in ``loop_windows``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from ghostless.core.asks import asks_of, reply_hours
from ghostless.core.models import EventKind, LoopKind, LoopStatus
from ghostless.core.timeparse import from_utc_text
from ghostless.store.windows import to_micros

#: One row of ``loop_asks``, in column order.
AskRow = tuple[int, int, int, int | None, str, str, int | None, int]


def ask_rows(
    loop_id: int, kind: LoopKind, status: LoopStatus, events: Iterable[tuple[EventKind, datetime]]
) -> list[AskRow]:
    """A loop's asks as rows: with the month asked, the loop's kind, whole hours to
    the answer and whether the loop is open, so the charts count one covering index."""
    is_open = int(status is LoopStatus.OPEN)
    return [
        (
            loop_id,
            ord_,
            to_micros(ask.asked_at),
            to_micros(ask.answered_at) if ask.answered_at is not None else None,
            ask.asked_at.astimezone(UTC).strftime("%Y-%m"),
            kind.value,
            reply_hours(ask),
            is_open,
        )
        for ord_, ask in enumerate(asks_of(kind, events))
    ]


_INSERT = "INSERT INTO loop_asks VALUES (?, ?, ?, ?, ?, ?, ?, ?)"


def write_asks(
    conn: sqlite3.Connection,
    loop_id: int,
    kind: LoopKind,
    status: LoopStatus,
    events: Sequence[tuple[EventKind, datetime]],
) -> None:
    """Replace one loop's asks (inside a write)."""
    conn.execute("DELETE FROM loop_asks WHERE loop_id = ?", (loop_id,))
    conn.executemany(_INSERT, ask_rows(loop_id, kind, status, events))


def refresh_asks(conn: sqlite3.Connection, loop_ids: Iterable[int]) -> None:
    """Compute these loops' asks again from their rows (inside a write): after
    rows were put back as they were (an undo), not written through the repositories."""
    for loop_id in loop_ids:
        found = conn.execute("SELECT kind, status FROM loops WHERE id = ?", (loop_id,)).fetchone()
        if found is None:
            conn.execute("DELETE FROM loop_asks WHERE loop_id = ?", (loop_id,))
            continue
        events = [
            (EventKind(kind), from_utc_text(at))
            for kind, at in conn.execute(
                "SELECT kind, at FROM events WHERE loop_id = ? ORDER BY at, id", (loop_id,)
            )
        ]
        write_asks(conn, loop_id, LoopKind(found[0]), LoopStatus(found[1]), events)


def rebuild_asks(conn: sqlite3.Connection) -> None:
    """Compute every loop's asks again (inside a write): for stores filled by
    other means than the repositories, such as the benchmark's generator."""
    conn.execute("DELETE FROM loop_asks")
    loops = {
        int(i): (LoopKind(str(k)), LoopStatus(str(s)))
        for i, k, s in conn.execute("SELECT id, kind, status FROM loops")
    }
    rows: list[AskRow] = []
    current: int | None = None
    events: list[tuple[EventKind, datetime]] = []
    for loop_id, kind, at in conn.execute(
        "SELECT loop_id, kind, at FROM events ORDER BY loop_id, at, id"
    ):
        if loop_id != current:
            if current is not None:
                rows += ask_rows(current, *loops[current], events)
            current, events = int(loop_id), []
        events.append((EventKind(kind), from_utc_text(at)))
    if current is not None:
        rows += ask_rows(current, *loops[current], events)
    conn.executemany(_INSERT, rows)
