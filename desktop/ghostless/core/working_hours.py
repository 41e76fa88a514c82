"""Working hours and local calendar arithmetic, safe across daylight-saving changes.

Reminders are delivered inside the user's working hours: a reminder whose
moment falls outside them waits for the next start of working hours, while the
moment itself (and the window's due instant) never moves.

Everything here works on wall-clock time in the user's zone and returns aware
UTC instants. A wall time that does not exist on a given day (the hour skipped
when clocks spring forward) becomes the first instant that exists after it,
which is the moment the clocks changed (see
:func:`ghostless.core.timeparse.localize`); a wall time that happens twice (the
hour repeated in autumn) means its first occurrence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache

from ghostless.core.errors import InputError
from ghostless.core.timeparse import localize

#: Short day names, Monday first, as ``date.weekday()`` numbers them.
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKEND = frozenset({5, 6})


@dataclass(frozen=True, slots=True)
class WorkingHours:
    """When the user wants to hear from Ghostless.

    ``days`` are weekday numbers (Monday is 0); ``weekends`` adds Saturday and
    Sunday at the same hours; ``enabled`` set to False delivers every reminder
    at its moment, day or night. ``start`` and ``end`` are local wall times.
    """

    days: tuple[int, ...] = (0, 1, 2, 3, 4)
    start: time = time(9, 0)
    end: time = time(18, 0)
    weekends: bool = False
    enabled: bool = True

    def __post_init__(self) -> None:
        days = tuple(sorted(set(self.days)))
        for day in days:
            if type(day) is not int or not 0 <= day <= 6:
                raise InputError(
                    f"working_days: {day!r} is not a weekday (0 is Monday, 6 is Sunday)",
                    field="working_days",
                )
        object.__setattr__(self, "days", days)
        if not self.working_days:
            raise InputError("working_days: pick at least one working day", field="working_days")
        for name in ("start", "end"):
            value = getattr(self, name)
            if not isinstance(value, time) or value.tzinfo is not None:
                raise InputError(
                    f"working_{name}: expected a local time of day like 09:00",
                    field=f"working_{name}",
                )
        if self.start >= self.end:
            raise InputError(
                f"working_end: {self.end:%H:%M} is not after the start {self.start:%H:%M}",
                field="working_end",
            )

    @property
    def working_days(self) -> frozenset[int]:
        """The weekday numbers on which reminders are delivered."""
        return _working_set(self.days, self.weekends)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() in _working_set(self.days, self.weekends)


# A full recompute asks these of the same few days and settings hundreds of
# thousands of times (tens of thousands of loops, a handful of distinct days
# each): the answers are pure, so they are kept rather than worked out again.
@lru_cache(maxsize=16)
def _working_set(days: tuple[int, ...], weekends: bool) -> frozenset[int]:
    return frozenset(days) | WEEKEND if weekends else frozenset(days)


# -- local calendar arithmetic -------------------------------------------------
def local_date(instant: datetime, zone: tzinfo) -> date:
    """The calendar date the user's clock shows at ``instant``."""
    return instant.astimezone(zone).date()


@lru_cache(maxsize=4096)
def wall_instant(day: date, wall: time, zone: tzinfo) -> datetime:
    """The UTC instant at which the clock in ``zone`` shows ``wall`` on ``day``.

    A wall time in a gap becomes the moment the clocks changed; one in the
    repeated hour takes its first occurrence.
    """
    return localize(datetime.combine(day, wall), zone).astimezone(UTC)


@lru_cache(maxsize=4096)
def wall_instants(day: date, wall: time, zone: tzinfo) -> tuple[datetime, ...]:
    """Every instant at which the clock shows ``wall`` on ``day``: two in a fold."""
    first = wall_instant(day, wall, zone)
    second = datetime.combine(day, wall).replace(tzinfo=zone, fold=1).astimezone(UTC)
    if second != first and second.astimezone(zone).replace(tzinfo=None) == datetime.combine(
        day, wall
    ):
        return (first, second)
    return (first,)


def shift_local_days(instant: datetime, days: int, zone: tzinfo) -> datetime:
    """The same wall time ``days`` calendar days later (earlier when negative).

    Across a daylight-saving change this is 23 or 25 hours per day crossed,
    not 24: a reminder set for 17:00 stays at 17:00.
    """
    wall = instant.astimezone(zone).replace(tzinfo=None) + timedelta(days=days)
    return localize(wall, zone).astimezone(UTC)


def day_start(day: date, hours: WorkingHours, zone: tzinfo) -> datetime:
    """The start of working hours on ``day`` (whether or not it is a working day)."""
    return wall_instant(day, hours.start, zone)


def day_end(day: date, hours: WorkingHours, zone: tzinfo) -> datetime:
    """The end of working hours on ``day`` (whether or not it is a working day)."""
    return wall_instant(day, hours.end, zone)


def next_working_day(day: date, hours: WorkingHours, count: int = 1) -> date:
    """The ``count``-th working day after ``day``; ``count=0`` is ``day`` itself."""
    if count < 0:
        raise ValueError("count must not be negative")
    return _next_working_day(day, hours, count)


@lru_cache(maxsize=4096)
def _next_working_day(day: date, hours: WorkingHours, count: int) -> date:
    current = day
    while count > 0:
        current += timedelta(days=1)
        if hours.is_working_day(current):
            count -= 1
    return current


def first_working_day_from(day: date, hours: WorkingHours) -> date:
    """``day`` if it is a working day, else the next one."""
    current = day
    while not hours.is_working_day(current):
        current += timedelta(days=1)
    return current


# -- delivery inside working hours ------------------------------------------
def is_working_time(instant: datetime, hours: WorkingHours, zone: tzinfo) -> bool:
    """Whether the user's clock at ``instant`` reads a working day and hour.

    This reads the wall clock only: ``hours.enabled`` is not consulted (see
    :func:`delivery_instant`).
    """
    local = instant.astimezone(zone)
    return hours.is_working_day(local.date()) and hours.start <= local.time() < hours.end


def next_working_instant(instant: datetime, hours: WorkingHours, zone: tzinfo) -> datetime:
    """``instant`` if it is working time, else the next start of working hours.

    The start of working hours is a wall time: on a day whose start falls in a
    gap it is the moment the clocks changed; on a day whose start happens twice
    it is whichever occurrence comes first after ``instant``.
    """
    if instant.tzinfo is not UTC:
        instant = instant.astimezone(UTC)
    local = instant.astimezone(zone)
    first = local.date()
    if hours.is_working_day(first) and hours.start <= local.time() < hours.end:
        return instant
    for candidate in _starts_from(first, hours, zone):
        if candidate > instant:
            return candidate
    raise ValueError(f"no working time within two weeks of {instant.isoformat()}")


@lru_cache(maxsize=1024)
def _starts_from(first: date, hours: WorkingHours, zone: tzinfo) -> tuple[datetime, ...]:
    """The starts of working hours that are working time, in the two weeks from
    ``first``, in order: what :func:`next_working_instant` picks from. A full
    recompute asks this of the same few days for tens of thousands of instants."""
    found: list[datetime] = []
    # A week always holds a working day; two weeks cover days lost to gaps.
    for offset in range(15):
        day = first + timedelta(days=offset)
        if not hours.is_working_day(day):
            continue
        found.extend(
            candidate
            for candidate in wall_instants(day, hours.start, zone)
            if is_working_time(candidate, hours, zone)
        )
    return tuple(found)


def delivery_instant(moment: datetime, hours: WorkingHours, zone: tzinfo) -> datetime:
    """When a reminder due at ``moment`` is delivered: the moment itself when
    working hours are off or it falls inside them, else the next start."""
    if not hours.enabled:
        return moment.astimezone(UTC)
    return next_working_instant(moment, hours, zone)


# -- counting in working days --------------------------------------------------
def after_working_days(
    start: datetime, span_hours: int, hours: WorkingHours, zone: tzinfo
) -> datetime:
    """``span_hours`` after ``start``, counted in working days.

    Counting begins at ``start`` if it is working time, else at the next start
    of working hours (a message that arrives on Friday night starts counting on
    Monday morning). Each whole 24 hours is one working day, at the same wall
    time. The hours left over are counted in working time, at most one working
    day's worth (so "remind after 2 hours" is two working hours, and a longer
    span never ends earlier than a shorter one); the instant always falls
    inside working hours.
    """
    return _after_working_days(next_working_instant(start, hours, zone), span_hours, hours, zone)


# Counting begins at the next start of working hours for every instant outside them
# (most of a week), so many counts in a full recompute share their beginning.
@lru_cache(maxsize=4096)
def _after_working_days(
    first: datetime, span_hours: int, hours: WorkingHours, zone: tzinfo
) -> datetime:
    begin = first.astimezone(zone)
    whole, rest = divmod(span_hours, 24)
    day = next_working_day(begin.date(), hours, whole)
    instant = wall_instant(day, begin.time().replace(tzinfo=None), zone)
    if rest:
        length = datetime.combine(day, hours.end) - datetime.combine(day, hours.start)
        instant = _add_working_time(instant, min(timedelta(hours=rest), length), hours, zone)
    return instant


def _add_working_time(
    instant: datetime, span: timedelta, hours: WorkingHours, zone: tzinfo
) -> datetime:
    """``span`` of working time after ``instant``, skipping evenings and days off."""
    current = next_working_instant(instant, hours, zone)
    remaining = span
    for _ in range(400):  # a year of working days; a span is never near that long
        end = day_end(local_date(current, zone), hours, zone)
        available = end - current
        if remaining <= available:
            return current + remaining
        remaining -= available
        current = next_working_instant(end, hours, zone)
    raise ValueError(f"a working-time span of {span} does not end within a year")
