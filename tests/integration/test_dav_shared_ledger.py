"""The same ledger on two desktops (two data folders) through one real Radicale.

Each desktop has its own clock; a third client (the caldav library, as a phone)
completes a follow-up. After the syncs, all three agree.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from ghostless.core.clock import FixedClock
from ghostless.core.models import EventKind, LoopKind, LoopStatus, Outcome
from ghostless.services import dav_sync
from ghostless.services.dav_client import CaldavCollection, Delta
from ghostless.services.ledger import Ledger
from ghostless.services.ledger_sync import LedgerSync
from ghostless.services.reminders import ReminderService
from ghostless.services.secrets import MemorySecretStore
from tests.conftest import FRIDAY
from tests.integration.radicale_server import PASSWORD, USER, Radicale, start_radicale

ZONE = ZoneInfo("Europe/Berlin")


@pytest.fixture
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    server = start_radicale(tmp_path_factory.mktemp("radicale"))
    try:
        yield server
    finally:
        server.stop()


class Desktop:
    """One Ghostless install: its data folder, clock and keyring."""

    def __init__(self, folder: Path, radicale: Radicale) -> None:
        self.clock = FixedClock(FRIDAY)
        self.ledger = Ledger.open(folder, self.clock, ZONE)
        self.secrets = MemorySecretStore()
        self.account = dav_sync.setup(
            self.ledger, self.secrets, url=radicale.url, user=USER, password=PASSWORD,
            ca_file=radicale.ca,
        )  # fmt: skip

    def sync(self) -> dav_sync.SyncReport:
        report = dav_sync.sync_now(ReminderService(self.ledger), self.secrets)
        assert report.ok, report.message
        return report

    def loop_by_subject(self, subject: str) -> Any:
        (found,) = [loop for loop in self.ledger.list_loops() if subject in loop.subject] or [None]
        return found


@pytest.fixture
def desktops(tmp_path: Path, radicale: Radicale) -> Iterator[tuple[Desktop, Desktop]]:
    a, b = Desktop(tmp_path / "a", radicale), Desktop(tmp_path / "b", radicale)
    try:
        yield a, b
    finally:
        a.ledger.close()
        b.ledger.close()


def _all_loops(desktop: Desktop) -> list[Any]:
    from ghostless.core.queries import LoopQuery

    return desktop.ledger.list_loops(LoopQuery(include_closed=True))


def _record(desktop: Desktop) -> dict[str, Any]:
    """Everything the two desktops must agree on, by subject (ids differ between them)."""
    found = {}
    for loop in _all_loops(desktop):
        events = desktop.ledger.events(loop.id)
        found[loop.subject] = (
            loop.kind, loop.status, loop.outcome, loop.contact_name,
            desktop.ledger.follow_up_fields(loop.id).deadline,
            sorted((e.kind.value, e.at.isoformat(), e.text) for e in events),
        )  # fmt: skip
    return found


def test_add_on_one_answer_on_the_other_complete_on_the_phone_and_all_agree(
    desktops: tuple[Desktop, Desktop], radicale: Radicale
) -> None:
    a, b = desktops
    contact = a.ledger.add_contact(name="Priya Raman", org="Northwind", email="priya@example.com")
    a.ledger.add_loop(
        contact_id=contact, kind=LoopKind.RECRUITER_OUTREACH, subject="Platform role",
        at=FRIDAY - timedelta(hours=30), text="Open to a chat?",
    )  # fmt: skip
    sent = a.sync()
    assert (sent.contacts_sent, sent.loops_sent) == (1, 1)
    got = b.sync()
    assert (got.contacts_received, got.loops_received, got.events_received) == (1, 1, 1)
    assert _record(a) == _record(b)
    assert b.ledger.search_contacts("Priya")[0].email == "priya@example.com"
    # Both desktops write the same task for the same thing owed: one on the phone.
    import caldav

    phone = caldav.DAVClient(
        url=radicale.url, username=USER, password=PASSWORD, ssl_verify_cert=str(radicale.ca)
    ).calendar(url=a.account.calendar_url)
    assert len(phone.get_todos()) == 1

    # Answered on B; a follow-up then becomes owed on both.
    b.clock.advance(hours=2)
    loop_b = b.loop_by_subject("Platform role")
    b.ledger.log_event(loop_b.id, EventKind.SENT, text="Happy to talk next week")
    b.clock.advance(minutes=20)
    b.ledger.log_event(loop_b.id, EventKind.RECEIVED, text="Great, Tuesday?")
    b.sync()
    a.clock.advance(hours=3)
    assert a.sync().events_received == 2
    assert _record(a) == _record(b)

    # The phone completes the reply now owed; both desktops log it once between them.
    (todo,) = [t for t in phone.get_todos() if "Reply" in str(t.icalendar_component["SUMMARY"])]
    todo.complete()
    assert a.sync().done == 1
    b.clock.advance(hours=2)
    b.sync()
    a.sync()
    assert _record(a) == _record(b)
    events = _record(a)["Platform role"][-1]
    assert [kind for kind, _at, _text in events].count("sent") == 2
    assert len(events) == 4

    def owed(desktop: Desktop) -> list[tuple[str, Any]]:
        plan = ReminderService(desktop.ledger).plan()
        return sorted((w.rule.value, w.due_at) for w in plan.windows)

    assert owed(a) == owed(b)  # the playbooks read the same conversation on both
    assert phone.get_todos() == [] or all(
        "Reply" not in str(t.icalendar_component["SUMMARY"]) for t in phone.get_todos()
    )


def test_offline_edits_on_both_then_reconnect(desktops: tuple[Desktop, Desktop]) -> None:
    a, b = desktops
    contact = a.ledger.add_contact(name="Amara Okafor")
    loop_a = a.ledger.add_loop(
        contact_id=contact, kind=LoopKind.JOB_OFFER, subject="Offer", at=FRIDAY - timedelta(days=1)
    )
    a.sync()
    b.sync()
    loop_b = b.loop_by_subject("Offer").id
    # Offline: A renames it and notes something; later B sets the deadline and notes too.
    a.clock.advance(hours=1)
    a.ledger.update_loop(loop_a, contact_id=contact, kind=LoopKind.JOB_OFFER,
                         subject="Offer from Globex")  # fmt: skip
    a.ledger.log_event(loop_a, EventKind.NOTE, text="Salary band shared")
    b.clock.advance(hours=2)
    deadline = FRIDAY + timedelta(days=7)
    b.ledger.set_deadline(loop_b, deadline)
    b.ledger.log_event(loop_b, EventKind.NOTE, text="Asked for a week")
    # Reconnect, in either order.
    b.sync()
    a.sync()
    b.sync()
    assert _record(a) == _record(b)
    record = _record(a)["Offer from Globex"]
    assert record[4] == deadline
    assert {text for _k, _at, text in record[-1]} >= {"Salary band shared", "Asked for a week"}
    assert b.sync().changed is False
    assert a.sync().changed is False


def test_closed_on_one_and_snoozed_on_the_other(desktops: tuple[Desktop, Desktop]) -> None:
    a, b = desktops
    contact = a.ledger.add_contact(name="Lee Chen")
    loop_a = a.ledger.add_loop(
        contact_id=contact, kind=LoopKind.RECRUITER_OUTREACH, subject="Data role",
        at=FRIDAY - timedelta(hours=30),
    )  # fmt: skip
    a.sync()
    b.sync()
    loop_b = b.loop_by_subject("Data role").id
    a.clock.advance(hours=1)
    a.ledger.close_loop(loop_a, Outcome.DECLINED)
    b.clock.advance(hours=1, minutes=30)
    assert ReminderService(b.ledger).snooze(loop_b, FRIDAY + timedelta(days=1))
    b.sync()
    a.sync()
    b.sync()
    # Closing is a change to the loop; a snooze is this desktop's reminder only: the
    # loop is closed on both, and nothing is owed on either.
    assert b.ledger.loop(loop_b).status is LoopStatus.CLOSED
    assert b.ledger.loop(loop_b).outcome is Outcome.DECLINED
    assert _record(a) == _record(b)
    assert ReminderService(b.ledger).loop_agenda(loop_b) == []
    assert dav_sync.status(a.ledger)["conflicts"] == []


def test_a_change_the_clocks_cannot_order_is_shown_never_settled(
    desktops: tuple[Desktop, Desktop],
) -> None:
    a, b = desktops
    contact = a.ledger.add_contact(name="Sam Ode")
    loop_a = a.ledger.add_loop(
        contact_id=contact, kind=LoopKind.OTHER, subject="Talk", at=FRIDAY - timedelta(hours=1)
    )
    a.sync()
    b.sync()
    loop_b = b.loop_by_subject("Talk").id
    a.ledger.update_loop(loop_a, contact_id=contact, kind=LoopKind.OTHER, subject="Talk A")
    b.clock.advance(seconds=30)  # the same moment, as far as two clocks can tell
    b_contact = b.ledger.loop(loop_b).contact_id
    b.ledger.update_loop(loop_b, contact_id=b_contact, kind=LoopKind.OTHER, subject="Talk B")
    a.sync()
    report = b.sync()
    assert report.conflicts == 1
    assert "conflicts to settle" in report.summary()
    assert b.ledger.loop(loop_b).subject == "Talk B"  # never settled silently
    (conflict,) = dav_sync.status(b.ledger)["conflicts"]
    assert (conflict["field"], conflict["mine"], conflict["theirs"]) == (
        "subject", "Talk B", "Talk A"
    )  # fmt: skip
    assert conflict["loop_id"] == str(loop_b)
    assert a.ledger.loop(loop_a).subject == "Talk A"
    # The user settles it on B: that value is set now, so every desktop takes it.
    from ghostless.services.ledger_sync import settle

    b.clock.advance(minutes=10)
    assert settle(b.ledger, loop_b, "subject", take_theirs=False) == "Talk B"
    assert dav_sync.status(b.ledger)["conflicts"] == []
    b.sync()
    a.clock.advance(minutes=15)
    a.sync()
    assert a.ledger.loop(loop_a).subject == "Talk B"
    assert dav_sync.status(a.ledger)["conflicts"] == []
    assert _record(a) == _record(b)


class _Raced(CaldavCollection):
    """The ledger calendar, with the other desktop syncing between read and write."""

    def __init__(self, inner: CaldavCollection, between: Any) -> None:
        super().__init__(inner.server, inner.url)
        self.between = between

    def delta(self, token: str | None, known: Any = None) -> Delta:
        found = super().delta(token, known)
        self.between()
        self.between = lambda: None
        return found


def test_a_loop_written_by_the_other_desktop_meanwhile_is_merged_not_overwritten_412(
    desktops: tuple[Desktop, Desktop],
) -> None:
    a, b = desktops
    contact = a.ledger.add_contact(name="Kim Park")
    loop_a = a.ledger.add_loop(
        contact_id=contact, kind=LoopKind.OTHER, subject="Intro", at=FRIDAY - timedelta(hours=1)
    )
    a.sync()
    b.sync()
    a.ledger.log_event(loop_a, EventKind.NOTE, text="from A")
    loop_b = b.loop_by_subject("Intro").id
    b.ledger.log_event(loop_b, EventKind.NOTE, text="from B")

    server = dav_sync.open_server(a.ledger, a.secrets)
    raced = _Raced(server.task_calendar(a.account.ledger_url), b.sync)
    shared = LedgerSync(a.ledger, raced, server.address_book(a.account.address_book_url))
    report = dav_sync.TaskSync(
        ReminderService(a.ledger), server.task_calendar(a.account.calendar_url), shared
    ).run()
    assert report.ok
    assert report.loops_sent == 0
    assert any("changed on the server meanwhile" in note for note in report.notes)
    a.sync()
    b.sync()
    assert _record(a) == _record(b)
    texts = {text for _k, _at, text in _record(a)["Intro"][-1]}
    assert {"from A", "from B"} <= texts


def test_a_conflict_is_listed_and_settled_in_settings_sync(
    qtbot: Any, desktops: tuple[Desktop, Desktop]
) -> None:
    from ghostless.ui.sync.page import SyncPage
    from ghostless.ui.sync.runner import SyncRunner

    a, b = desktops
    contact = a.ledger.add_contact(name="Ola Berg")
    loop_a = a.ledger.add_loop(
        contact_id=contact, kind=LoopKind.OTHER, subject="Call", at=FRIDAY - timedelta(hours=1)
    )
    a.sync()
    b.sync()
    loop_b = b.loop_by_subject("Call").id
    a.ledger.set_deadline(loop_a, FRIDAY + timedelta(days=2))
    b.ledger.set_deadline(loop_b, FRIDAY + timedelta(days=3))
    a.sync()
    assert b.sync().conflicts == 1
    page = SyncPage(SyncRunner(b.ledger, b.secrets))
    qtbot.addWidget(page)
    assert page.conflict_list.count() == 1
    assert "deadline" in page.conflict_list.item(0).text()
    b.clock.advance(minutes=5)
    page.take_theirs_button.click()
    assert page.conflict_list.count() == 0
    assert b.ledger.follow_up_fields(loop_b).deadline == FRIDAY + timedelta(days=2)
    assert "now" in page.message_label.text()


def _journal_entries(radicale: Radicale, url: str) -> list[Any]:
    import caldav

    client = caldav.DAVClient(
        url=radicale.url, username=USER, password=PASSWORD, ssl_verify_cert=str(radicale.ca)
    )
    return list(client.calendar(url=url).get_journals())


def test_the_loops_travel_in_a_few_journal_entries_not_one_each(
    desktops: tuple[Desktop, Desktop], radicale: Radicale
) -> None:
    from ghostless.core.shared_record import BATCHES

    a, b = desktops
    contact = a.ledger.add_contact(name="Noor Haddad")
    for n in range(BATCHES + 8):
        a.ledger.add_loop(
            contact_id=contact, kind=LoopKind.OTHER, subject=f"Matter {n}",
            at=FRIDAY - timedelta(hours=n + 1), text=f"About matter {n}",
        )  # fmt: skip
    assert a.sync().loops_sent == BATCHES + 8
    entries = _journal_entries(radicale, a.account.ledger_url)
    assert len(entries) <= BATCHES  # one write per batch, not per loop
    got = b.sync()
    assert (got.loops_received, got.events_received) == (BATCHES + 8, BATCHES + 8)
    assert _record(a) == _record(b)
    # One loop changed: only its batch is written again, and the other desktop takes it.
    loop = a.loop_by_subject("Matter 7")
    a.clock.advance(hours=1)
    a.ledger.log_event(loop.id, EventKind.NOTE, text="Called back")
    assert a.sync().loops_sent == 1
    assert b.sync().events_received == 1
    assert _record(a) == _record(b)
    assert len(_journal_entries(radicale, a.account.ledger_url)) == len(entries)


def test_a_loop_this_desktop_cannot_take_yet_is_carried_on_in_its_batch(
    desktops: tuple[Desktop, Desktop], radicale: Radicale
) -> None:
    """Another desktop's loop whose contact card has not arrived: this desktop leaves
    it out of its ledger, keeps it in the batch it writes, and takes it once the card
    is there."""
    import itertools

    import niquests

    from ghostless.core.shared_record import (
        FIELDS,
        SharedEvent,
        SharedLoop,
        batch_entries,
        batch_of,
        batch_text,
    )
    from ghostless.services.icalendar_write import journal_bytes, journal_record

    a, b = desktops
    contact = a.ledger.add_contact(name="Ines Duarte")
    mine = a.ledger.add_loop(
        contact_id=contact, kind=LoopKind.OTHER, subject="Advice", at=FRIDAY - timedelta(hours=2)
    )
    a.sync()
    from ghostless.services.ledger import store_of
    from ghostless.store.dav import SharedRepository

    uids = SharedRepository(store_of(a.ledger)).ids_by_uid("loops")
    batch = batch_of(next(uid for uid, loop_id in uids.items() if loop_id == mine))
    href = f"{a.account.ledger_url}ghostless-ledger-{batch:02d}.ics"
    auth, ca = (USER, PASSWORD), str(radicale.ca)
    # A third desktop writes a loop into the same batch before its contact's card.
    uid = next(u for u in (f"elsewhere-{n}" for n in itertools.count()) if batch_of(u) == batch)
    at = FRIDAY.isoformat()
    values = {"subject": "Referral", "kind": "other", "status": "open||", "deadline": ""}
    said = SharedEvent(f"{uid}-1", "received", at, "Happy to refer you", at)
    theirs = SharedLoop(uid, "card-elsewhere", at, "", values, dict.fromkeys(FIELDS, at), (said,))
    found = niquests.get(href, auth=auth, verify=ca)
    entries = batch_entries(journal_record(found.content) or "")
    entries[uid] = theirs.to_dict()
    body = batch_text(entries)
    put = niquests.put(
        href, data=journal_bytes(f"ghostless-ledger-{batch:02d}", "x", "x", body, now=FRIDAY),
        auth=auth, verify=ca,
        headers={"If-Match": found.headers["ETag"], "Content-Type": "text/calendar"},
    )  # fmt: skip
    assert put.status_code == 204

    report = b.sync()
    assert any("its contact is not here yet" in note for note in report.notes)
    assert b.loop_by_subject("Referral") is None
    # B changes its own loop in that batch: the loop it could not take stays there.
    b.clock.advance(hours=1)
    b.ledger.log_event(b.loop_by_subject("Advice").id, EventKind.NOTE, text="Read it")
    assert b.sync().loops_sent == 1
    kept = batch_entries(journal_record(niquests.get(href, auth=auth, verify=ca).content) or "")
    assert kept[uid] == theirs.to_dict()
    # The card arrives: the next sync takes the loop in.
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:card-elsewhere\r\nFN:Ravi Menon\r\n"
        "N:Menon;Ravi;;;\r\nEND:VCARD\r\n"
    )
    niquests.put(
        f"{a.account.address_book_url}card-elsewhere.vcf", data=card.encode(), auth=auth,
        verify=ca, headers={"If-None-Match": "*", "Content-Type": "text/vcard"},
    )  # fmt: skip
    report = b.sync()
    assert report.loops_received == 1
    assert b.loop_by_subject("Referral").contact_name == "Ravi Menon"
