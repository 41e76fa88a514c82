"""Opening the Ghostless database safely, and the one way to write to it.

Reads go through the plain ``sqlite3`` connection; sqlite-utils is imported on
the first write or migration only, which keeps it off the start-up path.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterator
from datetime import tzinfo
from itertools import count
from pathlib import Path
from typing import TYPE_CHECKING

from ghostless.core.errors import StoreCorrupt, StoreError, StoreLocked, StoreTooNew
from ghostless.store.migrations import MIGRATION_SET, SCHEMA_VERSION, STEP_NAMES

if TYPE_CHECKING:
    from sqlite_utils import Database

logger = logging.getLogger(__name__)
#: Names the savepoints of nested transactions (unique within the process).
_SAVEPOINTS = count(1)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000

#: Connections this process holds open, by database file. POSIX record locks
#: belong to the process: closing *any* descriptor on the file drops SQLite's
#: locks on it, and another process then takes itself for the last user and
#: deletes the write-ahead log from under us. So the file is read outside SQLite
#: (the header check) only while this process has no connection to it.
_OPEN_HERE: Counter[str] = Counter()
_OPEN_HERE_LOCK = threading.Lock()


def _file_key(path: Path) -> str:
    return os.path.realpath(path)


def translate_sqlite_error(exc: sqlite3.Error, path: Path) -> StoreError:
    """Turn a sqlite3 failure that is not our bug into a message for the user."""
    text = str(exc)
    lowered = text.lower()
    if "locked" in lowered or "busy" in lowered:
        return StoreLocked(
            f"{path}: the database is busy in another program and did not free up in time "
            f"({text}); close other Ghostless windows and try again"
        )
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return StoreCorrupt(
            f"{path}: the database file is damaged or is not a Ghostless database ({text}). "
            "It was left untouched; restore a backup or move the file aside"
        )
    if "readonly" in lowered or "read-only" in lowered:
        return StoreError(f"{path}: the database is read-only ({text}); check its permissions")
    if "disk" in lowered or "full" in lowered or "i/o" in lowered:
        return StoreError(f"{path}: the disk refused the write ({text}); nothing was saved")
    return StoreError(f"{path}: the database cannot be used ({text})")


def _create_private_file(path: Path) -> None:
    """Create an empty file only the user can read, before SQLite opens it.

    SQLite creates files with the umask's mode (0644 under the usual 022), and
    its -wal and -shm files copy the database's mode, so 0600 here covers all three.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        raise StoreError(f"{path}: cannot create the database ({exc.strerror})") from exc
    os.close(fd)


def _create_new(path: Path, *, migrate: bool) -> None:
    """Build a new database beside ``path`` and move it into place whole.

    A database file at the real path is then always one Ghostless finished
    making: an empty or table-less file there is never a new store in the
    making, so it can be refused as damage.
    """
    temp = path.with_name(f".{path.name}.{os.getpid()}.new")
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()  # left by a crash of this same process id
    _create_private_file(temp)
    try:
        try:
            conn = sqlite3.connect(temp)
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc, path) from exc
        try:
            fresh = Store(conn, temp)
            fresh._configure()
            # A rollback journal while building: one self-contained file to move.
            conn.execute("PRAGMA journal_mode=DELETE")
            if migrate:
                fresh.migrate()
            else:
                conn.execute("PRAGMA user_version=0")  # writes the header: not 0 bytes
                conn.execute("VACUUM")
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc, path) from exc
        finally:
            conn.close()
        os.replace(temp, path)
        _sync_folder(path.parent)
    finally:
        for leftover in (temp, temp.with_name(temp.name + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` survive power loss (POSIX; a no-op elsewhere)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _check_header(path: Path) -> None:
    """Refuse a non-empty file that is not SQLite, before SQLite touches it."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(
            f"{path}: the database cannot be read ({exc.strerror}); check its permissions. "
            "It was left untouched"
        ) from exc
    if not head:
        # What a full disk, a sync tool or a file system crash can leave. Opening
        # it would make a new, empty store, and the next daily backup a copy of that.
        raise StoreCorrupt(
            f"{path}: the database file is empty (0 bytes); something emptied it. "
            "It was left untouched; restore a backup or start afresh",
            kind="empty",
        )
    if head != SQLITE_HEADER:
        raise StoreCorrupt(
            f"{path}: this file is not a SQLite database (it may be damaged or be another "
            "program's file). It was left untouched; restore a backup or move it aside"
        )


def _rollback(conn: sqlite3.Connection) -> None:
    """Roll back if a transaction is still open (an error may already have ended it)."""
    if conn.in_transaction:
        conn.execute("ROLLBACK")


class Store:
    """One open Ghostless database.

    Attributes:
        path: the database file.
        conn: the sqlite3 connection used for reads and, inside :meth:`write`,
            for writes.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._db: Database | None = None
        #: The user's zone, for recomputing follow-up windows with every write
        #: (see :mod:`ghostless.store.windows`); None marks them stale instead.
        self.planning_zone: tzinfo | None = None
        #: Counted in _OPEN_HERE (opened by :meth:`open`, not yet closed).
        self._counted = False

    # -- opening -----------------------------------------------------------
    @classmethod
    def open(cls, path: Path, *, create: bool = True, migrate: bool = True) -> Store:
        """Open (and if asked, create and migrate) the database at ``path``.

        Raises StoreCorrupt for a damaged or foreign file and StoreTooNew for a
        database from a newer Ghostless; neither is ever modified.
        """
        path = Path(path)
        key = _file_key(path)
        with _OPEN_HERE_LOCK:
            if path.exists():
                if path.is_dir():
                    raise StoreError(f"{path}: is a folder, not a database file")
                if not _OPEN_HERE[key]:  # else it was checked, and reading it would unlock
                    _check_header(path)
            elif create:
                _create_new(path, migrate=migrate)
            else:
                raise StoreError(f"{path}: no database here")
            try:
                conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
            except sqlite3.Error as exc:
                raise translate_sqlite_error(exc, path) from exc
            _OPEN_HERE[key] += 1
        store = cls(conn, path)
        store._counted = True
        try:
            store._configure()
            store._check_schema(migrate=migrate)
        except sqlite3.Error as exc:
            store.close()
            raise translate_sqlite_error(exc, path) from exc
        except BaseException:
            # Whatever stopped the opening (our refusal, a bug in a migration
            # step), the connection must not outlive it.
            store.close()
            raise
        return store

    def _configure(self) -> None:
        """Per-connection settings; none of them writes to the file."""
        conn = self.conn
        # FULL syncs the WAL on every commit: a saved record survives power loss,
        # not only a crash, at a cost (~0.3 ms) no person can notice.
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")

    def applied_steps(self) -> list[str]:
        """Names of the migration steps recorded in this database, in order."""
        exists = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
        ).fetchone()
        if not exists:
            return []
        rows = self.conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id",
            (MIGRATION_SET,),
        ).fetchall()
        return [row[0] for row in rows]

    def schema_version(self) -> int:
        return len(self.applied_steps())

    def _check_schema(self, *, migrate: bool) -> None:
        applied = self.applied_steps()
        unknown = [name for name in applied if name not in STEP_NAMES]
        if unknown:
            raise StoreTooNew(
                f"{self.path}: written by a newer Ghostless (schema step {unknown[0]} is unknown "
                f"to this version, which knows {SCHEMA_VERSION} steps). Update Ghostless; the "
                "database was left untouched"
            )
        if not applied:
            foreign = self.conn.execute(
                "SELECT name FROM sqlite_master "
                "WHERE type = 'table' AND name != '_sqlite_migrations' LIMIT 1"
            ).fetchone()
            if foreign:
                raise StoreCorrupt(
                    f"{self.path}: holds another program's tables (such as {foreign[0]!r}), "
                    "not a Ghostless database. It was left untouched",
                    kind="not-ghostless",
                )
        # Switching to WAL writes the file header, so only once the file is known
        # to be ours: a refused file must stay byte-for-byte as it was.
        mode = self.conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            logger.warning("%s: journal mode is %s, not WAL", self.path, mode)
        if len(applied) < SCHEMA_VERSION and migrate:
            self.migrate()

    def migrate(self, upto: int | None = None) -> None:
        """Apply pending steps (all of them, or the first ``upto``) in one transaction."""
        from ghostless.store.migrations import build_migrations

        migrations = build_migrations(upto)
        with self.transaction():
            migrations.apply(self.db)

    # -- writing -----------------------------------------------------------
    @property
    def db(self) -> Database:
        """The sqlite-utils view of the connection, built on first use."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    @contextlib.contextmanager
    def write(self) -> Iterator[Database]:
        """One transaction (see :meth:`transaction`), with the sqlite-utils view of it."""
        with self.transaction():
            yield self.db

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction: everything inside commits together or not at all.

        The outermost block starts with BEGIN IMMEDIATE so a second process
        waits for the write lock up front instead of failing halfway; nested
        blocks become savepoints. Plain SQL on :attr:`conn` needs nothing more,
        so sqlite-utils (about 110 ms to import) is loaded only by a write
        that uses :attr:`db`.
        """
        if self.conn.in_transaction:
            savepoint = f"ghostless_{next(_SAVEPOINTS)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield
            except BaseException:
                # An error may have ended the whole transaction, savepoints included.
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc, self.path) from exc
        try:
            yield
        except BaseException:
            _rollback(self.conn)
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            _rollback(self.conn)
            raise translate_sqlite_error(exc, self.path) from exc

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """One read transaction: every query inside sees the same state of the file,
        however long they take and whatever other processes write meanwhile (WAL).
        Inside a write, the write's own transaction is that state."""
        if self.conn.in_transaction:
            yield
            return
        try:
            self.conn.execute("BEGIN")
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc, self.path) from exc
        try:
            yield
        finally:
            _rollback(self.conn)  # nothing was written: ending it is all there is

    # -- checks ------------------------------------------------------------
    def integrity_problems(self) -> list[str]:
        """What ``PRAGMA integrity_check`` and ``foreign_key_check`` find; empty when sound."""
        rows = [row[0] for row in self.conn.execute("PRAGMA integrity_check").fetchall()]
        problems = [row for row in rows if row != "ok"]
        problems += [f"foreign key: {row}" for row in self.conn.execute("PRAGMA foreign_key_check")]
        return problems

    def close(self) -> None:
        self.conn.close()
        if not self._counted:
            return
        self._counted = False
        with _OPEN_HERE_LOCK:
            key = _file_key(self.path)
            _OPEN_HERE[key] -= 1
            if _OPEN_HERE[key] <= 0:
                del _OPEN_HERE[key]
