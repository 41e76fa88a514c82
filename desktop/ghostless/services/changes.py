"""Which parts of the store other processes changed, told in proportion to the change.

SQLite's ``PRAGMA data_version`` changes on a connection when another one
commits; reading it touches one counter in shared memory, no table. Only when
it moved is the change log read (m015: rows written by triggers in every
process), from the last sequence number seen: one indexed range of the rows
changed since, so a window refreshes only the parts they belong to. Commits
through this same connection are not told: whoever made them refreshes already
(they are skipped while nobody else commits; when both do at once, their parts
are told too, which costs a refresh, never a missed change).

A reader that fell further behind than the log keeps, or finds the counter gone
back (a backup restored over the file), cannot tell what changed: it tells every
part.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from ghostless.core.errors import StoreError
from ghostless.services.ledger import Ledger, store_of

logger = logging.getLogger(__name__)

LOOPS, CONTACTS, REMINDERS = "loops", "contacts", "reminders"
#: The undo history: every user action adds or flips a step, including those the
#: other parts miss, so the window reads again.
HISTORY = "history"
#: Every part: what a change is told as when there is nothing to compare with.
ALL_PARTS = frozenset({LOOPS, CONTACTS, REMINDERS, HISTORY})
#: The part each logged table belongs to (every table the log records).
PART_OF_TABLE = {
    "loops": LOOPS,
    "events": LOOPS,
    "contacts": CONTACTS,
    "tag_cadences": CONTACTS,
    "deliveries": REMINDERS,
    "snoozes": REMINDERS,
    "dismissals": REMINDERS,
    "away_periods": REMINDERS,
    "settings": REMINDERS,
    "undo_steps": HISTORY,
}
#: The log's counter: the last sequence number given (0 before any); the newest row is
#: never trimmed, so this never goes back while the file is the same.
_COUNTER = "SELECT coalesce(max(seq), 0) FROM change_log"
_TABLES_SINCE = "SELECT DISTINCT tbl FROM change_log WHERE seq > ?"
_KEPT = "SELECT EXISTS (SELECT 1 FROM change_log WHERE seq = ?)"


class StoreChanges:
    """Reads the change log since the last look: which parts other connections changed."""

    def __init__(self, ledger: Ledger) -> None:
        self._store = store_of(ledger)
        #: The data version and the log's counter at the last look.
        self._version, self._seen = 0, 0
        try:
            with self._store.snapshot():  # the first look: two numbers, no table read
                self._seen = self._counter()
                self._version = self._data_version()
        except (sqlite3.Error, StoreError) as exc:  # then the first check tells every part
            logger.warning("cannot read the change counter: %s", exc)

    def files(self) -> tuple[Path, ...]:
        """The files another connection's commit touches: the database, its write-ahead
        log (where a commit lands first), and the folder holding them (the log is
        made and removed there)."""
        path = self._store.path
        return (path.parent, path, path.with_name(path.name + "-wal"))

    def check(self) -> frozenset[str]:
        """The parts changed since the last look (empty: none, or only by this connection).

        The counter, the data version and the log are read in one read transaction,
        so a commit landing between them is seen by all three or by none.
        """
        try:
            with self._store.snapshot():
                return self._look()
        except (sqlite3.Error, StoreError) as exc:  # the store reports it on the next real use
            logger.warning("cannot read what changed: %s", exc)
            return frozenset()

    def _look(self) -> frozenset[str]:
        counter = self._counter()  # first: it starts the read transaction
        version = self._data_version()
        if version == self._version:
            self._seen = counter  # only this connection wrote: its rows are its own
            return frozenset()
        seen = self._seen
        if counter < seen or (counter > seen and not self._kept(seen + 1)):
            parts = ALL_PARTS  # trimmed past the last look, or the file was replaced
        else:
            parts = self._parts_since(seen) if counter > seen else frozenset()
        self._version, self._seen = version, counter
        return parts

    def _counter(self) -> int:
        return int(self._store.conn.execute(_COUNTER).fetchone()[0])

    def _data_version(self) -> int:
        return int(self._store.conn.execute("PRAGMA data_version").fetchone()[0])

    def _kept(self, seq: int) -> bool:
        return bool(self._store.conn.execute(_KEPT, (seq,)).fetchone()[0])

    def _parts_since(self, seq: int) -> frozenset[str]:
        rows = self._store.conn.execute(_TABLES_SINCE, (seq,)).fetchall()
        parts = {PART_OF_TABLE.get(str(row[0])) for row in rows}
        # A table logged by a later step and not mapped here: any part may have changed.
        return ALL_PARTS if None in parts else frozenset(p for p in parts if p is not None)
