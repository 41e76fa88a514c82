"""Working out every follow-up window again while the window stays in use.

After the time zone, the settings or the rules change, every open loop's
windows are computed afresh: seconds at the size of a real network. Done on the
window's own connection, that froze it behind a modal dialog. A
:class:`Recompute` does it on a connection of its own, meant for a worker
thread, taking the write lock only to write the result
(:func:`ghostless.store.windows.rebuild_beside_writers`); meanwhile the
window's connection goes on reading the rows as they were, and its writes only
mark them stale, so they never wait for the recompute nor start one of their own.

The window runs it in a process of its own (:meth:`Recompute.run_elsewhere`, see
:mod:`ghostless.services.recompute_child`): on a thread of the window's process
it held the interpreter lock in long stretches, and frames waited for it.
"""

from __future__ import annotations

import json
import pickle
import sqlite3
import subprocess
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

from ghostless.core.errors import StoreError
from ghostless.services.ledger import Ledger, store_of
from ghostless.services.recompute_child import child_command
from ghostless.store import windows as follow_ups
from ghostless.store.database import Store, translate_sqlite_error
from ghostless.store.windows import Progress


@contextmanager
def writes_mark_stale(ledger: Ledger) -> Iterator[None]:
    """Inside, the ledger's writes mark the follow-up windows stale instead of
    recomputing them, for a :class:`Recompute` to work out all at once.

    The one place that switches the store's planning zone off and back: a change of
    settings saved for a recompute elsewhere, and a recompute running on a worker,
    nest (the inner one leaves the outer one's switch as it found it).
    """
    store = store_of(ledger)
    zone, store.planning_zone = store.planning_zone, None
    try:
        yield
    finally:
        store.planning_zone = zone


class Recompute:
    """One ledger's full recompute, run elsewhere.

    :meth:`begin` on the ledger's thread, :meth:`run` on the worker thread,
    :meth:`end` back on the ledger's thread when the worker is done.
    """

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger
        self._stale_writes = ExitStack()

    def needed(self) -> bool:
        """Whether the rows were computed for another zone, settings or rules."""
        return follow_ups.needs_rebuild(store_of(self._ledger), self._ledger.zone)

    def begin(self) -> None:
        """From now until :meth:`end`, the ledger's writes mark rows stale instead of
        recomputing them (the worker recomputes every loop anyway)."""
        self._stale_writes.enter_context(writes_mark_stale(self._ledger))

    def run(self, progress: Progress | None = None) -> bool:
        """Recompute on a connection of its own (for a worker thread); True if it did."""
        path = store_of(self._ledger).path
        store = Store.open(path, create=False, migrate=False)
        try:
            store.planning_zone = self._ledger.zone
            did = follow_ups.rebuild_beside_writers(store, self._ledger.zone, progress)
            if did:
                # Tens of thousands of rows sit in the write-ahead log: copy them into the
                # database here, or the window's next write (a delivery) would, frozen.
                store.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            return did
        except sqlite3.Error as exc:  # a lock held too long by another program
            raise translate_sqlite_error(exc, path) from exc
        finally:
            store.close()

    def run_elsewhere(self, progress: Progress | None = None) -> bool:
        """:meth:`run`, in processes of their own; True if it recomputed.

        Blocks the calling (worker) thread until the child says it is done, without
        holding the interpreter lock: the window's thread runs at full speed meanwhile.
        The child goes on to copy the rows into the database file; a thread of its
        own waits for it to end.
        """
        path = store_of(self._ledger).path
        child = subprocess.Popen(
            child_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        assert child.stdin is not None
        assert child.stdout is not None
        child.stdin.write(pickle.dumps((str(path), self._ledger.zone)))
        child.stdin.close()
        for line in child.stdout:
            answer: dict[str, Any] = json.loads(line)
            if "progress" in answer:
                if progress is not None:
                    done, total = answer["progress"]
                    progress(int(done), int(total))
            elif "did" in answer:
                _reap_later(child)
                return bool(answer["did"])
            elif "failed" in answer:
                _reap_later(child)
                raise StoreError(str(answer["failed"]))
        errors = child.stderr.read().decode(errors="replace") if child.stderr else ""
        _reap_later(child)
        last = errors.strip().splitlines()[-1:] or ["no word from it"]
        raise StoreError(f"{path}: the recompute stopped unexpectedly ({last[0]})")

    def end(self) -> bool:
        """Writes recompute their loops again; True if the rows are current (False:
        a write the worker could not see made them stale, and another run is due)."""
        self._stale_writes.close()
        return not self.needed()


def _reap_later(child: subprocess.Popen[bytes]) -> None:
    """Wait for ``child`` to end on a thread of its own, closing its pipes."""

    def reap() -> None:
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.read()
                stream.close()
        child.wait()

    threading.Thread(target=reap, name="recompute-reaper", daemon=True).start()
