"""A full recompute in processes of their own: what :class:`~ghostless.services.recompute.Recompute`
starts when the window asks for one.

Run as ``python -m ghostless.services.recompute_child`` (or, in the packaged
app, the app itself with :data:`CHILD_FLAG`, see ``ghostless.__main__``). It
reads a pickled request from its standard input:

* ``(path, zone)``: recompute the store's rows. It writes one JSON line per step
  on its standard output: ``{"progress": [done, total]}`` as loops are computed,
  then ``{"did": true}`` or ``{"failed": "why"}``. With more than one core, it
  starts helpers like itself for shares of the loops (:func:`helper`), so a
  recompute takes about half as long on two cores.
* ``(path, zone, (k, n))``: a helper: compute the rows of share ``k`` of ``n``
  and write them, pickled, on its standard output; it writes nothing to the store.

In a thread of the window's own process, the recompute held the interpreter
lock for most of its second or two, and each frame the window drew waited for
it: processes of their own run beside the window. Only the store and the core
are imported here, never Qt.
"""

from __future__ import annotations

import gc
import json
import os
import pickle
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path
from typing import BinaryIO, TextIO

from ghostless.core.errors import GhostlessError
from ghostless.store import windows as follow_ups
from ghostless.store.database import Store, translate_sqlite_error
from ghostless.store.window_facts import Share, read_facts

#: The argument the packaged app recognises (before anything else) to run as this child.
CHILD_FLAG = "--recompute-child"
#: At most this many processes share one recompute (the window needs a core too,
#: but it mostly waits while a recompute runs).
MAX_SHARES = 2


def child_command() -> list[str]:
    """How to start this module: the packaged app is its own interpreter,
    recognising :data:`CHILD_FLAG` (see ``ghostless.__main__``)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG]
    return [sys.executable, "-m", "ghostless.services.recompute_child"]


def shares() -> int:
    """How many processes to split a recompute between: one per core this may use."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(MAX_SHARES, cores))


def recompute(path: Path, zone: tzinfo, out: TextIO) -> None:
    """Recompute the store's rows on a connection of its own, saying how far it got."""

    def progress(done: int, total: int) -> None:
        _say(out, {"progress": [done, total]})

    try:
        store = Store.open(path, create=False, migrate=False)
    except GhostlessError as exc:  # gone, damaged, too new: the parent shows why
        _say(out, {"failed": str(exc)})
        return
    try:
        store.planning_zone = zone
        did = follow_ups.rebuild_beside_writers(
            store, zone, progress, helper=lambda share: helper(path, zone, share), shares=shares()
        )
        if did:
            # Tens of thousands of rows sit in the write-ahead log: copy them into the
            # database here, before saying done, or the window's next write (a delivery)
            # would, frozen (measured: a 140 ms turn at 30,000 loops, against 60 ms).
            store.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        _say(out, {"did": did})
    except sqlite3.Error as exc:  # a lock held too long by another program
        _say(out, {"failed": str(translate_sqlite_error(exc, path))})
    except GhostlessError as exc:  # a damaged store, refused by the store's checks
        _say(out, {"failed": str(exc)})
    finally:
        store.close()


def helper(path: Path, zone: tzinfo, share: Share) -> Callable[[], follow_ups.ShareRows | None]:
    """Start a helper computing ``share`` of the loops; returns how to wait for its rows
    (None if it failed: the caller computes that share itself)."""
    try:
        child = subprocess.Popen(child_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    except OSError:
        return lambda: None
    assert child.stdin is not None
    assert child.stdout is not None
    child.stdin.write(pickle.dumps((str(path), zone, share)))
    child.stdin.close()

    def wait() -> follow_ups.ShareRows | None:
        assert child.stdout is not None
        data = child.stdout.read()
        child.wait()
        if child.returncode != 0 or not data:
            return None
        rows: follow_ups.ShareRows = pickle.loads(data)
        return rows

    return wait


def share_rows(path: Path, zone: tzinfo, share: Share) -> follow_ups.ShareRows:
    """A helper's work: the rows of one share, read on a connection of its own."""
    store = Store.open(path, create=False, migrate=False)
    try:
        settings = follow_ups.load_settings(store)
        return follow_ups.compute_rows(read_facts(store, None, share), settings, zone)
    finally:
        store.close()


def _say(out: TextIO, message: dict[str, object]) -> None:
    out.write(json.dumps(message) + "\n")
    out.flush()


def main(stdin: BinaryIO | None = None) -> int:
    # Nothing this short-lived process makes is in a cycle: reference counting frees it all.
    gc.disable()
    request = pickle.load(stdin or sys.stdin.buffer)
    if len(request) == 3:
        path, zone, share = request
        rows = share_rows(Path(path), zone, share)
        sys.stdout.buffer.write(pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL))
    else:
        path, zone = request
        recompute(Path(path), zone, sys.stdout)
    sys.stdout.flush()
    # Everything is said and the store closed: freeing half a million objects one by
    # one on the way out would only keep the window waiting for this process to end.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
