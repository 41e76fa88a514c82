"""A second connection in the same process must not drop the first one's locks.

POSIX record locks belong to the process, not to the file descriptor: closing any
descriptor on the database file releases every lock the process holds on it,
SQLite's included. When opening a second connection read the file's header
through a descriptor of its own and closed it, the window's connection lost its
shared lock; the next `ghostless` command then believed it was the last user of
the database, folded the write-ahead log in and deleted it from under the
window, whose later writes damaged the file (found by a new user's trial).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ghostless.store.database import Store


def _other_process(path: Path, sql: str) -> None:
    script = (
        "import sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1], timeout=5)\n"
        "conn.execute(sys.argv[2])\n"
        "conn.commit()\n"
        "conn.close()\n"
    )
    subprocess.run([sys.executable, "-c", script, str(path), sql], check=True)


def test_a_command_run_beside_the_window_leaves_its_log_and_the_file_whole(
    tmp_path: Path,
) -> None:
    path = tmp_path / "ghostless.sqlite3"
    window = Store.open(path)
    window.conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    window.conn.commit()
    wal = path.with_name(path.name + "-wal")
    assert wal.exists()

    # The window opens a second connection of its own (a backup, a worker) and closes it.
    Store.open(path, create=False).close()

    _other_process(path, "SELECT count(*) FROM sqlite_master")  # a read-only command
    assert wal.exists(), "the command deleted the window's write-ahead log"

    _other_process(path, "INSERT INTO notes (text) VALUES ('from the command line')")
    window.conn.execute("INSERT INTO notes (text) VALUES ('from the window')")
    window.conn.commit()
    window.close()

    check = Store.open(path, create=False)
    try:
        assert check.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        texts = sorted(row[0] for row in check.conn.execute("SELECT text FROM notes"))
        assert texts == ["from the command line", "from the window"]
    finally:
        check.close()
