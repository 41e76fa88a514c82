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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import BinaryIO

from ghostless.core.errors import (
    ConfirmationRequired,
    GhostlessError,
    InputError,
    StoreCorrupt,
    StoreDamaged,
    StoreError,
    StoreTooNew,
)
from ghostless.services.ledger import Ledger, store_of
from ghostless.services.paths import database_path
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
    with private_atomic_file(target) as handle:
        handle.write(data)


@contextlib.contextmanager
def private_atomic_file(target: Path) -> Iterator[BinaryIO]:
    """A file to write ``target`` through, piece by piece: a 0600 temporary file beside
    it that replaces it only when the block ends without an error (else it is removed,
    and ``target`` is as it was)."""
    temp = private_temp(target)
    try:
        with temp.open("wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError as exc:
        raise StoreError(f"{target}: cannot be written ({exc.strerror})") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


#: Pages copied per step of the backup API: about 4 MB, so a cancel is seen within
#: a few tens of milliseconds.
PAGES_PER_STEP = 1024
#: How many SQLite instructions the copy's check runs between looks at a cancel.
CHECK_STEPS_PER_LOOK = 100_000


class BackupCancelled(GhostlessError):
    """The backup was stopped before it was finished (the app is quitting); nothing kept."""


def _never() -> bool:
    return False


def backup_to(store: Store, target: Path, *, cancelled: Callable[[], bool] = _never) -> Path:
    """A consistent copy of the open store at ``target`` (0600), checked; returns it.

    The copy is made in steps under one read transaction on ``store``: every
    step reads the same state of the file (WAL), a writer on another connection
    is never blocked, and the copy never restarts for it. ``cancelled`` is asked
    between steps and during the check; when it says yes, BackupCancelled is
    raised and nothing is left at ``target``. Only a copy that passed its check
    is renamed into place, so a file at ``target`` is always a whole one.
    """
    target = Path(target)
    if target.exists() and target.is_dir():
        raise InputError(f"{target}: is a folder; name the backup file", field="file")
    if target.resolve() == store.path.resolve():
        raise InputError(f"{target}: is the database itself", field="file")

    def step(_status: int, _remaining: int, _total: int) -> None:
        if cancelled():
            raise BackupCancelled(f"{target}: the backup was stopped; nothing was kept")

    temp = private_temp(target)
    try:
        dest = sqlite3.connect(temp)
        try:
            with store.snapshot():
                # The first read starts the read transaction every step then shares.
                store.conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
                store.conn.backup(dest, pages=PAGES_PER_STEP, progress=step)
            dest.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            dest.set_progress_handler(lambda: int(cancelled()), CHECK_STEPS_PER_LOOK)
            problem = dest.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dest.close()
        if problem != "ok":
            # A page-for-page copy: the damage is the database's own.
            raise StoreCorrupt(
                f"{store.path}: failed its check ({problem}); the copy at {target} was not kept"
            )
        os.replace(temp, target)
    except sqlite3.Error as exc:
        if cancelled():  # the check was interrupted
            raise BackupCancelled(f"{target}: the backup was stopped; nothing was kept") from exc
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
    """Replace the open store's data with the backup at ``source``; returns where the
    previous data was kept.

    The backup is checked before anything changes; the current database is
    copied aside first (``backups/before-restore-<time>.sqlite3``, or, when it
    is damaged and no sound copy can be made, its raw bytes in
    ``backups/damaged-before-restore-<time>.sqlite3``); an older backup is
    migrated after it is copied in.
    """
    source = Path(source)
    check_backup(source)
    folder = store.path.parent / BACKUP_DIR
    try:
        aside = backup_to(store, folder / f"before-restore-{_stamp(now, zone)}.sqlite3")
    except StoreCorrupt:
        aside = _copy_raw(
            store.path, folder / f"damaged-before-restore-{_stamp(now, zone)}.sqlite3"
        )
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


def _stamp(now: datetime, zone: tzinfo) -> str:
    return now.astimezone(zone).strftime("%Y%m%d-%H%M%S")


def _copy_raw(path: Path, target: Path) -> Path:
    """The bytes of a damaged database (and of its -wal) at ``target`` (0600)."""
    for suffix in ("", "-wal"):
        source = path.with_name(path.name + suffix)
        if not source.exists():
            continue
        try:
            write_private_atomic(target.with_name(target.name + suffix), source.read_bytes())
        except OSError as exc:
            raise StoreError(f"{source}: cannot be copied aside ({exc.strerror})") from exc
    return target


@dataclass(frozen=True, slots=True)
class Restored:
    """What a restore did with the data it replaced.

    Attributes:
        source: the backup restored.
        aside: where the previous database went (None: there was none).
        damaged: the previous database could not be opened (its kind: "empty",
            "damaged", "not-ghostless", "newer-version"), so it was moved aside
            as it was; "" when it was sound and a copy was kept.
    """

    source: Path
    aside: Path | None
    damaged: str = ""

    def text(self) -> str:
        if self.aside is None:
            return f"Restored from {self.source}."
        if self.damaged:
            what = _KIND_WORDS[self.damaged]
            return (
                f"Restored from {self.source}. The database it replaced ({what}) "
                f"was moved to {self.aside}."
            )
        return f"Restored from {self.source}. The previous data is kept in {self.aside}."


_KIND_WORDS = {
    "empty": "empty",
    "damaged": "damaged",
    "not-ghostless": "not a Ghostless database",
    "newer-version": "from a newer Ghostless",
}


def _live_problem(path: Path) -> str:
    """Why the live database cannot be used ("" when it opens and passes its check)."""
    try:
        store = Store.open(path, create=False)
    except StoreTooNew:
        return "newer-version"
    except StoreCorrupt as exc:
        return exc.kind
    try:
        return "damaged" if store.integrity_problems() else ""
    except sqlite3.Error:
        return "damaged"
    finally:
        store.close()


def restore_data(data_dir: Path, source: Path, *, now: datetime, zone: tzinfo) -> Restored:
    """Restore the backup at ``source`` into ``data_dir``, whatever state its database is in.

    The backup is checked first and nothing changes if it fails. A sound
    database is copied aside and replaced in place; one that cannot be opened
    (empty, damaged, foreign, newer) is moved aside as it is, under a name that
    says why and when, and the backup is copied in whole.
    """
    source = Path(source)
    check_backup(source)
    path = database_path(data_dir)
    if not path.exists():
        _install(source, path)
        return Restored(source, None)
    problem = _live_problem(path)
    if not problem:
        store = Store.open(path)
        try:
            return Restored(source, restore_from(store, source, now=now, zone=zone))
        finally:
            store.close()
    aside = set_aside(path, f"{problem}-before-restore", now=now, zone=zone)
    _install(source, path)
    return Restored(source, aside, problem)


def _install(source: Path, path: Path) -> None:
    """Copy the (checked) backup to ``path`` whole, then open it once to migrate it."""
    temp = private_temp(path)
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(temp)
            try:
                src.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        finally:
            src.close()
        os.replace(temp, path)
    except sqlite3.Error as exc:
        raise translate_sqlite_error(exc, path) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    Store.open(path, create=False).close()


def set_aside(path: Path, why: str, *, now: datetime, zone: tzinfo) -> Path:
    """Move the database at ``path`` (with its -wal and -journal) into ``backups/``,
    named ``<why>-<local time>.sqlite3``; returns the new name. Nothing is deleted
    but the -shm, which SQLite rebuilds."""
    folder = path.parent / BACKUP_DIR
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = folder / f"{why}-{_stamp(now, zone)}.sqlite3"
    for attempt in range(1, 100):
        if not target.exists():
            break
        target = folder / f"{why}-{_stamp(now, zone)}-{attempt}.sqlite3"
    try:
        for suffix in ("-wal", "-journal", ""):  # the main file last: it marks the move done
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.replace(side, target.with_name(target.name + suffix))
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + "-shm").unlink()
    except OSError as exc:
        raise StoreError(f"{path}: cannot be moved aside to {folder} ({exc.strerror})") from exc
    return target


def start_afresh(data_dir: Path, *, now: datetime, zone: tzinfo, confirmed: bool) -> Path | None:
    """Set the current database aside (never deleted) so the next open starts empty.

    Returns where it went (None: there was none). Asks first: the data in it
    stays only in that file.
    """
    path = database_path(data_dir)
    if not path.exists():
        return None
    if not confirmed:
        raise ConfirmationRequired(
            f"{path}: starting afresh moves this database into {path.parent / BACKUP_DIR} "
            "and starts with no data"
        )
    problem = _live_problem(path) or "sound"
    return set_aside(path, f"{problem}-before-start-afresh", now=now, zone=zone)


# -- what is in the backups folder -----------------------------------------------------
@dataclass(frozen=True, slots=True)
class BackupFile:
    """One file in ``backups/``.

    Attributes:
        path: the file.
        taken: when it was written (its modification time, UTC).
        size: its size in bytes.
        loops: how many loops it holds (None: it cannot be read as a Ghostless database).
        contacts: how many contacts it holds (None likewise).
    """

    path: Path
    taken: datetime
    size: int
    loops: int | None
    contacts: int | None

    @property
    def has_data(self) -> bool:
        return bool(self.loops or self.contacts)

    def line(self, zone: tzinfo) -> str:
        """``2026-12-02 09:14  164 KB  3 loops, 2 contacts  /…/daily-2026-12-02.sqlite3``."""
        when = self.taken.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        if self.loops is None:
            held = "cannot be read"
        elif not self.has_data:
            held = "no data"
        else:
            held = f"{self.loops} loop(s), {self.contacts} contact(s)"
        return f"{when}  {size_text(self.size):>8}  {held}  {self.path}"


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _counts(path: Path) -> tuple[int | None, int | None]:
    try:
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None, None
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return None, None
    try:
        loops = conn.execute("SELECT count(*) FROM loops").fetchone()[0]
        contacts = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
        return int(loops), int(contacts)
    except sqlite3.Error:
        return None, None
    finally:
        conn.close()


def backup_file(path: Path) -> BackupFile:
    stat = path.stat()
    loops, contacts = _counts(path)
    return BackupFile(
        path, datetime.fromtimestamp(stat.st_mtime, UTC), stat.st_size, loops, contacts
    )


def list_backups(data_dir: Path) -> list[BackupFile]:
    """The backups in ``data_dir/backups``, newest first (files set aside included)."""
    folder = data_dir / BACKUP_DIR
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.sqlite3"):
        if path.name.startswith(".") or not path.is_file():
            continue
        with contextlib.suppress(OSError):
            found.append(backup_file(path))
    found.sort(key=lambda b: (b.taken, b.path.name), reverse=True)
    return found


def damaged_store(data_dir: Path, error: StoreCorrupt, zone: tzinfo) -> StoreDamaged:
    """``error`` with what to do: the backups to restore, or starting afresh."""
    backups = list_backups(data_dir)
    path = database_path(data_dir)
    lines = [str(error) + "."]
    usable = [b for b in backups if b.loops is not None]
    if usable:
        lines.append(f"Backups you can restore, newest first ({data_dir / BACKUP_DIR}):")
        lines += [f"  {b.line(zone)}" for b in usable]
        lines.append("Restore one with: ghostless restore FILE")
    else:
        lines.append(
            f"There is no backup in {data_dir / BACKUP_DIR}; if you have a copy elsewhere: "
            "ghostless restore FILE"
        )
    lines.append(
        "Or start afresh with no data (the file is kept in the backups folder): "
        "ghostless start-afresh --yes"
    )
    return StoreDamaged(
        "\n".join(lines),
        path=path,
        problem=str(error),
        kind=error.kind,
        backups=tuple(usable),
    )


def daily_backup(
    store: Store,
    *,
    now: datetime,
    zone: tzinfo,
    keep: int = KEEP_DAILY,
    cancelled: Callable[[], bool] = _never,
) -> Path | None:
    """Today's backup in ``backups/`` if there is none yet; old ones rotate out.

    Returns the new file, or None when today's already existed. A store that
    fails its check is never kept: the copy is checked, and a page-for-page copy
    carries every damaged page with it (checking the store first as well doubled
    the time for nothing). Rotation keeps the newest ``keep`` and, whatever its
    age, the newest one that holds data: a week of copies of a store that lost
    its data must not push out the last good one. The app runs this on a worker
    thread (:func:`daily_backup_at`) after its window is painted.
    """
    folder = store.path.parent / BACKUP_DIR
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    today = folder / f"{DAILY_PREFIX}{now.astimezone(zone).date().isoformat()}.sqlite3"
    made = None
    if not today.exists():
        # A copy cut short by a crash or a kill (never renamed, so never taken for a backup).
        for stale in folder.glob(f".{DAILY_PREFIX}*.tmp"):
            with contextlib.suppress(OSError):
                stale.unlink()
        made = backup_to(store, today, cancelled=cancelled)
    dailies = sorted(folder.glob(f"{DAILY_PREFIX}*.sqlite3"), reverse=True)  # newest first
    kept = set(dailies[:keep])
    with_data = next((p for p in dailies if backup_file(p).has_data), None)
    if with_data is not None:
        kept.add(with_data)
    for old in dailies:
        if old not in kept:
            with contextlib.suppress(FileNotFoundError):
                old.unlink()
    return made


def daily_backup_at(
    path: Path,
    *,
    now: datetime,
    zone: tzinfo,
    cancelled: Callable[[], bool] = _never,
) -> Path | None:
    """:func:`daily_backup` of the database at ``path``, on a connection of its own
    (for a worker thread: an SQLite connection belongs to the thread that uses it)."""
    store = Store.open(path, create=False, migrate=False)
    try:
        return daily_backup(store, now=now, zone=zone, cancelled=cancelled)
    finally:
        store.close()


# -- for the window and the command line, which hold a ledger, never its store ----------
def backup_ledger(ledger: Ledger, target: Path) -> Path:
    """:func:`backup_to` of the ledger's store."""
    return backup_to(store_of(ledger), target)


def restore_ledger(ledger: Ledger, source: Path) -> Path:
    """:func:`restore_from` into the ledger's store, at its clock and zone."""
    return restore_from(store_of(ledger), source, now=ledger.clock.now(), zone=ledger.zone)


def daily_backup_of(ledger: Ledger) -> Callable[[Callable[[], bool]], Path | None]:
    """The ledger's daily backup, as work for a worker thread: called with its
    ``cancelled``, it runs :func:`daily_backup_at` at the ledger's clock and zone
    (read here, on the ledger's thread)."""
    path, now, zone = store_of(ledger).path, ledger.clock.now(), ledger.zone
    return lambda cancelled: daily_backup_at(path, now=now, zone=zone, cancelled=cancelled)
