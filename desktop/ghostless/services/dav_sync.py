"""Owed items on the phone: each agenda line is a task (VTODO) on the user's CalDAV server.

One sync reads what changed on the server since the last one (by sync token),
applies what it means on the loops (see :mod:`ghostless.core.task_sync`), then
writes only the tasks whose content changed. The rules (docs/sync.md):

- Reading and applying is all or nothing: everything is fetched first, then
  applied in one transaction together with the new sync token. A server that
  dies while answering leaves the ledger as it was.
- Each write is conditional: a new task with If-None-Match, a changed one with
  If-Match on the ETag last seen. A 412 means the user changed it meanwhile:
  nothing is overwritten; the next sync reads the change and tries again.
- The phone holds every owed item, or only the N most urgent if the user chose
  so (:mod:`ghostless.services.dav_phone_tasks`); a task stays while it is
  owed, unless the user lowered N since the last sync: then the tasks beyond
  it go. Writes go a few at a time (:func:`write_all`), each answer recorded
  as it comes.
- Ghostless deletes only tasks it wrote, once they are owed no more; a task
  completed elsewhere is left as the user left it. Turning sync off forgets
  what was written and keeps the local store whole.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime, tzinfo
from functools import partial
from hashlib import sha256
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

from ghostless.core.clock import Clock
from ghostless.core.errors import InputError
from ghostless.core.exports import CalendarItem, calendar_uid
from ghostless.core.task_sync import Decision, Effect, RemoteTask, decide
from ghostless.core.windows import FollowUpWindow
from ghostless.services.dav_account import ACCOUNT
from ghostless.services.dav_client import (
    WRITE_CONNECTIONS,
    Collection,
    DavChanged,
    DavCollection,
    DavError,
    DavServer,
    RemoteObject,
    advance_past_own_writes,
    check_url,
    write_all,
)
from ghostless.services.dav_phone_tasks import (
    forget_honoured,
    lowered_since_last_sync,
    phone_tasks,
    record_honoured,
    shown,
)
from ghostless.services.exports import calendar_item
from ghostless.services.ledger import Ledger, store_of
from ghostless.services.ledger_sync import LedgerReport, LedgerSync
from ghostless.services.reminders import ReminderService
from ghostless.services.secrets import SecretStore
from ghostless.store.dav import DavRepository, SharedRepository, WrittenTask
from ghostless.store.preferences import PreferenceRepository

logger = logging.getLogger(__name__)

# The account's preference (never the password: that is in the keyring) is named in
# ghostless.services.dav_account, which tells whether there is one without this module.
CALENDAR = "calendar"
DEFAULT_CALENDAR = "Ghostless follow-ups"
DEFAULT_ADDRESS_BOOK = "Ghostless contacts"
#: The journal calendar holding the loops shared between desktops (one per account).
LEDGER_CALENDAR = "Ghostless ledger"


def password_key(user: str, url: str) -> str:
    """The keyring entry holding this account's password."""
    return f"dav:{user}@{urlsplit(url).netloc}"


@dataclass(frozen=True, slots=True)
class SyncAccount:
    """Where to sync: the server, the user, and the calendar and address book picked."""

    url: str
    user: str
    calendar_url: str
    calendar_name: str
    address_book_url: str = ""
    address_book_name: str = ""
    ca_file: str = ""
    ledger_url: str = ""


def account(ledger: Ledger) -> SyncAccount | None:
    value = PreferenceRepository(store_of(ledger)).get(ACCOUNT)
    if not isinstance(value, dict):
        return None
    try:
        return SyncAccount(**value)
    except TypeError:
        logger.warning("sync account preference unreadable; sync is off")
        return None


Connect = Callable[[str, str, str, Path | None], DavServer]


def _connect(url: str, user: str, password: str, ca_file: Path | None) -> DavServer:
    return DavServer(url, user, password, ca_file)


def _pick(found: list[Collection], wanted: str) -> Collection | None:
    by_url = {c.url: c for c in found}
    by_name = {c.name: c for c in found}
    return by_url.get(wanted) or by_name.get(wanted)


def setup(
    ledger: Ledger,
    secrets: SecretStore,
    *,
    url: str,
    user: str,
    password: str,
    ca_file: Path | None = None,
    calendar: str = DEFAULT_CALENDAR,
    address_book: str = DEFAULT_ADDRESS_BOOK,
    connect: Connect = _connect,
) -> SyncAccount:
    """Log in, pick (or create) the calendar and the address book, keep the password in
    the keyring and the rest in the preferences. Nothing is kept if any step fails."""
    url = check_url(url)
    if not user.strip():
        raise InputError("user: empty", field="user")
    if not password:
        raise InputError("password: empty", field="password")
    if ca_file is not None and not Path(ca_file).is_file():
        raise InputError(f"ca-file: {ca_file} is not a file", field="ca_file")
    server = connect(url, user, password, ca_file)
    server.check()
    calendars = server.calendars()
    chosen = _pick(calendars, calendar) or server.make_calendar(calendar)
    journal = _pick(calendars, LEDGER_CALENDAR) or server.make_journal(LEDGER_CALENDAR)
    books = server.address_books()
    book = _pick(books, address_book) or server.make_address_book(
        address_book, "ghostless-contacts"
    )
    found = SyncAccount(
        url, user, chosen.url, chosen.name, book.url, book.name, str(ca_file or ""), journal.url
    )
    previous = account(ledger)
    secrets.set(password_key(user, url), password)
    with ledger.transaction():
        if previous is not None and previous.calendar_url != found.calendar_url:
            DavRepository(store_of(ledger)).forget_all()  # another calendar: start afresh
            forget_honoured(ledger)
        PreferenceRepository(store_of(ledger)).set(ACCOUNT, asdict(found))
    return found


def turn_off(ledger: Ledger, secrets: SecretStore) -> bool:
    """Stop syncing; the local store stays whole and the server keeps its items."""
    found = account(ledger)
    if found is None:
        return False
    with ledger.transaction():
        DavRepository(store_of(ledger)).forget_all()
        forget_honoured(ledger)
        PreferenceRepository(store_of(ledger)).set(ACCOUNT, None)
    secrets.delete(password_key(found.user, found.url))
    return True


def open_server(ledger: Ledger, secrets: SecretStore, connect: Connect = _connect) -> DavServer:
    """The configured server, logged in with the password from the keyring."""
    found = account(ledger)
    if found is None:
        raise InputError("sync is not set up (ghostless sync setup)", field="sync")
    password = secrets.get(password_key(found.user, found.url))
    if not password:
        raise DavError("the sync password is not in the keyring; set sync up again")
    return connect(found.url, found.user, password, Path(found.ca_file) if found.ca_file else None)


# -- the report ----------------------------------------------------------------------
@dataclass
class SyncReport:
    """What one sync did: sent (tasks written, updated, removed) and received
    (what the changes made elsewhere meant here), and any trouble."""

    at: str
    ok: bool = True
    message: str = ""
    created: int = 0
    updated: int = 0
    removed: int = 0
    done: int = 0
    snoozed: int = 0
    dismissed: int = 0
    put_back: int = 0
    unchanged: int = 0
    loops_sent: int = 0
    loops_received: int = 0
    events_received: int = 0
    contacts_sent: int = 0
    contacts_received: int = 0
    conflicts: int = 0
    not_on_phone: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any((self.created, self.updated, self.removed, self.done, self.snoozed,
                    self.dismissed, self.put_back, self.loops_sent, self.loops_received,
                    self.contacts_sent, self.contacts_received, self.conflicts))  # fmt: skip

    def summary(self) -> str:
        """One line: what changed, or the trouble."""
        if not self.ok:
            return self.message
        if not self.changed:
            return "nothing changed"
        parts = [
            f"tasks: sent {self.created} new, {self.updated} changed, {self.removed} removed",
            f"received {self.done} done, {self.snoozed} snoozed, {self.dismissed} dismissed"
            + (f", {self.put_back} put back" if self.put_back else ""),
        ]
        if self.loops_sent or self.loops_received or self.contacts_sent or self.contacts_received:
            parts.append(
                f"ledger: sent {self.loops_sent} loops and {self.contacts_sent} contacts, got "
                f"{self.loops_received} loops ({self.events_received} new events) and "
                f"{self.contacts_received} contacts"
            )
        if self.conflicts:
            parts.append(f"{self.conflicts} conflicts to settle (see sync status)")
        if self.not_on_phone:
            parts.append(f"{self.not_on_phone} less urgent items wait for room on the phone")
        return "; ".join(parts)


def last_report(ledger: Ledger) -> SyncReport | None:
    state = DavRepository(store_of(ledger)).state(CALENDAR)
    if state.synced_at is None:
        return None
    try:
        return SyncReport(**state.report)
    except TypeError:
        return None


# -- one sync ------------------------------------------------------------------------
def digest(item: CalendarItem) -> str:
    """What a task says, hashed: a new digest means the task must be rewritten."""
    remind = item.remind_at.isoformat() if item.remind_at else ""
    parts = (item.uid, item.summary, item.description, item.opens_at.isoformat(),
             item.due_at.isoformat(), remind)  # fmt: skip
    return sha256("\x1f".join(parts).encode()).hexdigest()


def _remote_task(data: bytes) -> RemoteTask:
    from icalendar import Calendar

    try:
        todos = Calendar.from_ical(data).walk("VTODO")
    except ValueError:
        return RemoteTask(False, None, None)
    if not todos:
        return RemoteTask(False, None, None)
    todo = todos[0]
    status = str(todo.get("STATUS", "")).upper()
    completed = todo.get("COMPLETED")
    due = todo.get("DUE")
    return RemoteTask(
        status == "COMPLETED" or completed is not None,
        _aware(completed.dt) if completed is not None else None,
        _aware(due.dt) if due is not None else None,
    )


def _aware(value: Any) -> datetime | None:
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value
    return None


class TaskSync:
    """Owed items as tasks in one calendar, both ways."""

    def __init__(
        self,
        reminders: ReminderService,
        calendar: DavCollection,
        shared: LedgerSync | None = None,
        phone_tasks: int | None = None,
        connections: int = WRITE_CONNECTIONS,
    ) -> None:
        self.reminders = reminders
        #: How many tasks the phone holds (None: every owed item); each task is one
        #: write, and a server takes about 30-70 ms for each (Radicale, on loopback).
        self.phone_tasks = phone_tasks
        self.connections = connections
        self.ledger = reminders.ledger
        self.calendar = calendar
        self.shared = shared
        self.repo = DavRepository(store_of(self.ledger))
        self.records = SharedRepository(store_of(self.ledger))
        self._removed: set[str] = set()

    def run(self) -> SyncReport:
        """The shared ledger first (what other desktops did is here before the tasks are
        read), then the tasks; the report is kept for ``sync status`` and the window."""
        now = self.ledger.clock.now()
        report = SyncReport(at=now.isoformat())
        try:
            if self.shared is not None:
                part = LedgerReport()
                try:
                    self.shared.run(part)
                finally:
                    for name in ("loops_sent", "loops_received", "events_received",
                                 "contacts_sent", "contacts_received", "conflicts"):  # fmt: skip
                        setattr(report, name, getattr(part, name))
                    report.notes += part.notes
            token = self.repo.state(CALENDAR).sync_token
            self._read(token, report, now)
            self._write(report, now)
            if report.created or report.updated or report.removed:
                self._advance()
            if self.shared is not None and report.done:
                # What a completed task logged here goes to the other desktops in this
                # sync, before they read the same task (and find it owed no more).
                part = LedgerReport()
                self.shared.write_back(part)
                report.loops_sent += part.loops_sent
                report.notes += part.notes
        except DavError as exc:
            report.ok = False
            report.message = str(exc)
        self.repo.set_report(CALENDAR, now, asdict(report))
        return report

    def _advance(self) -> None:
        state = self.repo.state(CALENDAR)
        known = {task.href: task.etag for task in self.repo.tasks().values()}
        token = advance_past_own_writes(self.calendar, state.sync_token, known, self._removed)
        if token != state.sync_token:
            self.repo.set_state(CALENDAR, token, self.ledger.clock.now(), state.report)

    # -- reading what changed elsewhere ----------------------------------------------
    def _read(self, token: str | None, report: SyncReport, now: datetime) -> None:
        written = {task.href: task for task in self.repo.tasks().values()}
        # Everything fetched before anything is applied.
        delta = self.calendar.delta(token, {href: task.etag for href, task in written.items()})
        changed = [
            (written[obj.href], obj)
            for obj in delta.objects
            if obj.href in written
            and not (obj.data is not None and obj.etag == written[obj.href].etag)
        ]
        windows = self._windows({task.loop_id for task, _ in changed})
        decisions = [
            (task, obj, decide(windows.get(task.key), _remote(obj), sent_due=task.due_at, now=now))
            for task, obj in changed
        ]
        with self.ledger.transaction():
            for task, obj, decision in decisions:
                try:
                    with self.ledger.transaction():  # a savepoint: this change, or none of it
                        self._apply(task, obj, decision, report)
                except InputError as exc:
                    # Two changes on one loop that exclude each other (done, then
                    # snoozed): the first holds; this one is reported, never forced.
                    report.notes.append(f"{task.key}: not applied ({exc})")
                    self.repo.put_tasks([_seen(task, obj)])
            self.repo.set_state(CALENDAR, delta.token, now, asdict(report))

    def _windows(self, loop_ids: set[int]) -> dict[str, FollowUpWindow]:
        if not loop_ids:
            return {}
        return {w.key: w for w in self.reminders.plan(loop_ids).windows}

    def _apply(
        self, task: WrittenTask, obj: RemoteObject, decision: Decision, report: SyncReport
    ) -> None:
        effect = decision.effect
        if effect is Effect.LOG_EVENT:
            assert decision.event is not None
            event_id = self.ledger.log_event(
                task.loop_id, decision.event, at=decision.at, text=decision.text
            )
            # The same UID on every desktop that reads this completion: the shared
            # record keeps one event, however many desktops log it.
            self.records.set_uid("events", event_id, _digest_text(f"{task.uid}:done")[:32])
            report.done += 1
        elif effect is Effect.CLOSE:
            assert decision.outcome is not None
            self.ledger.close_loop(task.loop_id, decision.outcome)
            report.done += 1
        elif effect is Effect.SNOOZE:
            assert decision.until is not None
            # Moved there by the user, who cannot be asked from here: taken as meant.
            self.reminders.snooze(task.loop_id, decision.until, confirmed=True)
            report.snoozed += 1
        elif effect is Effect.DISMISS:
            self.ledger.dismiss(task.loop_id, task.key)
            report.dismissed += 1
        elif effect is Effect.PUT_BACK:
            report.put_back += 1
        if effect is not Effect.NOTHING or obj.data is None:
            report.notes.append(f"{task.key}: {decision.note}")
        if obj.data is None or effect in {Effect.LOG_EVENT, Effect.CLOSE, Effect.DISMISS}:
            # Gone, or done: the task is the user's now; a put-back one is written anew.
            self.repo.forget_tasks([task.uid])
        else:
            # Seen: later writes go on top of this version (If-Match), not the old one.
            self.repo.put_tasks([_seen(task, obj)])

    # -- writing what changed here -------------------------------------------------------
    def _write(self, report: SyncReport, now: datetime) -> None:
        loop_uids = {loop_id: uid for uid, loop_id in self.records.ids_by_uid("loops").items()}
        written = self.repo.tasks()
        wanted: dict[str, CalendarItem] = {}
        # The agenda is most urgent first: the first ones go to the phone, and a task
        # already there stays while it is owed (never removed only to make room),
        # unless the user lowered how many the phone holds: the ones beyond it go.
        top = self.reminders.agenda(now, limit=self.phone_tasks)
        trim = lowered_since_last_sync(self.ledger, self.phone_tasks)
        on_phone = {task.loop_id for task in written.values()} - {o.loop.id for o in top}
        held = [] if trim else self.reminders.loops_agenda(on_phone, now)
        for rank, owed in enumerate((*top, *held)):
            item = _task_item(
                calendar_item(owed, self.reminders.zone, exported_at=None),
                owed.snoozed_until,
                loop_uids[owed.loop.id],
            )
            if rank < len(top) or item.uid in written:
                wanted[item.uid] = item
        report.not_on_phone = self.reminders.agenda_counts(now).total - len(wanted)
        changed: list[tuple[CalendarItem, str, WrittenTask | None]] = []
        for uid, item in wanted.items():
            task, check = written.get(uid), digest(item)
            if task is not None and task.digest == check:
                report.unchanged += 1
            else:
                changed.append((item, check, task))
        done: list[WrittenTask] = []
        gone: list[str] = []

        def sent(index: int, task: WrittenTask) -> None:
            done.append(task)
            if changed[index][2] is None:
                report.created += 1
            else:
                report.updated += 1

        def refused(index: int, exc: DavChanged) -> None:
            report.notes.append(f"{changed[index][0].key}: {exc}")

        complete = False
        try:
            jobs = [partial(self._put, item, check, task, now) for item, check, task in changed]
            write_all(jobs, self.connections, sent, refused)
            for uid, task in written.items():
                if uid in wanted:
                    continue
                try:
                    self.calendar.delete(task.href, task.etag)
                except DavChanged as exc:
                    report.notes.append(f"{task.key}: {exc}")
                    continue
                gone.append(uid)
                self._removed.add(task.href)
                report.removed += 1
            complete = True
        finally:
            # What reached the server is recorded, even when the server stops half-way.
            with self.ledger.transaction():
                self.repo.put_tasks(done)
                self.repo.forget_tasks(gone)
                if complete:  # a sync stopped half-way trims again next time
                    record_honoured(self.ledger, self.phone_tasks)

    def _put(
        self, item: CalendarItem, check: str, task: WrittenTask | None, now: datetime
    ) -> WrittenTask:
        from ghostless.services.icalendar_write import todo_bytes

        data = todo_bytes(item, now=now)
        if task is None:
            href = self.calendar.url + quote(item.uid.replace("@", "-"), safe="") + ".ics"
            try:
                etag = self.calendar.create(href, data)
            except DavChanged:
                # Written by an earlier sync that stopped before recording it: take it up.
                found = self.calendar.get(href)
                etag = self.calendar.replace(href, data, found.etag if found else None)
        else:
            href = task.href
            etag = self.calendar.replace(href, data, task.etag)
        assert item.loop_id is not None
        return WrittenTask(item.uid, href, etag, item.key, item.loop_id, check, item.due_at, now)


def _task_item(item: CalendarItem, snoozed_until: datetime | None, loop_uid: str) -> CalendarItem:
    """The task as synced: its UID from the loop's UID (the same on every desktop
    sharing the ledger, where loop ids differ), and its due date following a snooze,
    as a phone's own snooze (moving the due date) does; the description keeps the
    true polite limit."""
    from dataclasses import replace

    prefix = f"{item.loop_id}:"
    rest = item.key[len(prefix) :] if item.key.startswith(prefix) else item.key
    item = replace(item, uid=calendar_uid(f"{loop_uid}:{rest}"))
    if snoozed_until is None or snoozed_until <= item.due_at:
        return item
    return replace(item, due_at=snoozed_until)


def _digest_text(text: str) -> str:
    return sha256(text.encode()).hexdigest()


def _remote(obj: RemoteObject) -> RemoteTask | None:
    return None if obj.data is None else _remote_task(obj.data)


def _seen(task: WrittenTask, obj: RemoteObject) -> WrittenTask:
    from dataclasses import replace

    return replace(task, etag=obj.etag)


def sync_now(
    reminders: ReminderService, secrets: SecretStore, connect: Connect = _connect
) -> SyncReport:
    """One sync of the configured account (see :class:`TaskSync`)."""
    ledger = reminders.ledger
    found = account(ledger)
    if found is None:
        raise InputError("sync is not set up (ghostless sync setup)", field="sync")
    try:
        server = open_server(ledger, secrets, connect)
    except DavError as exc:
        now = ledger.clock.now()
        report = SyncReport(at=now.isoformat(), ok=False, message=str(exc))
        DavRepository(store_of(ledger)).set_report(CALENDAR, now, asdict(report))
        return report
    shared = None
    if found.ledger_url and found.address_book_url:
        shared = LedgerSync(
            ledger,
            server.task_calendar(found.ledger_url),
            server.address_book(found.address_book_url),
        )
    try:
        calendar = server.task_calendar(found.calendar_url)
        return TaskSync(reminders, calendar, shared, phone_tasks=phone_tasks(ledger)).run()
    finally:
        server.close()


def status(ledger: Ledger) -> Mapping[str, Any]:
    """The account (no password) and the last sync's report, for ``sync status``."""
    found = account(ledger)
    if found is None:
        return {"enabled": False}
    last = last_report(ledger)
    return {
        "enabled": True,
        "url": found.url,
        "user": found.user,
        "calendar": found.calendar_name,
        "address_book": found.address_book_name,
        "last_sync": None if last is None else asdict(last),
        "tasks": len(DavRepository(store_of(ledger)).tasks()),
        "phone_tasks": shown(phone_tasks(ledger)),
        "conflicts": conflicts(ledger),
    }


def conflicts(ledger: Ledger) -> list[dict[str, str]]:
    """The loop fields two desktops set differently too close together to order."""
    names = ("loop_uid", "field", "mine", "theirs", "mine_set_at", "theirs_set_at", "found_at")
    found = []
    ids = SharedRepository(store_of(ledger)).ids_by_uid("loops")
    for row in SharedRepository(store_of(ledger)).conflicts():
        item = dict(zip(names, row, strict=True))
        item["loop_id"] = str(ids.get(item["loop_uid"], ""))
        found.append(item)
    return found


# -- for the window: work on a connection of its own, off the GUI thread ---------------
T = TypeVar("T")


def data_folder(ledger: Ledger) -> Path:
    """The folder the ledger is kept in (for a worker opening its own connection)."""
    return store_of(ledger).path.parent


def in_folder(data_dir: Path, clock: Clock, zone: tzinfo, work: Callable[[Ledger], T]) -> T:
    """Run ``work`` on a ledger of its own over ``data_dir``: an SQLite connection
    belongs to the thread that made it, so a worker thread opens its own."""
    ledger = Ledger.open(data_dir, clock, zone)
    try:
        return work(ledger)
    finally:
        ledger.close()


@dataclass(frozen=True, slots=True)
class Probe:
    """What a test connection found: the calendars and address books on the account."""

    calendars: tuple[Collection, ...]
    address_books: tuple[Collection, ...]


def probe(
    url: str, user: str, password: str, ca_file: Path | None = None, connect: Connect = _connect
) -> Probe:
    """Log in and list what could be picked; keeps nothing."""
    server = connect(check_url(url), user, password, ca_file)
    server.check()
    return Probe(tuple(server.calendars()), tuple(server.address_books()))
