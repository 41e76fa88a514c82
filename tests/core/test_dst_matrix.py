"""The daylight-saving matrix: five zones, both 2026 transitions each.

For every transition: a rule anchored to local calendar days keeps its local
time across the change while an elapsed-hours rule keeps its length; a wall
time inside the spring gap moves to the first instant that exists after it;
a wall time inside the autumn fold is delivered once. Asia/Kolkata has no
daylight saving and must behave plainly. Changing the user's zone moves the
local-anchored windows and leaves the elapsed ones where they were.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from ghostless.core.models import Event, EventKind, Loop, LoopKind, LoopStatus, Turn
from ghostless.core.planner import due_now
from ghostless.core.playbooks import FollowUpWindow, LoopFacts, Rule, follow_up_windows
from ghostless.core.settings import Settings
from ghostless.core.timeparse import localize
from ghostless.core.working_hours import WorkingHours

ZONES = ("America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Kolkata", "Pacific/Chatham")


class Transition:
    """One clock change: its local date, gap or fold, and a wall time inside it."""

    def __init__(self, zone: str, day: date, kind: str, inside: time, after: time) -> None:
        self.zone = ZoneInfo(zone)
        self.name = zone
        self.day = day
        self.kind = kind
        self.inside = inside  # a wall time that is skipped (gap) or happens twice (fold)
        self.after = after  # the wall time the clocks show right after the change

    def __repr__(self) -> str:
        return f"{self.name} {self.day} {self.kind}"


TRANSITIONS = [
    Transition("America/New_York", date(2026, 3, 8), "gap", time(2, 30), time(3)),
    Transition("America/New_York", date(2026, 11, 1), "fold", time(1, 30), time(1)),
    Transition("Europe/Berlin", date(2026, 3, 29), "gap", time(2, 30), time(3)),
    Transition("Europe/Berlin", date(2026, 10, 25), "fold", time(2, 30), time(2)),
    Transition("Australia/Sydney", date(2026, 4, 5), "fold", time(2, 30), time(2)),
    Transition("Australia/Sydney", date(2026, 10, 4), "gap", time(2, 30), time(3)),
    Transition("Pacific/Chatham", date(2026, 4, 5), "fold", time(3, 15), time(2, 45)),
    Transition("Pacific/Chatham", date(2026, 9, 27), "gap", time(3, 15), time(3, 45)),
]
GAPS = [t for t in TRANSITIONS if t.kind == "gap"]
FOLDS = [t for t in TRANSITIONS if t.kind == "fold"]
KOLKATA = ZoneInfo("Asia/Kolkata")
EVERY_DAY = Settings(working_hours=WorkingHours(weekends=True), count_working_days=False)
#: Reply windows in elapsed hours, the other counting mode.
ELAPSED = Settings(count_working_days=False)
#: Reply windows in working days, every day a working day (so the change day counts).
WORKING_EVERY_DAY = Settings(
    working_hours=WorkingHours(start=time(0), end=time(23, 59), weekends=True),
    count_working_days=True,
)


def changes_in_2026(zone: ZoneInfo) -> list[tuple[datetime, timedelta, timedelta]]:
    """Every offset change in 2026 as (instant, offset before, offset after)."""
    found = []
    step = timedelta(minutes=15)
    instant = datetime(2026, 1, 1, tzinfo=UTC)
    offset = instant.astimezone(zone).utcoffset()
    while instant.year == 2026:
        instant += step
        now = instant.astimezone(zone).utcoffset()
        assert now is not None
        assert offset is not None
        if now != offset:
            found.append((instant, offset, now))
            offset = now
    return found


def at_local(zone: ZoneInfo, day: date, wall: time) -> datetime:
    return localize(datetime.combine(day, wall), zone).astimezone(UTC)


def make_facts(kind: LoopKind, *events: tuple[EventKind, datetime]) -> LoopFacts:
    loop = Loop(
        id=7,
        contact_id=1,
        kind=kind,
        subject="a matter",
        status=LoopStatus.OPEN,
        turn=Turn.NOBODY,
        turn_since=None,
        opened_at=events[0][1],
    )
    recorded = tuple(Event(i + 1, 7, k, at) for i, (k, at) in enumerate(events))
    return LoopFacts(loop, recorded)


def waiting_after_interview(zone: ZoneInfo, sent_on: date) -> LoopFacts:
    """An interview held the day before ``sent_on``, the thank-you sent at 10:00."""
    interview = at_local(zone, sent_on - timedelta(days=1), time(14))
    return make_facts(
        LoopKind.INTERVIEW_HELD,
        (EventKind.MEETING, interview),
        (EventKind.SENT, at_local(zone, sent_on, time(10))),
    )


def rule(windows: tuple[FollowUpWindow, ...], wanted: Rule) -> FollowUpWindow:
    return next(w for w in windows if w.rule is wanted)


def local_wall(instant: datetime, zone: ZoneInfo) -> tuple[date, time]:
    shown = instant.astimezone(zone)
    return shown.date(), shown.time().replace(tzinfo=None)


# -- the table above is right -------------------------------------------------
@pytest.mark.parametrize("name", ZONES)
def test_the_matrix_holds_every_2026_transition(name: str) -> None:
    zone = ZoneInfo(name)
    expected = sorted(t.day for t in TRANSITIONS if t.name == name)
    found = changes_in_2026(zone)
    assert sorted(instant.astimezone(zone).date() for instant, _, _ in found) == expected
    for instant, before, after in found:
        transition = next(
            t for t in TRANSITIONS if t.name == name and t.day == instant.astimezone(zone).date()
        )
        assert transition.kind == ("gap" if after > before else "fold")
        assert instant.astimezone(zone).time() == transition.after


# -- local days keep local time, elapsed hours keep their length --------------
@pytest.mark.parametrize("transition", TRANSITIONS, ids=repr)
def test_a_day_counted_rule_keeps_its_local_time_across_the_change(
    transition: Transition,
) -> None:
    zone = transition.zone
    sent_on = transition.day - timedelta(days=3)  # day 5 and day 7 fall after the change
    windows = follow_up_windows(waiting_after_interview(zone, sent_on), Settings(), zone)
    follow_up = rule(windows, Rule.FOLLOW_UP)
    assert local_wall(follow_up.opens_at, zone) == (sent_on + timedelta(days=5), time(9))
    assert local_wall(follow_up.due_at, zone) == (sent_on + timedelta(days=7), time(9))
    assert local_wall(follow_up.overdue_at, zone) == (sent_on + timedelta(days=7), time(18))
    assert (
        follow_up.anchor.astimezone(zone).utcoffset()
        != follow_up.opens_at.astimezone(zone).utcoffset()
    )  # the window really crossed the change
    assert follow_up.remind_at is not None
    assert local_wall(follow_up.remind_at, zone)[1] == time(9)


@pytest.mark.parametrize("transition", TRANSITIONS, ids=repr)
def test_an_elapsed_rule_keeps_its_hours_and_shifts_on_the_clock(
    transition: Transition,
) -> None:
    zone = transition.zone
    received = at_local(zone, transition.day - timedelta(days=1), time(10))
    windows = follow_up_windows(
        make_facts(LoopKind.RECRUITER_OUTREACH, (EventKind.RECEIVED, received)), ELAPSED, zone
    )
    reply = rule(windows, Rule.REPLY)
    assert reply.due_at - received == timedelta(hours=48)
    before = received.astimezone(zone).utcoffset()
    after = reply.due_at.astimezone(zone).utcoffset()
    assert before is not None
    assert after is not None
    shifted = datetime.combine(date(2026, 1, 1), time(10)) + (after - before)
    assert local_wall(reply.due_at, zone)[1] == shifted.time()
    assert shifted.time() != time(10)


@pytest.mark.parametrize("transition", TRANSITIONS, ids=repr)
def test_a_working_day_rule_keeps_its_wall_time_across_the_change(
    transition: Transition,
) -> None:
    """Counted in working days, "due in 48 h" is the same wall time two working days
    on: a daylight-saving change in between moves neither the hour nor the day."""
    zone = transition.zone
    received = at_local(zone, transition.day - timedelta(days=1), time(10))
    windows = follow_up_windows(
        make_facts(LoopKind.RECRUITER_OUTREACH, (EventKind.RECEIVED, received)),
        WORKING_EVERY_DAY,
        zone,
    )
    reply = rule(windows, Rule.REPLY)
    assert local_wall(reply.opens_at, zone) == (transition.day, time(10))
    assert local_wall(reply.due_at, zone) == (transition.day + timedelta(days=1), time(10))
    assert local_wall(reply.overdue_at, zone) == (transition.day + timedelta(days=2), time(10))
    assert reply.due_at - received != timedelta(hours=48)  # the change is in between


@pytest.mark.parametrize("transition", GAPS, ids=repr)
def test_a_working_day_count_landing_in_the_gap_moves_to_the_change(
    transition: Transition,
) -> None:
    zone = transition.zone
    wall = transition.inside
    received = localize(
        datetime.combine(transition.day - timedelta(days=1), wall), zone
    ).astimezone(UTC)
    windows = follow_up_windows(
        make_facts(LoopKind.RECRUITER_OUTREACH, (EventKind.RECEIVED, received)),
        WORKING_EVERY_DAY,
        zone,
    )
    reply = rule(windows, Rule.REPLY)
    change = next(
        i for i, _, _ in changes_in_2026(zone) if i.astimezone(zone).date() == transition.day
    )
    assert reply.opens_at == change


@pytest.mark.parametrize("name", ZONES)
def test_working_day_reply_windows_follow_the_user_into_a_new_zone(name: str) -> None:
    old, new = ZoneInfo(name), ZoneInfo(OTHER_ZONE[name])
    received = datetime(2026, 10, 20, 12, tzinfo=UTC)
    recruiter = make_facts(LoopKind.RECRUITER_OUTREACH, (EventKind.RECEIVED, received))
    for zone in (old, new):
        reply = rule(follow_up_windows(recruiter, WORKING_EVERY_DAY, zone), Rule.REPLY)
        start = received.astimezone(zone)
        assert local_wall(reply.due_at, zone) == (
            start.date() + timedelta(days=2),
            start.time().replace(tzinfo=None),
        )


# -- the gap -------------------------------------------------------------------
@pytest.mark.parametrize("transition", GAPS, ids=repr)
def test_a_wall_time_in_the_gap_moves_to_the_first_instant_after_it(
    transition: Transition,
) -> None:
    zone = transition.zone
    hours = WorkingHours(start=transition.inside, end=time(20), weekends=True)
    settings = Settings(working_hours=hours)
    sent_on = transition.day - timedelta(days=5)  # day 5 is the change day itself
    windows = follow_up_windows(waiting_after_interview(zone, sent_on), settings, zone)
    follow_up = rule(windows, Rule.FOLLOW_UP)
    change = next(
        i for i, _, _ in changes_in_2026(zone) if i.astimezone(zone).date() == transition.day
    )
    assert follow_up.opens_at == change
    assert local_wall(follow_up.opens_at, zone) == (transition.day, transition.after)
    assert follow_up.remind_at == change
    # on an ordinary day the same rule is at the wall time itself
    assert local_wall(follow_up.due_at, zone) == (
        transition.day + timedelta(days=2),
        transition.inside,
    )


# -- the fold ------------------------------------------------------------------
@pytest.mark.parametrize("transition", FOLDS, ids=repr)
def test_a_wall_time_in_the_fold_fires_once_at_its_first_occurrence(
    transition: Transition,
) -> None:
    zone = transition.zone
    hours = WorkingHours(start=transition.inside, end=time(20), weekends=True)
    settings = Settings(working_hours=hours)
    sent_on = transition.day - timedelta(days=5)
    windows = follow_up_windows(waiting_after_interview(zone, sent_on), settings, zone)
    follow_up = rule(windows, Rule.FOLLOW_UP)
    first = localize(datetime.combine(transition.day, transition.inside), zone).astimezone(UTC)
    second = (
        datetime.combine(transition.day, transition.inside)
        .replace(tzinfo=zone, fold=1)
        .astimezone(UTC)
    )
    assert second - first == timedelta(hours=1)
    assert follow_up.opens_at == follow_up.remind_at == first
    # a scheduler ticking every five minutes through the whole local day
    delivered: set[str] = set()
    shown: list[tuple[str, datetime]] = []
    now = at_local(zone, transition.day, time(0))
    end = at_local(zone, transition.day + timedelta(days=1), time(0))
    while now <= end:
        result = due_now(windows, now, delivered)
        shown.extend((p.key, now) for p in result.items)
        delivered.update(result.keys)
        now += timedelta(minutes=5)
    assert shown == [(follow_up.reminders[0].key, first)]


@pytest.mark.parametrize("transition", FOLDS, ids=repr)
def test_an_elapsed_reminder_in_the_repeated_hour_is_delivered_once(
    transition: Transition,
) -> None:
    zone = transition.zone
    change = next(
        i for i, _, _ in changes_in_2026(zone) if i.astimezone(zone).date() == transition.day
    )
    remind = change + timedelta(minutes=20)  # inside the second pass of the hour
    settings = Settings(working_hours=WorkingHours(enabled=False), count_working_days=False)
    received = remind - timedelta(hours=settings.reply_remind_hours)
    windows = follow_up_windows(
        make_facts(LoopKind.OTHER, (EventKind.RECEIVED, received)), settings, zone
    )
    delivered: set[str] = set()
    count = 0
    now = change - timedelta(hours=2)
    while now <= change + timedelta(hours=2):
        result = due_now(windows, now, delivered)
        count += len(result.items)
        delivered.update(result.keys)
        now += timedelta(minutes=5)
    assert count == 1


# -- a zone without daylight saving -------------------------------------------
def test_kolkata_has_no_gap_no_fold_and_a_fixed_offset() -> None:
    assert changes_in_2026(KOLKATA) == []
    for month in range(1, 13):
        nine = at_local(KOLKATA, date(2026, month, 15), time(9))
        assert nine.time() == time(3, 30)
    received = at_local(KOLKATA, date(2026, 3, 27), time(10))
    windows = follow_up_windows(
        make_facts(LoopKind.RECRUITER_OUTREACH, (EventKind.RECEIVED, received)), ELAPSED, KOLKATA
    )
    reply = rule(windows, Rule.REPLY)
    assert local_wall(reply.due_at, KOLKATA) == (date(2026, 3, 29), time(10))
    follow = rule(
        follow_up_windows(waiting_after_interview(KOLKATA, date(2026, 3, 26)), Settings(), KOLKATA),
        Rule.FOLLOW_UP,
    )
    assert follow.opens_at - follow.anchor == timedelta(days=5, hours=-1)


# -- changing the zone ---------------------------------------------------------
OTHER_ZONE = {
    "Europe/Berlin": "America/New_York",
    "America/New_York": "Pacific/Chatham",
    "Australia/Sydney": "Europe/Berlin",
    "Asia/Kolkata": "Australia/Sydney",
    "Pacific/Chatham": "Asia/Kolkata",
}


@pytest.mark.parametrize("name", ZONES)
def test_changing_the_zone_moves_local_windows_and_keeps_elapsed_ones(name: str) -> None:
    old, new = ZoneInfo(name), ZoneInfo(OTHER_ZONE[name])
    interview = datetime(2026, 10, 20, 12, tzinfo=UTC)
    waiting = make_facts(
        LoopKind.INTERVIEW_HELD,
        (EventKind.MEETING, interview - timedelta(days=1)),
        (EventKind.SENT, interview),
    )
    recruiter = make_facts(LoopKind.RECRUITER_OUTREACH, (EventKind.RECEIVED, interview))
    for zone in (old, new):
        follow_up = rule(follow_up_windows(waiting, EVERY_DAY, zone), Rule.FOLLOW_UP)
        assert local_wall(follow_up.opens_at, zone) == (
            interview.astimezone(zone).date() + timedelta(days=5),
            time(9),
        )
    before = rule(follow_up_windows(waiting, EVERY_DAY, old), Rule.FOLLOW_UP)
    after = rule(follow_up_windows(waiting, EVERY_DAY, new), Rule.FOLLOW_UP)
    assert before.opens_at != after.opens_at
    assert before.key == after.key  # the same occurrence: delivered once, in either zone
    reply_before = rule(follow_up_windows(recruiter, EVERY_DAY, old), Rule.REPLY)
    reply_after = rule(follow_up_windows(recruiter, EVERY_DAY, new), Rule.REPLY)
    assert (reply_before.opens_at, reply_before.due_at, reply_before.overdue_at) == (
        reply_after.opens_at,
        reply_after.due_at,
        reply_after.overdue_at,
    )
    # a reminder delivered before the move is not delivered again after it
    delivered = set(due_now([before], before.opens_at, set()).keys)
    assert delivered
    late = max(before.opens_at, after.opens_at) + timedelta(days=1)
    assert due_now([after], late, delivered).items == ()
