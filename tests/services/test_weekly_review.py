"""The weekly review: off by default, due once a week at the start of working hours,
paused while away, counting the past seven days' answers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from ghostless.core.clock import FixedClock
from ghostless.core.insights import review_due_at
from ghostless.core.models import EventKind, LoopKind
from ghostless.core.planner import AwayReason
from ghostless.core.settings import Settings
from ghostless.services.insights import InsightsService
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import ReminderService
from tests.conftest import FRIDAY


def test_the_review_is_due_at_the_start_of_the_next_weeks_first_working_day() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    # Reviewed on Friday 20 November: next due Monday 23 November, 09:00 in Berlin.
    assert review_due_at(FRIDAY, FRIDAY, Settings(), berlin) == datetime(
        2026, 11, 23, 8, 0, tzinfo=UTC
    )
    # Never reviewed: due from this week's Monday morning, so now.
    assert review_due_at(None, FRIDAY, Settings(), berlin) <= FRIDAY


def test_the_review_is_off_by_default_then_due_once_a_week_and_paused_while_away(
    ledger: Ledger,
) -> None:
    clock = ledger.clock
    assert isinstance(clock, FixedClock)
    contact = ledger.add_contact(name="Priya", org="Northwind")
    for hours in (2, 30, 90):
        loop = ledger.add_loop(
            contact_id=contact,
            kind=LoopKind.RECRUITER_OUTREACH,
            subject=f"Role {hours}",
            at=FRIDAY - timedelta(days=5),
        )
        ledger.log_event(loop, EventKind.SENT, at=FRIDAY - timedelta(days=5, hours=-hours))
    ledger.add_loop(contact_id=contact, kind=LoopKind.OTHER, subject="Owed")
    service = InsightsService(ledger)
    assert service.review_due() is None  # off until the user turns it on
    service.set_review_enabled(True)
    week = service.review_due()
    assert week is not None
    assert week.text == "This week: 2 answered on time, 1 late, 1 still owed."
    service.mark_reviewed()
    assert service.review_due() is None
    clock.set(datetime(2026, 11, 23, 7, 59, tzinfo=UTC))  # Monday, 08:59 in Berlin
    assert service.review_due() is None
    clock.set(datetime(2026, 11, 23, 8, 0, tzinfo=UTC))
    reminders = ReminderService(ledger)
    reminders.away_on(AwayReason.ILLNESS)
    assert service.review_due() is None  # paused while away
    clock.advance(hours=2)
    reminders.away_off()
    assert service.review_due() is not None
    service.set_review_enabled(False)
    assert service.review_due() is None
