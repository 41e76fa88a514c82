"""The ledger's use cases, read against a clock the test moves by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ghostless.core.clock import FixedClock
from ghostless.core.errors import ConfirmationRequired, InputError, NotFoundError
from ghostless.core.models import EventKind, LoopKind, LoopStatus, Outcome, Turn
from ghostless.core.queries import LoopQuery
from ghostless.core.timeparse import parse_instant
from ghostless.services.ledger import Ledger
from ghostless.services.paths import DATABASE_NAME
from tests.conftest import FRIDAY
from tests.helpers.storefiles import dump


@pytest.fixture
def priya(ledger: Ledger) -> int:
    return ledger.add_contact(
        name=" Priya  Raman ", org="Northwind Talent", email="priya@northwind.example"
    )


def test_open_creates_the_data_folder_and_an_empty_ledger(ledger: Ledger, data_dir: Path) -> None:
    assert (data_dir / DATABASE_NAME).is_file()
    assert ledger.is_empty()
    assert ledger.list_loops() == []


def test_add_contact_cleans_and_stamps_with_the_clock(ledger: Ledger, priya: int) -> None:
    contact = ledger.contact(priya)
    assert (contact.name, contact.org, contact.created_at) == (
        "Priya Raman",
        "Northwind Talent",
        FRIDAY,
    )
    assert not ledger.is_empty()


def test_bad_contact_input_writes_nothing(ledger: Ledger, data_dir: Path) -> None:
    before = dump(data_dir / DATABASE_NAME)
    with pytest.raises(InputError) as caught:
        ledger.add_contact(name="Anna", email="not-an-address")
    assert caught.value.field == "email"
    assert dump(data_dir / DATABASE_NAME) == before


def test_add_loop_defaults_to_now_and_opens_with_the_trigger(
    ledger: Ledger, clock: FixedClock, priya: int
) -> None:
    loop_id = ledger.add_loop(
        contact_id=priya,
        kind=LoopKind.RECRUITER_OUTREACH,
        subject="  Senior   backend role ",
        text="  Open to a chat?  ",
    )
    loop = ledger.loop(loop_id)
    assert (loop.subject, loop.opened_at, loop.turn, loop.turn_since) == (
        "Senior backend role",
        FRIDAY,
        Turn.MINE,
        FRIDAY,
    )
    assert (loop.contact_name, loop.contact_org) == ("Priya Raman", "Northwind Talent")
    events = ledger.events(loop_id)
    assert [(e.kind, e.at, e.text) for e in events] == [
        (EventKind.RECEIVED, FRIDAY, "Open to a chat?")
    ]

    clock.advance(hours=2)
    later = ledger.add_loop(contact_id=priya, kind=LoopKind.OTHER, subject="Coffee")
    assert ledger.loop(later).opened_at == FRIDAY + timedelta(hours=2)


def test_add_loop_takes_an_explicit_time(ledger: Ledger, priya: int) -> None:
    when = parse_instant("2026-11-18T09:30", ledger.zone)
    loop_id = ledger.add_loop(contact_id=priya, kind=LoopKind.JOB_OFFER, subject="Offer", at=when)
    assert ledger.loop(loop_id).opened_at == datetime(2026, 11, 18, 8, 30, tzinfo=UTC)


def test_add_loop_refuses_bad_input_and_writes_nothing(
    ledger: Ledger, data_dir: Path, priya: int
) -> None:
    before = dump(data_dir / DATABASE_NAME)
    with pytest.raises(InputError) as caught:
        ledger.add_loop(contact_id=priya, kind=LoopKind.OTHER, subject="   ")
    assert caught.value.field == "subject"
    with pytest.raises(NotFoundError) as caught:
        ledger.add_loop(contact_id=priya + 100, kind=LoopKind.OTHER, subject="S")
    assert caught.value.field == "contact"
    assert dump(data_dir / DATABASE_NAME) == before


def test_log_event_defaults_to_now_and_moves_the_turn(
    ledger: Ledger, clock: FixedClock, priya: int
) -> None:
    loop_id = ledger.add_loop(contact_id=priya, kind=LoopKind.RECRUITER_OUTREACH, subject="Role")
    clock.advance(hours=20)
    event_id = ledger.log_event(loop_id, EventKind.SENT, text=" Not looking right now ")
    reply_at = FRIDAY + timedelta(hours=20)
    event = ledger.events(loop_id)[-1]
    assert (event.id, event.kind, event.at, event.text) == (
        event_id,
        EventKind.SENT,
        reply_at,
        "Not looking right now",
    )
    loop = ledger.loop(loop_id)
    assert (loop.turn, loop.turn_since, loop.last_event_at) == (Turn.THEIRS, reply_at, reply_at)

    earlier = FRIDAY - timedelta(days=1)
    ledger.log_event(loop_id, EventKind.NOTE, at=earlier, text="found their profile")
    assert [e.at for e in ledger.events(loop_id)] == [earlier, FRIDAY, reply_at]

    with pytest.raises(NotFoundError):
        ledger.log_event(loop_id + 1, EventKind.SENT)


def test_close_stamps_now_and_reopen_brings_it_back(
    ledger: Ledger, clock: FixedClock, priya: int
) -> None:
    loop_id = ledger.add_loop(contact_id=priya, kind=LoopKind.RECRUITER_OUTREACH, subject="Role")
    clock.advance(days=1)
    ledger.close_loop(loop_id, Outcome.DECLINED)
    loop = ledger.loop(loop_id)
    assert (loop.status, loop.outcome, loop.closed_at, loop.turn) == (
        LoopStatus.CLOSED,
        Outcome.DECLINED,
        FRIDAY + timedelta(days=1),
        Turn.NOBODY,
    )
    assert ledger.list_loops() == []
    assert ledger.waited_seconds(loop) is None

    ledger.reopen_loop(loop_id)
    loop = ledger.loop(loop_id)
    assert (loop.status, loop.outcome, loop.closed_at, loop.turn, loop.turn_since) == (
        LoopStatus.OPEN,
        None,
        None,
        Turn.MINE,
        FRIDAY,
    )
    assert [found.id for found in ledger.list_loops()] == [loop_id]


def test_archive_keeps_the_record(ledger: Ledger, clock: FixedClock, priya: int) -> None:
    loop_id = ledger.add_loop(contact_id=priya, kind=LoopKind.OTHER, subject="Old thread")
    clock.advance(days=3)
    ledger.archive_loop(loop_id)
    loop = ledger.loop(loop_id)
    assert (loop.status, loop.closed_at) == (LoopStatus.ARCHIVED, FRIDAY + timedelta(days=3))
    assert len(ledger.events(loop_id)) == 1
    assert [found.id for found in ledger.list_loops(LoopQuery(include_closed=True))] == [loop_id]


def test_delete_asks_before_dropping_an_unanswered_message(
    ledger: Ledger, data_dir: Path, priya: int
) -> None:
    loop_id = ledger.add_loop(contact_id=priya, kind=LoopKind.RECRUITER_OUTREACH, subject="Role")
    before = dump(data_dir / DATABASE_NAME)
    with pytest.raises(ConfirmationRequired):
        ledger.delete_loop(loop_id)
    assert dump(data_dir / DATABASE_NAME) == before
    ledger.delete_loop(loop_id, confirmed=True)
    with pytest.raises(NotFoundError):
        ledger.loop(loop_id)
    assert ledger.events(loop_id) == []


def test_waited_seconds_counts_from_the_turn_change(
    ledger: Ledger, clock: FixedClock, priya: int
) -> None:
    loop_id = ledger.add_loop(contact_id=priya, kind=LoopKind.RECRUITER_OUTREACH, subject="Role")
    assert ledger.waited_seconds(ledger.loop(loop_id)) == 0.0
    clock.advance(hours=3)
    assert ledger.waited_seconds(ledger.loop(loop_id)) == 3 * 3600
    ledger.log_event(loop_id, EventKind.NOTE)
    clock.advance(hours=1)
    assert ledger.waited_seconds(ledger.loop(loop_id)) == 4 * 3600
    ledger.log_event(loop_id, EventKind.SENT)
    clock.advance(minutes=30)
    assert ledger.waited_seconds(ledger.loop(loop_id)) == 30 * 60
    # A reply dated in the future never counts as a negative wait.
    ledger.log_event(loop_id, EventKind.RECEIVED, at=clock.now() + timedelta(hours=5))
    assert ledger.waited_seconds(ledger.loop(loop_id)) == 0.0


def test_update_contact_and_loop(ledger: Ledger, clock: FixedClock, priya: int) -> None:
    loop_id = ledger.add_loop(contact_id=priya, kind=LoopKind.OTHER, subject="Chat")
    other = ledger.add_contact(name="Tomasz Nowak")
    ledger.update_contact(priya, name="Priya R. Menon", url="menon.example")
    assert ledger.contact(priya).url == "https://menon.example"
    assert [loop.id for loop in ledger.list_loops(LoopQuery(text="menon"))] == [loop_id]

    ledger.update_loop(loop_id, contact_id=other, kind=LoopKind.JOB_OFFER, subject=" Offer ")
    loop = ledger.loop(loop_id)
    assert (loop.contact_name, loop.kind, loop.subject) == (
        "Tomasz Nowak",
        LoopKind.JOB_OFFER,
        "Offer",
    )
    assert ledger.list_loops(LoopQuery(text="menon")) == []
    with pytest.raises(NotFoundError):
        ledger.update_loop(loop_id, contact_id=999, kind=LoopKind.OTHER, subject="S")
    with pytest.raises(NotFoundError):
        ledger.update_contact(999, name="Nobody")
