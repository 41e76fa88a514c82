"""Reading typed instants, resolving DST gaps and folds, and writing instants back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ghostless.core.errors import InputError
from ghostless.core.timeparse import (
    describe_wait,
    from_utc_text,
    local_text,
    localize,
    parse_instant,
    to_utc_text,
)

BERLIN = ZoneInfo("Europe/Berlin")
ZONES = (
    "America/New_York",
    "Europe/Berlin",
    "Australia/Sydney",
    "Asia/Kolkata",
    "Pacific/Chatham",
    "Australia/Lord_Howe",  # a 30-minute DST shift
    "America/St_Johns",
    "Europe/London",
    "UTC",
)


def naive(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, micro: int = 0
) -> datetime:
    """A wall-clock time as a user types it: no zone yet."""
    return datetime(year, month, day, hour, minute, second, micro)  # noqa: DTZ001


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


# -- parse_instant -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No offset: Berlin local time (CET, +01:00 in November).
        ("2026-11-20T15:30", utc(2026, 11, 20, 14, 30)),
        ("2026-11-20 15:30:45", utc(2026, 11, 20, 14, 30, 45)),
        ("  2026-11-20T15:30  ", utc(2026, 11, 20, 14, 30)),
        # Summer time in Berlin is +02:00.
        ("2026-07-01T09:00", utc(2026, 7, 1, 7, 0)),
        # An explicit offset wins over the zone.
        ("2026-11-20T15:30+05:30", utc(2026, 11, 20, 10, 0)),
        ("2026-11-20T15:30-08:00", utc(2026, 11, 20, 23, 30)),
        ("2026-11-20T15:30:00+00:00", utc(2026, 11, 20, 15, 30)),
        ("2026-11-20T15:30Z", utc(2026, 11, 20, 15, 30)),
        ("2026-11-20T15:30z", utc(2026, 11, 20, 15, 30)),
        # A bare date is local midnight.
        ("2026-11-20", utc(2026, 11, 19, 23, 0)),
        ("2026-07-01", utc(2026, 6, 30, 22, 0)),
        # Inside the spring-forward gap: the moment the clocks changed.
        ("2026-03-29T02:30", utc(2026, 3, 29, 1, 0)),
        # Inside the autumn fold: the first occurrence (still summer time).
        ("2026-10-25T02:30", utc(2026, 10, 25, 0, 30)),
    ],
)
def test_parse_instant_reads_iso_8601_into_utc(text: str, expected: datetime) -> None:
    parsed = parse_instant(text, BERLIN)
    assert parsed == expected
    assert parsed.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    "text", ["", "   ", "tomorrow", "2026-13-01", "2026-02-30T10:00", "20:00", "2026-11-20T25:00"]
)
def test_parse_instant_rejects_malformed_text_naming_the_field(text: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_instant(text, BERLIN, field="due")
    assert caught.value.field == "due"
    message = str(caught.value)
    assert message.startswith("due: ")
    assert "\n" not in message
    if text.strip():
        assert repr(text) in message


def test_parse_instant_field_defaults_to_time() -> None:
    with pytest.raises(InputError) as caught:
        parse_instant("soon", BERLIN)
    assert caught.value.field == "time"


# -- localize: DST gaps and folds in real zones ---------------------------------
@pytest.mark.parametrize(
    ("zone", "wall", "expected"),
    [
        # America/New_York: spring forward 2026-03-08 02:00 EST -> 03:00 EDT.
        ("America/New_York", naive(2026, 3, 8, 2, 30), utc(2026, 3, 8, 7, 0)),
        ("America/New_York", naive(2026, 3, 8, 2, 0), utc(2026, 3, 8, 7, 0)),
        ("America/New_York", naive(2026, 3, 8, 1, 59, 59), utc(2026, 3, 8, 6, 59, 59)),
        ("America/New_York", naive(2026, 3, 8, 3, 0), utc(2026, 3, 8, 7, 0)),
        # ... fall back 2026-11-01 02:00 EDT -> 01:00 EST: 01:30 happens twice.
        ("America/New_York", naive(2026, 11, 1, 1, 30), utc(2026, 11, 1, 5, 30)),
        ("America/New_York", naive(2026, 11, 1, 2, 0), utc(2026, 11, 1, 7, 0)),
        # Europe/Berlin: 2026-03-29 02:00 CET -> 03:00 CEST; 2026-10-25 03:00 -> 02:00.
        ("Europe/Berlin", naive(2026, 3, 29, 2, 30), utc(2026, 3, 29, 1, 0)),
        ("Europe/Berlin", naive(2026, 3, 29, 2, 59, 59, 999999), utc(2026, 3, 29, 1, 0)),
        ("Europe/Berlin", naive(2026, 10, 25, 2, 30), utc(2026, 10, 25, 0, 30)),
        ("Europe/Berlin", naive(2026, 10, 25, 2, 0), utc(2026, 10, 25, 0, 0)),
        # Australia/Sydney (southern hemisphere): 2026-10-04 02:00 AEST -> 03:00 AEDT;
        # 2026-04-05 03:00 AEDT -> 02:00 AEST.
        ("Australia/Sydney", naive(2026, 10, 4, 2, 30), utc(2026, 10, 3, 16, 0)),
        ("Australia/Sydney", naive(2026, 4, 5, 2, 30), utc(2026, 4, 4, 15, 30)),
        # Asia/Kolkata has no DST: every wall time is plain +05:30.
        ("Asia/Kolkata", naive(2026, 3, 29, 2, 30), utc(2026, 3, 28, 21, 0)),
        ("Asia/Kolkata", naive(2026, 10, 25, 2, 30), utc(2026, 10, 24, 21, 0)),
        ("Asia/Kolkata", naive(2026, 11, 1, 1, 30), utc(2026, 10, 31, 20, 0)),
        # Pacific/Chatham (+12:45 / +13:45): 2026-09-27 02:45 -> 03:45; 2026-04-05 03:45 -> 02:45.
        ("Pacific/Chatham", naive(2026, 9, 27, 3, 0), utc(2026, 9, 26, 14, 0)),
        ("Pacific/Chatham", naive(2026, 9, 27, 2, 45), utc(2026, 9, 26, 14, 0)),
        ("Pacific/Chatham", naive(2026, 9, 27, 3, 45), utc(2026, 9, 26, 14, 0)),
        ("Pacific/Chatham", naive(2026, 4, 5, 3, 0), utc(2026, 4, 4, 13, 15)),
    ],
)
def test_localize_resolves_gaps_forward_and_folds_to_the_first_occurrence(
    zone: str, wall: datetime, expected: datetime
) -> None:
    local = localize(wall, ZoneInfo(zone))
    assert local.tzinfo is not None
    assert local.astimezone(UTC) == expected


def test_localize_in_a_gap_lands_on_the_changeover_wall_time() -> None:
    local = localize(naive(2026, 3, 29, 2, 30), BERLIN)
    assert local.replace(tzinfo=None) == naive(2026, 3, 29, 3, 0)
    assert local.utcoffset() == timedelta(hours=2)


def test_localize_in_a_fold_keeps_the_earlier_offset() -> None:
    local = localize(naive(2026, 10, 25, 2, 30), BERLIN)
    assert local.replace(tzinfo=None) == naive(2026, 10, 25, 2, 30)
    assert local.utcoffset() == timedelta(hours=2)


def _occurrences(wall: datetime, zone: ZoneInfo) -> list[datetime]:
    """Every UTC instant whose wall time in ``zone`` is ``wall`` (0, 1 or 2 of them)."""
    found = set()
    for fold in (0, 1):
        instant = wall.replace(tzinfo=zone, fold=fold).astimezone(UTC)
        if instant.astimezone(zone).replace(tzinfo=None) == wall:
            found.add(instant)
    return sorted(found)


@given(
    wall=st.datetimes(min_value=naive(1990, 1, 1), max_value=naive(2036, 12, 31)),
    zone_name=st.sampled_from(ZONES),
)
@example(wall=naive(2026, 3, 29, 2, 30), zone_name="Europe/Berlin")
@example(wall=naive(2026, 10, 25, 2, 30), zone_name="Europe/Berlin")
@example(wall=naive(2026, 9, 27, 3, 10, 7), zone_name="Pacific/Chatham")
@example(wall=naive(2026, 10, 4, 2, 15), zone_name="Australia/Lord_Howe")
def test_localize_keeps_the_wall_time_or_takes_the_first_valid_instant_after_a_gap(
    wall: datetime, zone_name: str
) -> None:
    zone = ZoneInfo(zone_name)
    local = localize(wall, zone)
    instant = local.astimezone(UTC)
    occurrences = _occurrences(wall, zone)
    if occurrences:
        # It exists: same wall time, and its first occurrence when it is ambiguous.
        assert instant == occurrences[0]
        assert instant.astimezone(zone).replace(tzinfo=None) == wall
    else:
        # In a gap: the changeover instant, the first one whose wall time is after.
        assert instant.astimezone(zone).replace(tzinfo=None) > wall
        just_before = (instant - timedelta(microseconds=1)).astimezone(zone)
        assert just_before.replace(tzinfo=None) < wall


# -- stored form ------------------------------------------------------------------
@given(
    instant=st.datetimes(
        min_value=naive(1900, 1, 1),
        max_value=naive(9998, 12, 31),
        allow_imaginary=False,
        timezones=st.sampled_from(
            [UTC, timezone(timedelta(hours=-11, minutes=-30)), timezone(timedelta(hours=13))]
            + [ZoneInfo(name) for name in ZONES]
        ),
    )
)
def test_utc_text_round_trips_to_the_same_instant(instant: datetime) -> None:
    text = to_utc_text(instant)
    assert text.endswith("+00:00")
    back = from_utc_text(text)
    assert back == instant.astimezone(UTC)
    assert back.timestamp() == instant.timestamp()
    assert back.utcoffset() == timedelta(0)


@given(
    a=st.datetimes(
        min_value=naive(2000, 1, 1), max_value=naive(2099, 1, 1), timezones=st.just(UTC)
    ),
    b=st.datetimes(
        min_value=naive(2000, 1, 1), max_value=naive(2099, 1, 1), timezones=st.just(UTC)
    ),
)
@example(
    a=datetime(2026, 11, 20, 14, 0, tzinfo=UTC),
    b=datetime(2026, 11, 20, 14, 0, 0, 1, tzinfo=UTC),
)
def test_utc_text_sorts_like_the_instants(a: datetime, b: datetime) -> None:
    """The store sorts and compares instants as text (ORDER BY at, turn_since)."""
    assert (to_utc_text(a) < to_utc_text(b)) == (a < b)
    assert (to_utc_text(a) == to_utc_text(b)) == (a == b)


def test_to_utc_text_refuses_a_naive_datetime() -> None:
    with pytest.raises(ValueError, match="naive"):
        to_utc_text(naive(2026, 11, 20, 15, 0))


def test_from_utc_text_reads_a_naive_text_as_utc() -> None:
    assert from_utc_text("2026-11-20T15:00:00") == utc(2026, 11, 20, 15, 0)


def test_local_text_shows_the_offset_of_the_zone() -> None:
    assert local_text(utc(2026, 11, 20, 14, 0), BERLIN) == "2026-11-20T15:00+01:00"
    assert local_text(utc(2026, 7, 1, 7, 0), BERLIN) == "2026-07-01T09:00+02:00"
    assert local_text(utc(2026, 3, 28, 21, 0), ZoneInfo("Asia/Kolkata")) == (
        "2026-03-29T02:30+05:30"
    )


# -- describe_wait -----------------------------------------------------------------
MINUTE, HOUR, DAY, WEEK = 60, 3600, 86400, 7 * 86400


@pytest.mark.parametrize(
    ("seconds", "phrase"),
    [
        (-5, "just now"),
        (0, "just now"),
        (59.9, "just now"),
        (60, "1 min"),
        (59 * MINUTE + 59, "59 min"),
        (HOUR, "1 h"),
        (47 * HOUR + 59 * MINUTE, "47 h"),
        (48 * HOUR, "2 days"),
        (13 * DAY + 23 * HOUR, "13 days"),
        (14 * DAY, "2 weeks"),
        (9 * WEEK - 1, "8 weeks"),
        (9 * WEEK, "2 months"),
        (365 * DAY, "12 months"),
    ],
)
def test_describe_wait_picks_a_readable_unit(seconds: float, phrase: str) -> None:
    assert describe_wait(seconds) == phrase


@given(
    a=st.floats(min_value=0, max_value=10 * 365 * DAY),
    b=st.floats(min_value=0, max_value=10 * 365 * DAY),
)
def test_describe_wait_never_says_less_for_a_longer_wait(a: float, b: float) -> None:
    units = {"just now": 0, "min": 1, "h": 2, "days": 3, "weeks": 4, "months": 5}

    def rank(seconds: float) -> tuple[int, int]:
        phrase = describe_wait(seconds)
        if phrase == "just now":
            return (0, 0)
        number, unit = phrase.split(" ")
        return (units[unit], int(number))

    low, high = sorted((a, b))
    assert rank(low) <= rank(high)
