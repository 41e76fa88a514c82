"""Working hours and local calendar days, in Europe/Berlin unless a test says otherwise."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ghostless.core.timeparse import localize
from ghostless.core.working_hours import (
    WorkingHours,
    day_end,
    day_start,
    delivery_instant,
    first_working_day_from,
    is_working_time,
    local_date,
    next_working_day,
    next_working_instant,
    shift_local_days,
    wall_instant,
    wall_instants,
)

BERLIN = ZoneInfo("Europe/Berlin")
OFFICE = WorkingHours()
ZONES = [
    ZoneInfo(name)
    for name in (
        "America/New_York",
        "Europe/Berlin",
        "Australia/Sydney",
        "Asia/Kolkata",
        "Pacific/Chatham",
    )
]


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    wall_time = datetime.combine(date(year, month, day), time(hour, minute))
    return localize(wall_time, BERLIN).astimezone(UTC)


def wall(instant: datetime, zone: ZoneInfo = BERLIN) -> str:
    return instant.astimezone(zone).strftime("%a %Y-%m-%d %H:%M")


def test_inside_hours_is_delivered_at_once() -> None:
    wednesday = local(2026, 11, 18, 11, 15)
    assert next_working_instant(wednesday, OFFICE, BERLIN) == wednesday


def test_friday_evening_waits_for_monday_morning() -> None:
    friday = local(2026, 11, 20, 18, 0)  # the end itself is outside
    assert wall(next_working_instant(friday, OFFICE, BERLIN)) == "Mon 2026-11-23 09:00"


def test_early_morning_waits_for_the_same_days_start() -> None:
    assert wall(next_working_instant(local(2026, 11, 18, 6), OFFICE, BERLIN)) == (
        "Wed 2026-11-18 09:00"
    )


def test_weekend_delivery_when_weekends_are_on() -> None:
    saturday = local(2026, 11, 21, 7)
    hours = WorkingHours(weekends=True)
    assert wall(next_working_instant(saturday, hours, BERLIN)) == "Sat 2026-11-21 09:00"


def test_custom_days_skip_the_days_off() -> None:
    hours = WorkingHours(days=(1, 3), start=time(10), end=time(14))  # Tuesday, Thursday
    assert wall(next_working_instant(local(2026, 11, 19, 15), hours, BERLIN)) == (
        "Tue 2026-11-24 10:00"
    )


def test_disabled_working_hours_deliver_at_the_moment() -> None:
    sunday_night = local(2026, 11, 22, 23, 40)
    assert delivery_instant(sunday_night, WorkingHours(enabled=False), BERLIN) == sunday_night
    assert wall(delivery_instant(sunday_night, OFFICE, BERLIN)) == "Mon 2026-11-23 09:00"


def test_working_days_counting() -> None:
    friday = date(2026, 11, 20)
    assert next_working_day(friday, OFFICE) == date(2026, 11, 23)
    assert next_working_day(friday, OFFICE, 3) == date(2026, 11, 25)
    assert next_working_day(friday, OFFICE, 0) == friday
    assert first_working_day_from(date(2026, 11, 21), OFFICE) == date(2026, 11, 23)
    with pytest.raises(ValueError, match="negative"):
        next_working_day(friday, OFFICE, -1)


def test_day_start_and_end_are_local_wall_times() -> None:
    day = date(2026, 7, 1)  # summer time: UTC+2
    assert day_start(day, OFFICE, BERLIN) == datetime(2026, 7, 1, 7, tzinfo=UTC)
    assert day_end(day, OFFICE, BERLIN) == datetime(2026, 7, 1, 16, tzinfo=UTC)


def test_local_date_is_the_users_calendar() -> None:
    late = datetime(2026, 11, 20, 23, 30, tzinfo=UTC)  # already Saturday in Berlin
    assert local_date(late, BERLIN) == date(2026, 11, 21)
    assert local_date(late, ZoneInfo("America/New_York")) == date(2026, 11, 20)


def test_shifting_calendar_days_keeps_the_wall_time_across_a_change() -> None:
    before = local(2026, 3, 27, 17)  # Friday, winter time
    after = shift_local_days(before, 3, BERLIN)  # Monday, summer time
    assert wall(after) == "Mon 2026-03-30 17:00"
    assert after - before == timedelta(hours=71)
    assert shift_local_days(after, -3, BERLIN) == before


def test_a_wall_time_in_the_spring_gap_is_the_change_itself() -> None:
    gap = wall_instant(date(2026, 3, 29), time(2, 30), BERLIN)
    assert gap == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    assert wall(gap) == "Sun 2026-03-29 03:00"
    assert wall_instants(date(2026, 3, 29), time(2, 30), BERLIN) == (gap,)


def test_a_wall_time_in_the_autumn_fold_happens_twice_first_one_first() -> None:
    both = wall_instants(date(2026, 10, 25), time(2, 30), BERLIN)
    assert both == (
        datetime(2026, 10, 25, 0, 30, tzinfo=UTC),
        datetime(2026, 10, 25, 1, 30, tzinfo=UTC),
    )
    assert wall_instant(date(2026, 10, 25), time(2, 30), BERLIN) == both[0]


def test_working_hours_starting_in_the_gap_start_when_the_clocks_change() -> None:
    hours = WorkingHours(start=time(2, 30), end=time(12), weekends=True)
    night = local(2026, 3, 29, 1, 10)
    start = next_working_instant(night, hours, BERLIN)
    assert start == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    assert is_working_time(start, hours, BERLIN)


def test_in_the_repeated_hour_the_wall_clock_decides() -> None:
    hours = WorkingHours(start=time(2, 30), end=time(12), weekends=True)
    second_pass = datetime(2026, 10, 25, 1, 10, tzinfo=UTC)  # 02:10, the second time
    assert wall(second_pass) == "Sun 2026-10-25 02:10"
    assert not is_working_time(second_pass, hours, BERLIN)
    start = next_working_instant(second_pass, hours, BERLIN)
    assert start == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)  # 02:30, the second time


MINUTE = timedelta(minutes=1)
instants = st.datetimes(
    min_value=datetime.combine(date(2026, 1, 1), time()),
    max_value=datetime.combine(date(2027, 1, 1), time()),
    timezones=st.just(UTC),
)
working_hours = st.builds(
    WorkingHours,
    days=st.lists(st.integers(0, 6), min_size=1, max_size=7).map(tuple),
    start=st.sampled_from([time(0), time(2, 30), time(3), time(8), time(9), time(9, 30)]),
    end=st.sampled_from([time(12), time(17, 45), time(18), time(23, 59)]),
    weekends=st.booleans(),
)


@settings(max_examples=300, deadline=None)
@given(instant=instants, hours=working_hours, zone=st.sampled_from(ZONES))
def test_next_working_instant_is_the_first_working_moment_not_before(
    instant: datetime, hours: WorkingHours, zone: ZoneInfo
) -> None:
    found = next_working_instant(instant, hours, zone)
    assert found >= instant
    assert is_working_time(found, hours, zone)
    if found > instant:
        assert not is_working_time(found - MINUTE, hours, zone)
        assert not is_working_time(instant, hours, zone)
        # no working minute in between (checked on a coarse grid)
        step = max((found - instant) / 40, MINUTE)
        probe = instant
        while probe < found - MINUTE:
            assert not is_working_time(probe, hours, zone), probe
            probe += step
    assert found - instant < timedelta(days=8)
