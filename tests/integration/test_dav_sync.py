"""Owed items as tasks on a real CalDAV server (Radicale on loopback, over TLS).

Another client is played by the caldav library itself, as a phone's task app
would: it completes, moves and deletes the tasks Ghostless wrote.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest

from ghostless.core.clock import FixedClock
from ghostless.core.models import EventKind, LoopKind
from ghostless.services import dav_sync
from ghostless.services.dav_client import CaldavCollection, DavError, RemoteObject
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import ReminderService
from ghostless.services.secrets import MemorySecretStore
from tests.conftest import FRIDAY
from tests.integration.radicale_server import PASSWORD, USER, Radicale, start_radicale


@pytest.fixture
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    server = start_radicale(tmp_path_factory.mktemp("radicale"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def secrets() -> MemorySecretStore:
    return MemorySecretStore()


def _set_up(ledger: Ledger, radicale: Radicale, secrets: MemorySecretStore) -> dav_sync.SyncAccount:
    return dav_sync.setup(
        ledger, secrets, url=radicale.url, user=USER, password=PASSWORD, ca_file=radicale.ca
    )


def _reply_owed(ledger: Ledger, name: str = "Priya Raman", hours: int = 30) -> int:
    """A recruiter's message ``hours`` before Friday: a reply is owed."""
    contact = ledger.add_contact(name=name, org="Northwind Talent")
    return ledger.add_loop(
        contact_id=contact, kind=LoopKind.RECRUITER_OUTREACH, subject="Platform role",
        at=FRIDAY - timedelta(hours=hours), text="Would you be open to a chat?",
    )  # fmt: skip


def _phone(radicale: Radicale, calendar_url: str) -> Any:
    """The calendar as another client sees it, through the caldav library directly."""
    import caldav

    client = caldav.DAVClient(
        url=radicale.url, username=USER, password=PASSWORD, ssl_verify_cert=str(radicale.ca)
    )
    return client.calendar(url=calendar_url)


def _sync(ledger: Ledger, secrets: MemorySecretStore) -> dav_sync.SyncReport:
    return dav_sync.sync_now(ReminderService(ledger), secrets)


def test_owed_items_become_tasks_with_an_alarm_and_only_changes_are_sent(
    ledger: Ledger, radicale: Radicale, secrets: MemorySecretStore
) -> None:
    loop = _reply_owed(ledger)
    account = _set_up(ledger, radicale, secrets)
    assert secrets.get(dav_sync.password_key(USER, radicale.url)) == PASSWORD
    assert PASSWORD not in repr(dav_sync.status(ledger))

    report = _sync(ledger, secrets)
    assert report.ok, report.message
    owed = ReminderService(ledger).agenda()
    assert report.created == len(owed) >= 1

    todos = _phone(radicale, account.calendar_url).get_todos(include_completed=True)
    assert len(todos) == len(owed)
    task = todos[0].icalendar_component
    assert "Priya Raman" in str(task["SUMMARY"])
    assert "Platform role" in str(task["DESCRIPTION"])
    assert task.walk("VALARM")
    assert str(task["X-GHOSTLESS-LOOP"]) == str(loop)

    again = _sync(ledger, secrets)
    assert again.ok
    assert not again.changed
    assert again.unchanged == len(owed)


def test_the_phone_holds_the_most_urgent_items_and_a_task_stays_while_owed(
    ledger: Ledger, radicale: Radicale, secrets: MemorySecretStore
) -> None:
    for hours in (30, 40, 50, 60):
        _reply_owed(ledger, name=f"Person {hours}", hours=hours)
    account = _set_up(ledger, radicale, secrets)
    server = dav_sync.open_server(ledger, secrets)

    def sync() -> dav_sync.SyncReport:
        calendar = server.task_calendar(account.calendar_url)
        return dav_sync.TaskSync(ReminderService(ledger), calendar, phone_tasks=2).run()

    def on_phone() -> set[str]:
        todos = _phone(radicale, account.calendar_url).get_todos()
        return {str(t.icalendar_component["X-GHOSTLESS-LOOP"]) for t in todos}

    owed = [owed.loop.id for owed in ReminderService(ledger).agenda()]
    report = sync()
    assert (report.created, report.not_on_phone) == (2, len(owed) - 2)
    assert "wait for room on the phone" in report.summary()
    first_two = {str(loop) for loop in owed[:2]}
    assert on_phone() == first_two
    # Something more urgent comes in: it joins them; nothing is taken away to make room.
    urgent = _reply_owed(ledger, name="Person urgent", hours=70)
    assert ReminderService(ledger).agenda()[0].loop.id == urgent
    report = sync()
    assert (report.created, report.removed) == (1, 0)
    assert on_phone() == first_two | {str(urgent)}
    # Handled here: its task goes, and the next most urgent takes the room.
    for loop in (urgent, *owed[:2]):
        ledger.log_event(loop, EventKind.SENT, text="Thanks, happy to talk")
    report = sync()
    assert report.removed == 3
    assert on_phone() == {str(loop) for loop in owed[2:4]}
    server.close()


def test_the_phone_holds_every_owed_item_or_only_as_many_as_the_user_chose(
    ledger: Ledger, radicale: Radicale, secrets: MemorySecretStore
) -> None:
    from ghostless.services.dav_phone_tasks import phone_tasks, set_phone_tasks

    for hours in (30, 40, 50, 60, 65):
        _reply_owed(ledger, name=f"Person {hours}", hours=hours)
    account = _set_up(ledger, radicale, secrets)
    phone = _phone(radicale, account.calendar_url)
    phone.save_todo(summary="Buy milk", uid="milk@phone")  # the user's own task

    def on_phone() -> set[str]:
        todos = phone.get_todos()
        return {str(t.icalendar_component.get("X-GHOSTLESS-LOOP", "mine")) for t in todos}

    owed = [str(owed.loop.id) for owed in ReminderService(ledger).agenda()]
    assert len(owed) == 5
    assert phone_tasks(ledger) is None  # the default: every owed item
    report = _sync(ledger, secrets)
    assert (report.created, report.not_on_phone) == (5, 0)
    assert on_phone() == {*owed, "mine"}

    # Fewer chosen: the tasks beyond them go (only Ghostless's own), none is added.
    set_phone_tasks(ledger, 2)
    report = _sync(ledger, secrets)
    assert (report.created, report.removed, report.not_on_phone) == (0, 3, 3)
    assert on_phone() == {*owed[:2], "mine"}
    assert dav_sync.status(ledger)["phone_tasks"] == 2
    # The same choice again: a task on the phone stays while owed (nothing moves).
    assert not _sync(ledger, secrets).changed

    # Every owed item again: the three come back.
    set_phone_tasks(ledger, None)
    report = _sync(ledger, secrets)
    assert (report.created, report.removed, report.not_on_phone) == (3, 0, 0)
    assert on_phone() == {*owed, "mine"}


def test_a_task_completed_by_another_client_logs_a_message_sent(
    ledger: Ledger, radicale: Radicale, secrets: MemorySecretStore
) -> None:
    loop = _reply_owed(ledger)
    account = _set_up(ledger, radicale, secrets)
    assert _sync(ledger, secrets).created == 1
    (todo,) = _phone(radicale, account.calendar_url).get_todos()
    uid = str(todo.icalendar_component["UID"])
    todo.complete()

    report = _sync(ledger, secrets)
    assert report.ok
    assert report.done == 1
    sent = [e for e in ledger.events(loop) if e.kind is EventKind.SENT]
    assert len(sent) == 1
    assert "another app" in sent[0].text
    # The reply is no longer owed; only the wait on their side is left.
    assert all(o.window.waiting for o in ReminderService(ledger).loop_agenda(loop))
    # The completed task stays as the user left it; a later sync records nothing more.
    kept = _phone(radicale, account.calendar_url).get_todo_by_uid(uid)
    assert str(kept.icalendar_component["STATUS"]) == "COMPLETED"
    later = _sync(ledger, secrets)
    assert later.ok
    assert later.done == 0
    assert len([e for e in ledger.events(loop) if e.kind is EventKind.SENT]) == 1


def test_moving_the_due_date_snoozes_and_deleting_a_reply_puts_it_back(
    ledger: Ledger, radicale: Radicale, secrets: MemorySecretStore
) -> None:
    first = _reply_owed(ledger)
    account = _set_up(ledger, radicale, secrets)
    _sync(ledger, secrets)
    phone = _phone(radicale, account.calendar_url)
    (todo,) = phone.get_todos()
    later = FRIDAY + timedelta(days=4)
    todo.icalendar_component["DUE"].dt = later
    todo.save()

    report = _sync(ledger, secrets)
    assert report.ok
    assert report.snoozed == 1
    (owed,) = ReminderService(ledger).loop_agenda(first)
    assert owed.snoozed_until == later

    (todo,) = phone.get_todos()
    todo.delete()
    report = _sync(ledger, secrets)
    # A reply owed is ended politely, never dismissed: it is written again.
    assert report.ok
    assert report.put_back == 1
    assert report.dismissed == 0
    assert report.created == 1
    assert len(phone.get_todos()) == 1
    assert ReminderService(ledger).loop_agenda(first)


def test_a_task_no_longer_owed_is_removed_and_other_tasks_are_never_touched(
    ledger: Ledger, radicale: Radicale, secrets: MemorySecretStore
) -> None:
    loop = _reply_owed(ledger)
    account = _set_up(ledger, radicale, secrets)
    phone = _phone(radicale, account.calendar_url)
    phone.save_todo(summary="Buy milk", uid="milk@phone")
    _sync(ledger, secrets)
    assert len(phone.get_todos()) == 2
    ledger.log_event(loop, EventKind.SENT, text="Thanks, happy to talk")
    report = _sync(ledger, secrets)
    assert report.ok
    assert report.removed == 1
    left = [str(t.icalendar_component["SUMMARY"]) for t in phone.get_todos()]
    assert "Buy milk" in left
    assert not any(summary.startswith("Reply") for summary in left)


class _Interrupted(CaldavCollection):
    """The real calendar, with something happening between reading and writing."""

    def __init__(self, inner: CaldavCollection, between: Any, *, after_writes: int = 0) -> None:
        super().__init__(inner.server, inner.url)
        self.between = between
        self.after_writes = after_writes
        self.writes = 0

    def delta(self, token: str | None, known: Any = None) -> Any:
        found = super().delta(token, known)
        if not self.after_writes:
            self.between()
        return found

    def create(self, href: str, data: bytes) -> str | None:
        self.writes += 1
        if self.after_writes and self.writes > self.after_writes:
            self.between()
        return super().create(href, data)

    def get(self, href: str) -> RemoteObject | None:
        return super().get(href)


def _task_sync(
    ledger: Ledger, secrets: MemorySecretStore, connections: int = 1, **kw: Any
) -> dav_sync.TaskSync:
    """One write at a time unless asked: the test says which write the server dies at."""
    server = dav_sync.open_server(ledger, secrets)
    account = dav_sync.account(ledger)
    assert account is not None
    calendar = _Interrupted(server.task_calendar(account.calendar_url), **kw)
    return dav_sync.TaskSync(ReminderService(ledger), calendar, connections=connections)


def test_a_task_changed_on_the_server_meanwhile_is_not_overwritten_412(
    ledger: Ledger, radicale: Radicale, secrets: MemorySecretStore, clock: FixedClock
) -> None:
    loop = _reply_owed(ledger)
    account = _set_up(ledger, radicale, secrets)
    _sync(ledger, secrets)
    phone = _phone(radicale, account.calendar_url)
    # Snoozed here: the task must be rewritten; meanwhile the phone completes it.
    ReminderService(ledger).snooze(loop, FRIDAY + timedelta(days=2))

    def complete_on_phone() -> None:
        (todo,) = phone.get_todos()
        todo.complete()

    report = _task_sync(ledger, secrets, between=complete_on_phone).run()
    assert report.ok
    assert report.updated == 0
    assert any("changed on the server meanwhile" in note for note in report.notes)
    (todo,) = phone.get_todos(include_completed=True)
    assert str(todo.icalendar_component["STATUS"]) == "COMPLETED"  # not overwritten
    assert not [e for e in ledger.events(loop) if e.kind is EventKind.SENT]
    # The next sync reads the change and applies it, once.
    report = _sync(ledger, secrets)
    assert report.ok
    assert report.done == 1
    assert len([e for e in ledger.events(loop) if e.kind is EventKind.SENT]) == 1


def test_the_server_stopping_half_way_loses_and_doubles_nothing(
    ledger: Ledger, radicale: Radicale, secrets: MemorySecretStore
) -> None:
    for n in range(4):
        _reply_owed(ledger, name=f"Person {n}")
    account = _set_up(ledger, radicale, secrets)
    report = _task_sync(ledger, secrets, between=radicale.stop, after_writes=2).run()
    assert not report.ok
    assert "cannot be reached" in report.message
    assert dav_sync.last_report(ledger) == report
    assert dav_sync.status(ledger)["tasks"] == 2  # what reached the server, recorded

    radicale.start()
    report = _sync(ledger, secrets)
    assert report.ok, report.message
    assert report.created == 2
    uids = [
        t.icalendar_component["UID"] for t in _phone(radicale, account.calendar_url).get_todos()
    ]
    assert len(uids) == len(set(uids)) == 4


def test_the_server_stopping_during_writes_in_parallel_loses_and_doubles_nothing(
    ledger: Ledger, radicale: Radicale, secrets: MemorySecretStore
) -> None:
    for n in range(8):
        _reply_owed(ledger, name=f"Person {n}")
    account = _set_up(ledger, radicale, secrets)
    sync = _task_sync(ledger, secrets, connections=4, between=radicale.stop, after_writes=3)
    report = sync.run()
    assert isinstance(sync.calendar, CaldavCollection)
    sync.calendar.server.close()
    assert not report.ok
    assert "cannot be reached" in report.message
    recorded = dav_sync.status(ledger)["tasks"]
    assert recorded == report.created < 8
    radicale.start()
    # A write the server took as it stopped, unanswered, is on the server but not
    # recorded: the next sync finds it by its UID and takes it up.
    assert recorded <= len(_phone(radicale, account.calendar_url).get_todos())
    report = _sync(ledger, secrets)
    assert report.ok, report.message
    assert report.created == 8 - recorded
    uids = [
        t.icalendar_component["UID"] for t in _phone(radicale, account.calendar_url).get_todos()
    ]
    assert len(uids) == len(set(uids)) == 8
    assert dav_sync.status(ledger)["tasks"] == 8


def test_large_items_written_over_several_new_connections_all_arrive(
    ledger: Ledger, radicale: Radicale, secrets: MemorySecretStore
) -> None:
    """A new connection's first request used to go without the password: the server
    answered 401 and closed while a large item was still being sent (a broken write)."""
    from concurrent.futures import ThreadPoolExecutor
    from functools import partial

    from ghostless.services.dav_client import run_writes
    from ghostless.services.icalendar_write import journal_bytes

    account = _set_up(ledger, radicale, secrets)
    server = dav_sync.open_server(ledger, secrets)
    journal = server.task_calendar(account.ledger_url)
    journal.delta(None)  # the first connection logs in, as a sync's reading does
    with ThreadPoolExecutor(1) as pool:  # a writer's connection has the password at once
        assert pool.submit(lambda: server.client.auth is not None).result()
    big = "x" * 60_000
    broken = []
    for round_ in range(3):  # each round on new threads, so on new connections
        jobs = [
            partial(journal.create, f"{journal.url}big-{round_}-{n}.ics",
                    journal_bytes(f"big-{round_}-{n}", "big", "big", big, now=FRIDAY))
            for n in range(4)
        ]  # fmt: skip
        answers = run_writes(jobs, connections=4)
        broken += [str(answer) for _n, answer in answers if not isinstance(answer, str)]
    server.close()
    assert broken == []


def test_a_server_that_dies_while_read_applies_nothing(
    ledger: Ledger, radicale: Radicale, secrets: MemorySecretStore
) -> None:
    loop = _reply_owed(ledger)
    account = _set_up(ledger, radicale, secrets)
    _sync(ledger, secrets)
    (todo,) = _phone(radicale, account.calendar_url).get_todos()
    todo.complete()
    radicale.stop()
    report = _sync(ledger, secrets)
    assert not report.ok
    assert "will retry" in report.message
    assert not [e for e in ledger.events(loop) if e.kind is EventKind.SENT]
    radicale.start()
    assert _sync(ledger, secrets).done == 1


def test_an_untrusted_certificate_or_wrong_password_keeps_nothing(
    ledger: Ledger, radicale: Radicale, secrets: MemorySecretStore
) -> None:
    with pytest.raises(DavError, match="certificate could not be verified"):
        dav_sync.setup(ledger, secrets, url=radicale.url, user=USER, password=PASSWORD)
    with pytest.raises(DavError, match="refused the user name or password"):
        dav_sync.setup(
            ledger, secrets, url=radicale.url, user=USER, password="wrong", ca_file=radicale.ca
        )
    assert dav_sync.account(ledger) is None
    assert secrets.get(dav_sync.password_key(USER, radicale.url)) is None


class _Counting(CaldavCollection):
    def __init__(self, inner: CaldavCollection) -> None:
        super().__init__(inner.server, inner.url)
        self.fetched = 0

    def get(self, href: str) -> RemoteObject | None:
        self.fetched += 1
        return super().get(href)


def test_a_sync_never_fetches_back_what_it_wrote(
    ledger: Ledger, radicale: Radicale, secrets: MemorySecretStore
) -> None:
    for n in range(3):
        _reply_owed(ledger, name=f"Person {n}")
    account = _set_up(ledger, radicale, secrets)
    assert _sync(ledger, secrets).created == 3
    server = dav_sync.open_server(ledger, secrets)
    counting = _Counting(server.task_calendar(account.calendar_url))
    report = dav_sync.TaskSync(ReminderService(ledger), counting).run()
    assert report.ok
    assert not report.changed
    assert counting.fetched == 0
