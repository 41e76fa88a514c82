"""The agenda: one function decides what is owed, its status, its order and its advice."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from ghostless.core.agenda import AgendaItem, Repair, agenda_items, first_per_loop, owed_now
from ghostless.core.models import Event, EventKind, Loop, LoopKind, LoopStatus, Turn
from ghostless.core.planner import Status, is_expired, status_at
from ghostless.core.playbooks import FollowUpWindow, LoopFacts, Rule, follow_up_windows
from ghostless.core.settings import Settings
from ghostless.core.timeparse import localize

BERLIN = ZoneInfo("Europe/Berlin")
ELAPSED = Settings(count_working_days=False)
SIX_WEEKS = timedelta(weeks=6)


def nov(day: int, hour: int = 0, minute: int = 0) -> datetime:
    wall = datetime.combine(date(2026, 11, day), time(hour, minute))
    return localize(wall, BERLIN).astimezone(UTC)


def facts(kind: LoopKind, *events: tuple[EventKind, datetime], loop_id: int = 1) -> LoopFacts:
    loop = Loop(loop_id, 1, kind, "a matter", LoopStatus.OPEN, Turn.NOBODY, None, events[0][1])
    recorded = tuple(Event(i + 1, loop_id, k, at) for i, (k, at) in enumerate(events))
    return LoopFacts(loop, recorded)


def windows(*found: LoopFacts) -> list[FollowUpWindow]:
    return [w for f in found for w in follow_up_windows(f, ELAPSED, BERLIN)]


def recruiter(day: int, hour: int, loop_id: int) -> LoopFacts:
    return facts(LoopKind.RECRUITER_OUTREACH, (EventKind.RECEIVED, nov(day, hour)), loop_id=loop_id)


def lines(items: tuple[AgendaItem, ...]) -> list[tuple[int, Rule, Status]]:
    return [(i.loop_id, i.window.rule, i.status) for i in items]


def test_owed_now_first_then_waiting_rules_and_one_line_per_thing_owed() -> None:
    old = recruiter(2, 10, loop_id=1)  # overdue by the 20th
    fresh = recruiter(19, 10, loop_id=2)  # open on the 20th
    answered = facts(
        LoopKind.RECRUITER_OUTREACH,
        (EventKind.RECEIVED, nov(1, 10)),
        (EventKind.SENT, nov(1, 11)),
        loop_id=3,
    )
    items = agenda_items(
        windows(fresh, answered, old), nov(20, 12), snoozes={}, repair_after=SIX_WEEKS
    )
    assert lines(items) == [
        (1, Rule.REPLY, Status.OVERDUE),
        (2, Rule.REPLY, Status.OPEN),  # due on the 21st
        (3, Rule.OFFER_CLOSE, Status.UPCOMING),
    ]


def test_a_late_item_carries_its_repair_advice_counted_from_when_it_went_overdue() -> None:
    (reply,) = windows(recruiter(2, 10, loop_id=1))
    soon = reply.overdue_at + timedelta(weeks=5)
    (item,) = agenda_items([reply], soon, snoozes={}, repair_after=SIX_WEEKS)
    assert item.repair is Repair.APOLOGY
    assert item.repair_until == reply.overdue_at + SIX_WEEKS
    assert "short apology" in item.repair.advice
    (late,) = agenda_items(
        [reply], reply.overdue_at + SIX_WEEKS, snoozes={}, repair_after=SIX_WEEKS
    )
    assert late.repair is Repair.PURPOSE
    assert "real reason" in late.repair.advice
    shorter = agenda_items([reply], soon, snoozes={}, repair_after=timedelta(weeks=2))
    assert shorter[0].repair is Repair.PURPOSE  # the threshold is the user's setting


def test_nothing_is_predicted_an_item_not_yet_late_has_no_advice() -> None:
    (reply,) = windows(recruiter(19, 10, loop_id=1))
    for now in (reply.opens_at, reply.due_at, reply.overdue_at - timedelta(seconds=1)):
        (item,) = agenda_items([reply], now, snoozes={}, repair_after=SIX_WEEKS)
        assert item.repair is None
        assert item.repair_until is None


def test_waiting_rules_carry_no_repair_advice() -> None:
    answered = facts(
        LoopKind.RECRUITER_OUTREACH,
        (EventKind.RECEIVED, nov(1, 10)),
        (EventKind.SENT, nov(1, 11)),
    )
    (close,) = windows(answered)
    (item,) = agenda_items(
        [close], close.overdue_at + timedelta(days=1), snoozes={}, repair_after=SIX_WEEKS
    )
    assert item.status is Status.OVERDUE
    assert item.repair is None


def test_a_snoozed_item_is_listed_after_what_is_owed_now() -> None:
    a, b = windows(recruiter(2, 10, loop_id=1), recruiter(3, 10, loop_id=2))
    now = nov(20, 12)
    until = now + timedelta(hours=3)
    items = agenda_items([a, b], now, snoozes={a.reminders[0].key: until}, repair_after=SIX_WEEKS)
    assert [i.loop_id for i in items] == [2, 1]
    assert items[1].snoozed_until == until
    assert not items[1].owed_now
    assert owed_now(items) == (items[0],)
    later = agenda_items(
        [a, b],
        until + timedelta(minutes=1),
        snoozes={a.reminders[0].key: until},
        repair_after=SIX_WEEKS,
    )
    assert [i.loop_id for i in later] == [1, 2]  # the snooze is over


def test_a_still_going_check_leaves_once_the_interview_started() -> None:
    f = facts(LoopKind.INTERVIEW_SCHEDULED, (EventKind.MEETING, nov(26, 10)))
    found = windows(f)
    still_going = next(w for w in found if w.rule is Rule.STILL_GOING)
    before = agenda_items(found, nov(26, 9), snoozes={}, repair_after=SIX_WEEKS)
    assert still_going in [i.window for i in before]
    assert is_expired(still_going, nov(26, 10))
    after = agenda_items(found, nov(26, 10), snoozes={}, repair_after=SIX_WEEKS)
    assert still_going not in [i.window for i in after]


def test_first_per_loop_is_each_loops_first_line() -> None:
    f = facts(LoopKind.INTERVIEW_SCHEDULED, (EventKind.MEETING, nov(26, 10)), loop_id=7)
    items = agenda_items(
        windows(f, recruiter(2, 10, loop_id=8)), nov(25, 9), snoozes={}, repair_after=SIX_WEEKS
    )
    first = first_per_loop(items)
    assert set(first) == {7, 8}
    for loop_id, item in first.items():
        assert item == next(i for i in items if i.loop_id == loop_id)


# -- properties --------------------------------------------------------------------
_day = st.integers(min_value=1, max_value=28)
_hour = st.integers(min_value=0, max_value=23)
_kinds = st.sampled_from([LoopKind.RECRUITER_OUTREACH, LoopKind.OTHER, LoopKind.HELP_RECEIVED])


@st.composite
def ledgers(draw: st.DrawFn) -> list[FollowUpWindow]:
    found: list[FollowUpWindow] = []
    for loop_id in range(1, draw(st.integers(min_value=0, max_value=8)) + 1):
        first = nov(draw(_day), draw(_hour))
        events = [(EventKind.RECEIVED, first)]
        if draw(st.booleans()):
            events.append((EventKind.SENT, first + timedelta(hours=draw(_hour) + 1)))
        found += follow_up_windows(facts(draw(_kinds), *events, loop_id=loop_id), ELAPSED, BERLIN)
    return found


@settings(max_examples=200, deadline=None)
@given(found=ledgers(), day=_day, hour=_hour, snooze_hours=st.integers(0, 72), data=st.data())
def test_every_line_is_one_window_with_its_status_in_a_total_order(
    found: list[FollowUpWindow], day: int, hour: int, snooze_hours: int, data: st.DataObject
) -> None:
    now = nov(day, hour) + timedelta(days=20)
    keys = [r.key for w in found for r in w.reminders]
    snoozed = data.draw(st.sets(st.sampled_from(keys)) if keys else st.just(set()))
    snoozes = {key: now + timedelta(hours=snooze_hours) for key in snoozed}
    items = agenda_items(found, now, snoozes=snoozes, repair_after=SIX_WEEKS)
    assert {i.window.key for i in items} == {w.key for w in found if not is_expired(w, now)}
    for item in items:
        assert item.status is status_at(item.window, now)
        assert (item.repair is not None) == (
            item.status is Status.OVERDUE and not item.window.waiting
        )
    ranks = [(not i.owed_now, i.window.waiting, i.status.rank, i.window.due_at) for i in items]
    assert ranks == sorted(ranks)
    # The order does not depend on the order the windows came in.
    again = agenda_items(list(reversed(found)), now, snoozes=snoozes, repair_after=SIX_WEEKS)
    assert again == items
