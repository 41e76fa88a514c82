"""Which parts of the store other processes changed, told cheaply.

SQLite's ``PRAGMA data_version`` changes on a connection when another one
commits; reading it touches one counter in shared memory, no table. Only when
it moved do a few aggregate queries say which parts changed, so a window
refreshes only those. Commits through this same connection are not counted:
whoever made them refreshes already.

Those queries scan the loops and contacts (about 130 ms at 30,000 loops here),
so the first look they compare with is not taken when the window is built but
later (:meth:`StoreChanges.remember`, after the first paint). A change seen
before it is told as a change to every part.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from ghostless.services.ledger import Ledger, store_of

logger = logging.getLogger(__name__)

LOOPS, CONTACTS, REMINDERS = "loops", "contacts", "reminders"
#: The undo history: every user action adds or flips a step, including those the
#: other marks miss (an event's words corrected), so the window reads again.
HISTORY = "history"
#: Every part: what a change is told as when there is nothing to compare with.
ALL_PARTS = frozenset({LOOPS, CONTACTS, REMINDERS, HISTORY})
#: One row per part: it changes when (nearly) any write to that part does.
_MARKS = {
    LOOPS: (
        "SELECT count(*), coalesce(max(id), 0), total(id * turn_rank), total(id * length(status)),"
        " total(length(search_text)), coalesce(max(closed_at), ''),"
        " coalesce(max(last_event_at), ''),"
        " (SELECT count(*) FROM events), (SELECT coalesce(max(id), 0) FROM events) FROM loops"
    ),
    CONTACTS: (
        "SELECT count(*), coalesce(max(id), 0), coalesce(max(updated_at), ''),"
        " total(id * (muted + 2 * blocked)) FROM contacts"
    ),
    REMINDERS: (
        "SELECT (SELECT count(*) FROM deliveries), (SELECT count(*) FROM snoozes),"
        " (SELECT coalesce(max(until), '') FROM snoozes),"
        " (SELECT count(*) FROM away_periods WHERE ended_at IS NULL),"
        " (SELECT count(*) FROM away_periods),"
        " (SELECT coalesce(group_concat(key || '=' || value, ';'), '') FROM settings)"
    ),
    HISTORY: "SELECT count(*), coalesce(max(id), 0), total(id * undone) FROM undo_steps",
}


class StoreChanges:
    """Compares the store with the last look: which parts other connections changed."""

    def __init__(self, ledger: Ledger) -> None:
        self._store = store_of(ledger)
        self._version = 0
        self._version = self._data_version()
        #: The marks at ``_version``; None until :meth:`remember` (or a change) reads them.
        self._marks: dict[str, tuple[object, ...]] | None = None

    @property
    def remembered(self) -> bool:
        return self._marks is not None

    def remember(self) -> None:
        """Read the marks to compare later looks with, if no change came since the start.

        Kept only when no other connection committed while they were read; otherwise
        the next :meth:`check` tells every part, as it does before this is called.
        """
        if self._marks is not None:
            return
        marks = self._read_marks()
        if self._data_version() == self._version:
            self._marks = marks

    def look_now(self) -> None:
        """Take the store as it is now as the last look, changes and all: for an owner
        that re-reads everything those changes could touch anyway."""
        self._version = self._data_version()
        self._marks = self._read_marks()

    def files(self) -> tuple[Path, ...]:
        """The files another connection's commit touches: the database, its write-ahead
        log (where a commit lands first), and the folder holding them (the log is
        made and removed there)."""
        path = self._store.path
        return (path.parent, path, path.with_name(path.name + "-wal"))

    def check(self) -> frozenset[str]:
        """The parts changed since the last look (empty: none, or only by this connection)."""
        version = self._data_version()
        if version == self._version:
            return frozenset()
        self._version = version
        marks = self._read_marks()
        before = self._marks
        self._marks = marks
        if before is None:  # nothing to compare with: any part may have changed
            return ALL_PARTS
        return frozenset(part for part, mark in marks.items() if before.get(part) != mark)

    def _data_version(self) -> int:
        try:
            return int(self._store.conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error as exc:  # the store reports it on the next real use
            logger.warning("cannot read the data version: %s", exc)
            return self._version

    def _read_marks(self) -> dict[str, tuple[object, ...]]:
        marks: dict[str, tuple[object, ...]] = {}
        conn = self._store.conn
        for part, sql in _MARKS.items():
            try:
                marks[part] = tuple(conn.execute(sql).fetchone())
            except sqlite3.Error as exc:
                logger.warning("cannot read what changed in %s: %s", part, exc)
                marks[part] = ()
        return marks
