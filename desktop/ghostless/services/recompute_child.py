"""A full recompute in a process of its own: what :class:`~ghostless.services.recompute.Recompute`
starts when the window asks for one.

Run as ``python -m ghostless.services.recompute_child`` (or, in the packaged
app, the app itself with :data:`CHILD_FLAG`, see ``ghostless.__main__``). It
reads the database path and the zone, pickled, from its standard input; it
writes one JSON line per step on its standard output:
``{"progress": [done, total]}`` as loops are computed, then ``{"did": true}``
or ``{"failed": "why"}``.

In a thread of the window's own process, the recompute held the interpreter
lock for most of its second or two, and each frame the window drew waited for
it: a process of its own runs beside the window, on another core when there is one.
Only the store and the core are imported here, never Qt.
"""

from __future__ import annotations

import gc
import json
import pickle
import sqlite3
import sys
from datetime import tzinfo
from pathlib import Path
from typing import BinaryIO, TextIO

from ghostless.core.errors import GhostlessError
from ghostless.store import windows as follow_ups
from ghostless.store.database import Store, translate_sqlite_error

#: The argument the packaged app recognises (before anything else) to run as this child.
CHILD_FLAG = "--recompute-child"


def recompute(path: Path, zone: tzinfo, out: TextIO) -> None:
    """Recompute the store's rows on a connection of its own, saying how far it got."""

    def progress(done: int, total: int) -> None:
        out.write(json.dumps({"progress": [done, total]}) + "\n")
        out.flush()

    try:
        store = Store.open(path, create=False, migrate=False)
    except GhostlessError as exc:  # gone, damaged, too new: the parent shows why
        _say(out, {"failed": str(exc)})
        return
    try:
        store.planning_zone = zone
        did = follow_ups.rebuild_beside_writers(store, zone, progress)
        if did:
            # Tens of thousands of rows sit in the write-ahead log: copy them into the
            # database here, or the window's next write (a delivery) would, frozen.
            store.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    except sqlite3.Error as exc:  # a lock held too long by another program
        _say(out, {"failed": str(translate_sqlite_error(exc, path))})
        return
    except GhostlessError as exc:  # a damaged store, refused by the store's checks
        _say(out, {"failed": str(exc)})
        return
    finally:
        store.close()
    _say(out, {"did": did})


def _say(out: TextIO, message: dict[str, object]) -> None:
    out.write(json.dumps(message) + "\n")
    out.flush()


def main(stdin: BinaryIO | None = None, out: TextIO | None = None) -> int:
    # Nothing this short-lived process makes is in a cycle: reference counting frees it all.
    gc.disable()
    path, zone = pickle.load(stdin or sys.stdin.buffer)
    recompute(Path(path), zone, out or sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
