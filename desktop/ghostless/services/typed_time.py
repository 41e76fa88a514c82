"""Understanding times as people type them: "next friday 3pm", "tomorrow 9am".

ISO 8601 is read by the core; words go to dateparser (imported on first use:
it costs about 100 ms). Either way the answer is an aware UTC instant, the
local time resolved in the user's zone with the core's DST rules.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, tzinfo

from ghostless.core.errors import InputError
from ghostless.core.timeparse import localize, parse_instant

#: Words that name a time of day; without one, "friday" means the start of the day's work.
_HAS_TIME = re.compile(
    r"\d\s*(?:am|pm|h\b)|\d:\d|\b(?:noon|midday|midnight|morning|afternoon|evening|tonight|hours?|"
    r"minutes?|mins?)\b",
    re.IGNORECASE,
)


def parse_when(
    text: str,
    now: datetime,
    zone: tzinfo,
    *,
    field: str = "until",
    day_start: time = time(9),
    allow_past: bool = False,
) -> datetime:
    """An instant after ``now`` from ISO 8601 or everyday words, in the user's zone.

    Raises InputError naming ``field`` when the text is not understood or lies
    in the past (a snooze into the past would be a reminder lost), unless
    ``allow_past`` (a deadline or interview time recorded after the fact).
    """
    try:
        instant = parse_instant(text, zone, field=field)
    except InputError:
        instant = _parse_words(text, now, zone, field=field, day_start=day_start)
    if instant <= now and not allow_past:
        raise InputError(f"{field}: {text!r} is not in the future", field=field)
    return instant


def _parse_words(
    text: str, now: datetime, zone: tzinfo, *, field: str, day_start: time
) -> datetime:
    import dateparser

    local_now = now.astimezone(zone).replace(tzinfo=None)
    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={
            "RELATIVE_BASE": local_now,
            "PREFER_DATES_FROM": "future",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    if parsed is None:
        raise InputError(
            f"{field}: {text!r} is not a time I understand; try 'tomorrow 9am', "
            "'friday 3pm', '11 dec 17:00' or an ISO time such as 2027-01-15T15:00",
            field=field,
        )
    if not _HAS_TIME.search(text) and parsed.time() == time(0):
        parsed = datetime.combine(parsed.date(), day_start)
    return localize(parsed, zone).astimezone(UTC)
