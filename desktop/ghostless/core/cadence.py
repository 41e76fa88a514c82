"""Keep-in-touch cadences as people say them: "90", "90d", "6 weeks", "3 months", "1y"."""

from __future__ import annotations

import re

from ghostless.core.errors import InputError

#: Days per unit. A month is 30 days and a year 365: a cadence is a rhythm, not a date.
_UNITS = {"d": 1, "day": 1, "w": 7, "week": 7, "m": 30, "month": 30, "y": 365, "year": 365}
_PATTERN = re.compile(r"^\s*(\d+)\s*([a-z]*?)s?\s*$")
MAX_DAYS = 3650


def parse_cadence(text: str, field: str = "every") -> int | None:
    """Days between keep-in-touch items; None for "off" (no cadence)."""
    cleaned = text.strip().lower()
    if cleaned in ("off", "none", "never", ""):
        return None
    match = _PATTERN.match(cleaned)
    unit = match.group(2) if match else ""
    if match is None or unit not in ("", *_UNITS):
        raise InputError(
            f"{field}: {text!r} is not a cadence; say how often, like 90d, 6 weeks or 3 months",
            field=field,
        )
    days = int(match.group(1)) * _UNITS.get(unit, 1)
    if not 1 <= days <= MAX_DAYS:
        raise InputError(f"{field}: {days} days is outside 1..{MAX_DAYS}", field=field)
    return days


def cadence_words(days: int) -> str:
    """90 -> "every 3 months", 14 -> "every 2 weeks", 10 -> "every 10 days"."""
    for unit, size in (("year", 365), ("month", 30), ("week", 7)):
        if days % size == 0:
            count = days // size
            return f"every {count} {unit}{'s' if count != 1 else ''}"
    return f"every {days} day{'s' if days != 1 else ''}"
