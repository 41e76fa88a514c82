"""Reading instants typed by the user (ISO 8601) and writing them back.

Instants are stored in UTC. A time typed without an offset means the user's
local time in their zone; a local time that does not exist (the hour skipped
when clocks spring forward) moves to the first valid instant after it, and an
ambiguous one (the hour repeated in autumn) takes its first occurrence.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo

from ghostless.core.errors import InputError
from ghostless.core.i18n import _, npgettext


def localize(naive: datetime, zone: tzinfo) -> datetime:
    """Attach ``zone`` to a naive local time, resolving DST gaps and folds.

    An ambiguous time (fall back) takes its first occurrence (``fold=0``). A
    time inside a gap (spring forward) moves to the first instant that exists
    after it, which is the moment the clocks changed.
    """
    first = naive.replace(tzinfo=zone, fold=0)
    if first.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == naive:
        return first
    # In a gap: the pre-change offset reads it too late, the post-change offset
    # too early; the change itself lies between, found by bisection on seconds.
    late = first.astimezone(UTC)
    early = naive.replace(tzinfo=zone, fold=1).astimezone(UTC)
    if early > late:
        early, late = late, early
    pre_offset = (early - timedelta(seconds=1)).astimezone(zone).utcoffset()
    while (late - early) > timedelta(seconds=1):
        middle = early + (late - early) / 2
        if middle.astimezone(zone).utcoffset() == pre_offset:
            early = middle
        else:
            late = middle
    return late.replace(microsecond=0).astimezone(zone)


def parse_instant(text: str, zone: tzinfo, *, field: str = "time") -> datetime:
    """Parse ISO 8601 text to an aware UTC datetime.

    Accepts ``2026-11-20T15:30``, ``2026-11-20 15:30:00+01:00``, ``...Z`` and a
    bare date (midnight local time). Raises :class:`InputError` naming the field.
    """
    cleaned = text.strip()
    if not cleaned:
        raise InputError(
            f"{field}: empty; expected a date and time like 2026-11-20T15:30", field=field
        )
    try:
        parsed = datetime.fromisoformat(cleaned.replace("z", "Z"))
    except ValueError:
        raise InputError(
            f"{field}: {text!r} is not a date and time; expected ISO 8601 like "
            "2026-11-20T15:30 or 2026-11-20T15:30+01:00",
            field=field,
        ) from None
    if parsed.tzinfo is None:
        parsed = localize(parsed, zone)
    return parsed.astimezone(UTC)


def to_utc_text(instant: datetime) -> str:
    """The stored form of an instant: ISO 8601 in UTC, second precision or finer."""
    if instant.tzinfo is None:
        raise ValueError("refusing to store a naive datetime")
    return instant.astimezone(UTC).isoformat()


def from_utc_text(text: str) -> datetime:
    """Read an instant stored by :func:`to_utc_text`."""
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def local_text(instant: datetime, zone: tzinfo) -> str:
    """ISO 8601 in the user's zone with its UTC offset, for output people read."""
    return instant.astimezone(zone).isoformat(timespec="minutes")


def describe_wait(seconds: float) -> str:
    """A short human phrase for a duration: "just now", "3 h", "2 days", "5 weeks"."""
    if seconds < 60:
        return _("just now")
    minutes = seconds / 60
    if minutes < 60:
        return _("{count} min").format(count=int(minutes))
    hours = minutes / 60
    if hours < 48:
        return _("{count} h").format(count=int(hours))
    days = hours / 24
    if days < 14:
        return npgettext("wait", "{count} day", "{count} days", int(days)).format(count=int(days))
    weeks = days / 7
    if weeks < 9:
        return npgettext("wait", "{count} week", "{count} weeks", int(weeks)).format(
            count=int(weeks)
        )
    months = int(days // 30)
    return npgettext("wait", "{count} month", "{count} months", months).format(count=months)
