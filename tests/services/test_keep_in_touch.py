"""Keep in touch over a real store: the item is a stored window of the person's latest
loop, any event with them resets it, it follows tags, working hours, away mode and
snoozes, and the calendar export carries it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from ghostless.core.clock import FixedClock
from ghostless.core.models import EventKind, LoopKind, Outcome
from ghostless.core.planner import AwayReason, Status
from ghostless.core.windows import Rule
from ghostless.services.exports import calendar_items
from ghostless.services.keep_in_touch import KeepInTouchService
from ghostless.services.ledger import Ledger, contacts_of
from ghostless.services.reminders import ReminderService
from tests.conftest import FRIDAY

#: Friday 20 November 2026, 15:00 in Berlin.
DAY = timedelta(days=1)


def _keep(owed: list) -> list:  # type: ignore[type-arg]
    return [o for o in owed if o.window.rule is Rule.KEEP_IN_TOUCH]


def _person(ledger: Ledger, tags: tuple[str, ...] = ()) -> tuple[int, int]:
    contact = ledger.add_contact(name="Amara Okafor", org="Fjord Labs", tags=list(tags))
    loop = ledger.add_loop(
        contact_id=contact, kind=LoopKind.NETWORKING_CALL, subject="Coffee", at=FRIDAY
    )
    ledger.log_event(loop, EventKind.SENT, at=FRIDAY + timedelta(hours=2), text="Thanks!")
    ledger.close_loop(loop, Outcome.THANKED)
    return contact, loop


def test_no_cadence_no_item(ledger: Ledger) -> None:
    _person(ledger)
    service = ReminderService(ledger)
    assert _keep(service.agenda(FRIDAY + 400 * DAY)) == []


def test_the_item_opens_after_the_cadence_at_the_start_of_working_hours(ledger: Ledger) -> None:
    contact, loop = _person(ledger)
    KeepInTouchService(ledger).set_contact(contact, 30)
    service = ReminderService(ledger)
    [item] = _keep(service.agenda(FRIDAY + 31 * DAY))
    # Last contact: Friday 20 November, 17:00 Berlin; 30 days on is Sunday 20 December.
    # Working hours (weekdays, 09:00) hold the reminder until Monday 21 December, 09:00.
    assert item.loop.id == loop  # the closed loop holds it: the person's latest activity
    assert item.window.opens_at == datetime(2026, 12, 20, 8, 0, tzinfo=UTC)
    assert item.window.remind_at == datetime(2026, 12, 21, 8, 0, tzinfo=UTC)
    assert item.window.due_at == datetime(2026, 12, 27, 8, 0, tzinfo=UTC)
    assert item.window.action.label.startswith("Get back in touch")
    assert _keep(service.agenda(FRIDAY + 10 * DAY))[0].status is Status.UPCOMING
    late = _keep(service.agenda(FRIDAY + 60 * DAY))[0]
    assert late.status is Status.OVERDUE
    assert late.repair is None  # nobody is owed an apology for a catch-up


def test_any_event_with_that_person_resets_it_and_moves_it_to_the_new_loop(
    ledger: Ledger,
) -> None:
    clock = ledger.clock
    assert isinstance(clock, FixedClock)
    contact, old = _person(ledger)
    KeepInTouchService(ledger).set_contact(contact, 30)
    service = ReminderService(ledger)
    first = _keep(service.agenda(FRIDAY + 40 * DAY))[0].window
    later = FRIDAY + 20 * DAY
    clock.set(later)
    new = ledger.add_loop(
        contact_id=contact, kind=LoopKind.OTHER, subject="Saw your talk", at=later
    )
    [item] = _keep(service.agenda(later + 40 * DAY))
    assert item.loop.id == new
    assert item.window.key != first.key  # a new obligation, a new delivery key
    assert item.window.anchor == later
    assert item.window.opens_at > first.opens_at
    ledger.delete_loop(new, confirmed=True)
    [back] = _keep(service.agenda(later + 40 * DAY))
    assert back.loop.id == old


def test_a_tag_cadence_applies_to_its_contacts_and_the_shortest_wins(ledger: Ledger) -> None:
    contact, _loop = _person(ledger, tags=("mentor", "alumni"))
    keep = KeepInTouchService(ledger)
    assert keep.set_tag("alumni", 180) == 1
    keep.set_tag("mentor", 60)
    assert keep.effective_cadence(contact) == 60
    service = ReminderService(ledger)
    [item] = _keep(service.agenda(FRIDAY + 61 * DAY))
    assert item.window.opens_at.date() == (FRIDAY + 60 * DAY).date()
    keep.set_contact(contact, 14)  # the contact's own cadence comes first
    assert keep.effective_cadence(contact) == 14
    keep.set_contact(contact, None)
    keep.set_tag("mentor", None)
    keep.set_tag("alumni", None)
    assert _keep(service.agenda(FRIDAY + 400 * DAY)) == []


def test_muted_or_blocked_people_get_no_item(ledger: Ledger) -> None:
    contact, _loop = _person(ledger)
    KeepInTouchService(ledger).set_contact(contact, 30)
    contacts_of(ledger).set_flags(contact, muted=True, blocked=False, reason="", at=FRIDAY)
    assert _keep(ReminderService(ledger).agenda(FRIDAY + 40 * DAY)) == []


def test_it_is_delivered_like_any_reminder_paused_away_and_snoozable(ledger: Ledger) -> None:
    clock = ledger.clock
    assert isinstance(clock, FixedClock)
    contact, loop = _person(ledger)
    KeepInTouchService(ledger).set_contact(contact, 30)
    service = ReminderService(ledger)
    monday = datetime(2026, 12, 21, 8, 0, tzinfo=UTC)
    clock.set(monday - timedelta(hours=1))
    service.away_on(AwayReason.BURNOUT)
    clock.set(monday + timedelta(minutes=5))
    assert service.due_now().items == ()  # paused while away
    service.away_off()
    keys = service.snooze(loop, monday + 2 * DAY)  # a closed loop's keep-in-touch item
    assert keys
    assert service.due_now().items == ()
    delivered = service.deliver(monday + 2 * DAY + timedelta(minutes=1))
    assert [p.window.rule for p in delivered.items] == [Rule.KEEP_IN_TOUCH]


def test_the_calendar_export_carries_it(ledger: Ledger, tmp_path: Path) -> None:
    clock = ledger.clock
    assert isinstance(clock, FixedClock)
    contact, _loop = _person(ledger)
    KeepInTouchService(ledger).set_contact(contact, 30)
    clock.set(FRIDAY + 25 * DAY)
    items = calendar_items(ReminderService(ledger))
    assert [item.summary for item in items] == [
        "Get back in touch: it has been a while — Amara Okafor (Fjord Labs)"
    ]
