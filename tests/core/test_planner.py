"""The planner: statuses, deliveries exactly once, catch-up, snooze, away mode.

Concrete cases live in Europe/Berlin in November 2026 (UTC+1); the properties
at the end draw loops, settings, zones and app runs at random.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ghostless.core.errors import InputError
from ghostless.core.models import Event, EventKind, Loop, LoopKind, LoopStatus, Outcome, Turn
from ghostless.core.planner import (
    AwayPeriod,
    AwayReason,
    Delivery,
    SnoozePreset,
    Status,
    back_now_summary,
    due_now,
    is_expired,
    next_wakeup,
    pending_reminders,
    snooze_key,
    snooze_presets,
    snooze_to,
    snooze_until,
    status_at,
)
from ghostless.core.playbooks import (
    FollowUpWindow,
    LoopFacts,
    Rule,
    Timing,
    follow_up_windows,
)
from ghostless.core.settings import Settings
from ghostless.core.timeparse import localize
from ghostless.core.turns import TRIGGER_EVENT
from ghostless.core.working_hours import WorkingHours, is_working_time

BERLIN = ZoneInfo("Europe/Berlin")
# The planner's cases count reply windows in elapsed hours; counting in working
# days is tested in test_playbooks and the DST matrix.
DEFAULTS = Settings(count_working_days=False)
ZONE_NAMES = (
    "America/New_York",
    "Europe/Berlin",
    "Australia/Sydney",
    "Asia/Kolkata",
    "Pacific/Chatham",
)


def nov(day: int, hour: int = 0, minute: int = 0) -> datetime:
    return localize(datetime.combine(date(2026, 11, day), time(hour, minute)), BERLIN).astimezone(
        UTC
    )


def wall(instant: datetime) -> str:
    return instant.astimezone(BERLIN).strftime("%a %d %H:%M")


def loop_facts(
    kind: LoopKind,
    *events: tuple[EventKind, datetime],
    loop_id: int = 1,
    **extra: object,
) -> LoopFacts:
    loop = Loop(
        id=loop_id,
        contact_id=1,
        kind=kind,
        subject="a matter",
        status=LoopStatus.OPEN,
        turn=Turn.NOBODY,
        turn_since=None,
        opened_at=events[0][1],
    )
    recorded = tuple(
        Event(id=i + 1, loop_id=loop_id, kind=k, at=at) for i, (k, at) in enumerate(events)
    )
    return LoopFacts(loop, recorded, **extra)


def windows_of(*facts: LoopFacts, zone: ZoneInfo = BERLIN) -> list[FollowUpWindow]:
    return [w for f in facts for w in follow_up_windows(f, DEFAULTS, zone)]


def recruiter(day: int, hour: int, minute: int = 0, loop_id: int = 1) -> LoopFacts:
    at = nov(day, hour, minute)
    return loop_facts(LoopKind.RECRUITER_OUTREACH, (EventKind.RECEIVED, at), loop_id=loop_id)


def the_window(windows: list[FollowUpWindow], rule: Rule) -> FollowUpWindow:
    return next(w for w in windows if w.rule is rule)


# -- status and agenda ------------------------------------------------------
def test_status_boundaries_belong_to_the_later_status() -> None:
    reply = the_window(windows_of(recruiter(16, 10)), Rule.REPLY)
    assert status_at(reply, reply.opens_at - timedelta(seconds=1)) is Status.UPCOMING
    assert status_at(reply, reply.opens_at) is Status.OPEN
    assert status_at(reply, reply.due_at) is Status.DUE
    assert status_at(reply, reply.overdue_at - timedelta(seconds=1)) is Status.DUE
    assert status_at(reply, reply.overdue_at) is Status.OVERDUE


def test_friday_message_is_reminded_on_monday_morning_not_at_the_weekend() -> None:
    windows = windows_of(recruiter(20, 16, 30))
    assert due_now(windows, nov(21, 16, 30), set()).items == ()
    assert next_wakeup(windows, set(), nov(21, 16, 30)) == nov(23, 9)
    delivered = due_now(windows, nov(23, 9), set())
    assert [wall(p.at) for p in delivered.items] == ["Mon 23 09:00"]
    assert not delivered.digest
    assert not delivered.catch_up  # only the watcher of the clock knows of a gap


def test_a_reminder_for_an_answered_message_never_fires() -> None:
    unanswered = windows_of(recruiter(16, 10))
    answered = windows_of(
        loop_facts(
            LoopKind.RECRUITER_OUTREACH,
            (EventKind.RECEIVED, nov(16, 10)),
            (EventKind.SENT, nov(16, 12)),
        )
    )
    assert due_now(unanswered, nov(17, 10), set()).items
    assert due_now(answered, nov(17, 10), set()).items == ()
    wake = next_wakeup(answered, set(), nov(16, 12))
    assert wake is not None
    assert wake > nov(30)  # only the offer to close, a month on


def test_catch_up_after_a_week_closed_is_one_digest_delivered_once() -> None:
    windows = windows_of(recruiter(16, 10, loop_id=1), recruiter(17, 11, loop_id=2))
    delivered: set[str] = set()
    first = due_now(windows, nov(24, 8), delivered)
    assert [(p.window.loop_id, wall(p.at)) for p in first.items] == [
        (1, "Tue 17 10:00"),
        (2, "Wed 18 11:00"),
    ]
    assert first.digest
    delivered.update(first.keys)
    # a restart at the same moment, or a minute later, repeats nothing
    assert due_now(windows, nov(24, 8), delivered) == Delivery(nov(24, 8))
    assert due_now(windows, nov(24, 8, 1), delivered).items == ()


def test_cancel_if_late_drops_the_check_when_the_app_was_closed_through_the_interview() -> None:
    f = loop_facts(LoopKind.INTERVIEW_SCHEDULED, (EventKind.MEETING, nov(26, 10)))
    windows = windows_of(f)
    still_going = the_window(windows, Rule.STILL_GOING)
    late = due_now(windows, nov(26, 11), set())
    assert still_going.reminders[0].key in [p.key for p in late.dropped]
    assert still_going.reminders[0].key not in [p.key for p in late.items]
    assert still_going.reminders[0].key in late.keys  # recorded, so never again
    in_time = due_now(windows, nov(24, 10), set())
    assert [p.window.rule for p in in_time.items] == [Rule.STILL_GOING]


def test_a_check_pushed_past_the_interview_by_working_hours_is_no_reason_to_wake() -> None:
    # Monday 08:30 interview: the check (Saturday 08:30) would wait for Monday 09:00
    f = loop_facts(LoopKind.INTERVIEW_SCHEDULED, (EventKind.MEETING, nov(23, 8, 30)))
    windows = [w for w in windows_of(f) if w.rule is Rule.STILL_GOING]
    assert windows[0].remind_at == nov(23, 9)
    assert next_wakeup(windows, set(), nov(20, 12)) is None
    assert due_now(windows, nov(23, 9), set()).items == ()


# -- snooze -----------------------------------------------------------------
def test_snoozing_a_delivered_reminder_brings_it_back_once() -> None:
    windows = windows_of(recruiter(16, 10))
    first = due_now(windows, nov(17, 10), set())
    delivered = set(first.keys)
    key = first.items[0].reminder.key
    snoozes = {key: nov(17, 11)}
    assert due_now(windows, nov(17, 10, 30), delivered, snoozes=snoozes).items == ()
    assert next_wakeup(windows, delivered, nov(17, 10, 30), snoozes=snoozes) == nov(17, 11)
    again = due_now(windows, nov(17, 11), delivered, snoozes=snoozes)
    assert [p.key for p in again.items] == [snooze_key(key, nov(17, 11))]
    assert again.items[0].snoozed
    delivered.update(again.keys)
    assert due_now(windows, nov(17, 12), delivered, snoozes=snoozes).items == ()


def test_snoozing_before_delivery_replaces_the_reminder() -> None:
    windows = windows_of(recruiter(16, 10))
    key = the_window(windows, Rule.REPLY).reminders[0].key
    snoozes = {key: nov(18, 9)}
    assert due_now(windows, nov(17, 10), set(), snoozes=snoozes).items == ()
    assert [p.at for p in pending_reminders(windows, set(), snoozes)] == [nov(18, 9)]


def test_snooze_presets_in_local_time() -> None:
    thursday = nov(19, 15)
    assert snooze_until(SnoozePreset.HOUR, thursday, BERLIN, DEFAULTS) == nov(19, 16)
    assert snooze_until(SnoozePreset.THIS_EVENING, thursday, BERLIN, DEFAULTS) == nov(19, 19)
    assert snooze_until(SnoozePreset.TOMORROW_MORNING, thursday, BERLIN, DEFAULTS) == nov(20, 9)
    assert snooze_until(SnoozePreset.NEXT_WEEK, thursday, BERLIN, DEFAULTS) == nov(23, 9)
    monday = nov(23, 10)
    assert snooze_until(SnoozePreset.NEXT_WEEK, monday, BERLIN, DEFAULTS) == nov(30, 9)


def test_next_week_starts_on_the_first_working_day() -> None:
    custom = replace(DEFAULTS, working_hours=WorkingHours(days=(1, 2, 3), start=time(10)))
    assert snooze_until(SnoozePreset.NEXT_WEEK, nov(19, 15), BERLIN, custom) == nov(24, 10)


def test_this_evening_is_not_offered_once_the_evening_began() -> None:
    late = nov(19, 20)
    assert SnoozePreset.THIS_EVENING not in snooze_presets(late, BERLIN, DEFAULTS)
    assert SnoozePreset.THIS_EVENING in snooze_presets(nov(19, 15), BERLIN, DEFAULTS)
    with pytest.raises(InputError) as caught:
        snooze_until(SnoozePreset.THIS_EVENING, late, BERLIN, DEFAULTS)
    assert caught.value.field == "snooze"


def test_tomorrow_morning_keeps_its_wall_time_across_the_autumn_change() -> None:
    saturday = localize(datetime.combine(date(2026, 10, 24), time(15)), BERLIN)
    morning = snooze_until(SnoozePreset.TOMORROW_MORNING, saturday, BERLIN, DEFAULTS)
    assert morning.astimezone(BERLIN).strftime("%d %H:%M %z") == "25 09:00 +0100"
    assert morning - saturday == timedelta(hours=19)


def test_a_chosen_snooze_time_must_be_in_the_future_and_aware() -> None:
    now = nov(19, 15)
    assert snooze_to(nov(19, 17), now) == nov(19, 17)
    with pytest.raises(InputError):
        snooze_to(nov(19, 14), now)
    with pytest.raises(InputError):
        snooze_to(datetime(2026, 11, 19, 17), now)  # noqa: DTZ001 - the naive input is the point


# -- away mode ----------------------------------------------------------------
def test_away_mode_pauses_everything_and_loses_nothing() -> None:
    windows = windows_of(recruiter(16, 10, loop_id=1), recruiter(18, 10, loop_id=2))
    away = AwayPeriod(start=nov(16, 12), end=nov(23, 9), reason=AwayReason.ILLNESS)
    assert due_now(windows, nov(20, 12), set(), away=away).items == ()
    assert next_wakeup(windows, set(), nov(20, 12), away=away) == nov(23, 9)
    back = due_now(windows, nov(23, 9), set(), away=away)
    assert [p.window.loop_id for p in back.items] == [1, 2]
    assert back.digest


def test_away_without_an_end_waits_for_the_user() -> None:
    windows = windows_of(recruiter(16, 10))
    away = AwayPeriod(start=nov(16, 12))
    assert away.covers(nov(30))
    assert next_wakeup(windows, set(), nov(20), away=away) is None
    assert due_now(windows, nov(30), set(), away=away).items == ()


def test_an_away_period_must_end_after_it_starts() -> None:
    with pytest.raises(InputError):
        AwayPeriod(start=nov(20), end=nov(19))


def test_back_now_lists_the_loops_that_went_quiet_while_away() -> None:
    before = recruiter(2, 10, loop_id=1)  # overdue before the away period began
    during = recruiter(16, 10, loop_id=2)  # due and overdue while away
    after = recruiter(22, 10, loop_id=3)  # not due yet on return
    waiting = loop_facts(
        LoopKind.INTERVIEW_HELD,
        (EventKind.MEETING, nov(10, 10)),
        (EventKind.SENT, nov(10, 15)),
        loop_id=4,
    )  # a follow-up came due meanwhile, but it waits on them
    away = AwayPeriod(start=nov(14, 12), end=nov(23, 9), reason=AwayReason.BEREAVEMENT)
    summary = back_now_summary(windows_of(before, during, after, waiting), away, nov(23, 9))
    assert [(q.loop_id, q.status) for q in summary.loops] == [(2, Status.OVERDUE)]
    assert [w.rule for w in summary.loops[0].windows] == [Rule.REPLY]
    assert "family matter" in summary.message
    assert "back now" in summary.message
    assert not summary.is_empty


def test_back_now_while_still_away_counts_until_now() -> None:
    away = AwayPeriod(start=nov(14, 12))
    summary = back_now_summary(windows_of(recruiter(16, 10)), away, nov(17, 12))
    assert summary.back_at == nov(17, 12)
    assert summary.is_empty  # open, not yet due
    assert "was away" in summary.message


# -- properties ---------------------------------------------------------------
BASE = datetime(2026, 1, 5, tzinfo=UTC)


@st.composite
def loop_facts_strategy(draw: st.DrawFn, loop_id: int = 1) -> LoopFacts:
    kind = draw(st.sampled_from(list(LoopKind)))
    start = BASE + timedelta(minutes=draw(st.integers(0, 60 * 24 * 360)))
    offsets = draw(st.lists(st.integers(0, 60 * 24 * 40), min_size=1, max_size=6))
    # the store opens every loop with its kind's trigger event
    later = st.lists(
        st.sampled_from(list(EventKind)), min_size=len(offsets) - 1, max_size=len(offsets) - 1
    )
    kinds = [TRIGGER_EVENT[kind], *draw(later)]
    events = tuple(
        Event(id=i + 1, loop_id=loop_id, kind=k, at=start + timedelta(minutes=m))
        for i, (k, m) in enumerate(zip(kinds, sorted(offsets), strict=True))
    )
    shift = draw(st.none() | st.integers(-60 * 24 * 3, 60 * 24 * 60))
    deadline = None if shift is None else start + timedelta(minutes=shift)
    decided = None
    if draw(st.integers(0, 5)) == 5:  # now and then the user decided to decline
        decided = start + timedelta(minutes=draw(st.integers(0, 60 * 24 * 30)))
    referred = None
    if kind is LoopKind.INTRODUCTION and draw(st.booleans()):
        closed = draw(st.none() | st.integers(0, 60 * 24 * 60))
        referred = Loop(
            id=loop_id + 1000,
            contact_id=2,
            kind=LoopKind.OTHER,
            subject="the introduced person",
            status=LoopStatus.OPEN if closed is None else LoopStatus.CLOSED,
            turn=Turn.NOBODY,
            turn_since=None,
            opened_at=start,
            closed_at=None if closed is None else start + timedelta(minutes=closed),
            outcome=None if closed is None else Outcome.COMPLETED,
        )
    loop = Loop(
        id=loop_id,
        contact_id=1,
        kind=kind,
        subject="a matter",
        status=LoopStatus.OPEN,
        turn=Turn.NOBODY,
        turn_since=None,
        opened_at=start,
    )
    return LoopFacts(loop, events, deadline, decided, referred)


settings_strategy = st.builds(
    Settings,
    reply_remind_hours=st.integers(0, 24),
    follow_up_remind_days=st.integers(1, 5),
    close_after_silence_days=st.integers(1, 30),
    working_hours=st.builds(
        WorkingHours,
        days=st.lists(st.integers(0, 6), min_size=1, max_size=7).map(tuple),
        start=st.sampled_from([time(0), time(2, 30), time(7), time(9)]),
        end=st.sampled_from([time(12), time(18), time(23, 59)]),
        weekends=st.booleans(),
        enabled=st.booleans(),
    ),
)
zones = st.sampled_from([ZoneInfo(name) for name in ZONE_NAMES])


@st.composite
def many_loops(draw: st.DrawFn) -> tuple[list[LoopFacts], Settings, ZoneInfo]:
    count = draw(st.integers(1, 4))
    loops = [draw(loop_facts_strategy(loop_id=i + 1)) for i in range(count)]
    return loops, draw(settings_strategy), draw(zones)


def plan_all(loops: list[LoopFacts], s: Settings, zone: ZoneInfo) -> list[FollowUpWindow]:
    return [w for f in loops for w in follow_up_windows(f, s, zone)]


def known_instants(f: LoopFacts) -> set[datetime]:
    found = {e.at for e in f.events}
    found |= {t for t in (f.deadline, f.decline_decided_at) if t is not None}
    if f.referred is not None and f.referred.closed_at is not None:
        found.add(f.referred.closed_at)
    if f.loop.kind is LoopKind.INTRODUCTION:
        found.add(f.loop.opened_at)
    return found


@settings(max_examples=400, deadline=None)
@given(f=loop_facts_strategy(), s=settings_strategy, zone=zones)
def test_windows_are_ordered_and_never_open_before_their_trigger(
    f: LoopFacts, s: Settings, zone: ZoneInfo
) -> None:
    windows = follow_up_windows(f, s, zone)
    known = known_instants(f)
    keys = [w.key for w in windows]
    assert len(keys) == len(set(keys))
    reminder_keys = [r.key for w in windows for r in w.reminders]
    assert len(reminder_keys) == len(set(reminder_keys))
    for w in windows:
        assert w.since <= w.opens_at <= w.due_at <= w.overdue_at
        for instant in (w.anchor, w.since, w.opens_at, w.due_at, w.overdue_at):
            assert instant.utcoffset() == timedelta(0)
        if w.rule is Rule.STILL_GOING:
            assert w.expires_at == w.anchor
            assert w.anchor in known
        else:
            assert w.since in known, w.rule  # the trigger is a fact of the record
        if w.timing is Timing.ELAPSED and w.rule is not Rule.STILL_GOING:
            assert w.opens_at >= w.anchor
        for reminder in w.reminders:
            assert w.opens_at <= reminder.moment <= reminder.at
            if s.working_hours.enabled:
                assert is_working_time(reminder.at, s.working_hours, zone)
                if reminder.at != reminder.moment:
                    assert not is_working_time(reminder.moment, s.working_hours, zone)
                    before = reminder.at - timedelta(minutes=1)
                    assert not is_working_time(before, s.working_hours, zone)
            else:
                assert reminder.at == reminder.moment


@settings(max_examples=200, deadline=None)
@given(
    world=many_loops(),
    runs=st.lists(st.integers(0, 60 * 24 * 400), min_size=1, max_size=12),
)
def test_catch_up_delivers_each_reminder_exactly_once_and_never_early(
    world: tuple[list[LoopFacts], Settings, ZoneInfo], runs: list[int]
) -> None:
    loops, s, zone = world
    windows = plan_all(loops, s, zone)
    delivered: set[str] = set()
    shown: list[str] = []
    checks = sorted(BASE + timedelta(minutes=m) for m in runs)
    for now in checks:
        result = due_now(windows, now, delivered)
        for item in result.items:
            assert item.at <= now  # never early
            assert not is_expired(item.window, now)
        for item in result.dropped:
            assert is_expired(item.window, now)
        assert result.digest == (len(result.items) > 1)
        shown.extend(p.key for p in result.items)
        delivered.update(result.keys)
        # a restart at the same instant delivers nothing already delivered
        assert due_now(windows, now, delivered) == Delivery(now)
    assert len(shown) == len(set(shown))
    # once the app has run after every moment, each reminder was handled once
    final = max(p.at for p in pending_reminders(windows, set())) if windows else checks[-1]
    last = due_now(windows, max(final, checks[-1]) + timedelta(days=1), delivered)
    delivered.update(last.keys)
    every = {r.key for w in windows for r in w.reminders}
    assert delivered == every


@settings(max_examples=200, deadline=None)
@given(world=many_loops(), minutes=st.integers(0, 60 * 24 * 400), deliver_first=st.booleans())
def test_next_wakeup_is_never_in_the_past_and_never_late(
    world: tuple[list[LoopFacts], Settings, ZoneInfo], minutes: int, deliver_first: bool
) -> None:
    loops, s, zone = world
    windows = plan_all(loops, s, zone)
    now = BASE + timedelta(minutes=minutes)
    delivered: set[str] = set()
    if deliver_first:
        delivered.update(due_now(windows, now, delivered).keys)
    wake = next_wakeup(windows, delivered, now)
    if wake is None:
        far = now + timedelta(days=800)
        assert due_now(windows, far, delivered).items == ()
        return
    assert wake >= now
    if wake > now:
        # nothing is to be shown before the wake-up ...
        assert due_now(windows, wake - timedelta(microseconds=1), delivered).items == ()
    # ... and something is at it
    assert due_now(windows, wake, delivered).items
    if deliver_first:
        assert wake > now  # everything due at now was just delivered
    for pending in pending_reminders(windows, delivered):
        if not is_expired(pending.window, max(pending.at, now)):
            assert wake <= max(pending.at, now)
