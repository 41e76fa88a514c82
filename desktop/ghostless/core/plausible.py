"""Dates that are valid but almost surely a slip: asked about before anything is written.

A snooze to the year 2999 or a message "received" in 2099 parses, but nobody
means it: the year was mistyped or a field was left at a wrong default. These
checks do not refuse; they name what looks wrong so the window can ask and the
command line can require ``--yes``.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from ghostless.core.wording import absolute_text

#: A snooze longer than this is asked about (the issue: "snoozes beyond a year").
SNOOZE_LIMIT = timedelta(days=365)
#: An event dated later than this after now has not happened yet; a little slack
#: covers a clock set a few minutes off, or a time typed in another zone.
EVENT_AHEAD = timedelta(days=1)
#: An event dated earlier than this before now is most likely a mistyped year.
EVENT_BEHIND = timedelta(days=25 * 365)


def _years(span: timedelta) -> str:
    years = span.days // 365
    if years >= 1:
        return f"{years} year{'s' if years != 1 else ''}"
    days = max(span.days, 1)
    return f"{days} day{'s' if days != 1 else ''}"


def odd_snooze(until: datetime, now: datetime, zone: tzinfo) -> str | None:
    """Why a snooze to ``until`` looks like a slip (None: it looks meant)."""
    if until - now <= SNOOZE_LIMIT:
        return None
    return (
        f"snooze: {absolute_text(until, zone)} is {_years(until - now)} away; "
        "reminders would stay silent until then"
    )


def odd_event_time(at: datetime, now: datetime, zone: tzinfo) -> str | None:
    """Why an event dated ``at`` looks like a slip (None: it looks meant)."""
    if at - now > EVENT_AHEAD:
        return (
            f"time: {absolute_text(at, zone)} is {_years(at - now)} from now, "
            "and the record is for what has already happened"
        )
    if now - at > EVENT_BEHIND:
        return f"time: {absolute_text(at, zone)} is {_years(now - at)} ago"
    return None
