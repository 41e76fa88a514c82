"""Backups and restore, with SQLite's online backup API.

A backup is a consistent copy taken while the app runs (the backup API copies
page by page under SQLite's own locking, the write-ahead log included), written
to a private (0600) temporary file, checked with ``quick_check`` and then moved
into place. A restore checks the file first (a SQLite database, sound, written
by a Ghostless no newer than this one), keeps a copy of the current database
aside, and copies the backup in through the same API, so even a running app
sees either the old data or the new, never a mix.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime, tzinfo
from pathlib import Path

from ghostless.core.errors import InputError, StoreCorrupt, StoreError, StoreTooNew
from ghostless.store.database import SQLITE_HEADER, Store, translate_sqlite_error
from ghostless.store.migrations import MIGRATION_SET, STEP_NAMES

BACKUP_DIR = "backups"
DAILY_PREFIX = "daily-"
KEEP_DAILY = 7


def private_temp(target: Path) -> Path:
    """A new empty 0600 file beside ``target`` (same folder, so os.replace is atomic)."""
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    for attempt in range(100):
        candidate = target.with_name(f".{target.name}.{os.getpid()}.{attempt}.tmp")
        try:
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        except OSError as exc:
            raise StoreError(f"{target}: cannot write here ({exc.strerror})") from exc
        os.close(fd)
        return candidate
    raise StoreError(f"{target}: cannot create a temporary file beside it")


def write_private_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` (0600) via a temporary file and os.replace."""
    temp = private_temp(target)
    try:
        with temp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError as exc:
        raise StoreError(f"{target}: cannot be written ({exc.strerror})") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def backup_to(store: Store, target: Path) -> Path:
    """A consistent copy of the open store at ``target`` (0600), checked; returns it."""
    target = Path(target)
    if target.exists() and target.is_dir():
        raise InputError(f"{target}: is a folder; name the backup file", field="file")
    if target.resolve() == store.path.resolve():
        raise InputError(f"{target}: is the database itself", field="file")
    temp = private_temp(target)
    try:
        dest = sqlite3.connect(temp)
        try:
            store.conn.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            problem = dest.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dest.close()
        if problem != "ok":
            raise StoreCorrupt(f"{target}: the copy failed its check ({problem}); not kept")
        os.replace(temp, target)
    except sqlite3.Error as exc:
        raise translate_sqlite_error(exc, target) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return target


def check_backup(path: Path) -> int:
    """Refuse a file that is not a sound Ghostless database; returns its schema version."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})", field="file") from exc
    if head != SQLITE_HEADER:
        raise StoreCorrupt(f"{path}: is not a SQLite database; nothing was restored")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise translate_sqlite_error(exc, path) from exc
    try:
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            raise StoreCorrupt(f"{path}: is damaged ({rows[0]}); nothing was restored")
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise StoreCorrupt(f"{path}: has broken references; nothing was restored")
        has_steps = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
        ).fetchone()
        steps = (
            [
                str(row[0])
                for row in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ?",
                    (MIGRATION_SET,),
                )
            ]
            if has_steps
            else []
        )
    except sqlite3.Error as exc:
        raise translate_sqlite_error(exc, path) from exc
    finally:
        conn.close()
    if not steps:
        raise StoreCorrupt(f"{path}: is not a Ghostless database; nothing was restored")
    unknown = [step for step in steps if step not in STEP_NAMES]
    if unknown:
        raise StoreTooNew(
            f"{path}: was written by a newer Ghostless (step {unknown[0]}); update Ghostless "
            "first. Nothing was restored"
        )
    return len(steps)


def restore_from(store: Store, source: Path, *, now: datetime, zone: tzinfo) -> Path:
    """Replace the store's data with the backup at ``source``; returns where the
    previous data was kept.

    The backup is checked before anything changes; the current database is
    copied aside first (``backups/before-restore-<time>.sqlite3``); an older
    backup is migrated after it is copied in.
    """
    source = Path(source)
    check_backup(source)
    stamp = now.astimezone(zone).strftime("%Y%m%d-%H%M%S")
    aside = backup_to(store, store.path.parent / BACKUP_DIR / f"before-restore-{stamp}.sqlite3")
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            src.backup(store.conn)
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise translate_sqlite_error(exc, store.path) from exc
    store.conn.execute("PRAGMA journal_mode=WAL")
    store.migrate()
    return aside


def daily_backup(
    store: Store, *, now: datetime, zone: tzinfo, keep: int = KEEP_DAILY
) -> Path | None:
    """Today's backup in ``backups/`` if there is none yet; the oldest beyond ``keep`` go.

    Returns the new file, or None when today's already existed. The app calls
    this once after its window is painted.
    """
    folder = store.path.parent / BACKUP_DIR
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    today = folder / f"{DAILY_PREFIX}{now.astimezone(zone).date().isoformat()}.sqlite3"
    made = None if today.exists() else backup_to(store, today)
    dailies = sorted(folder.glob(f"{DAILY_PREFIX}*.sqlite3"))
    for old in dailies[: max(0, len(dailies) - keep)]:
        with contextlib.suppress(FileNotFoundError):
            old.unlink()
    return made
