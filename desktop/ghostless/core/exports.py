"""Writing what Ghostless knows for other programs: iCalendar and spreadsheet cells.

Pure text: the services decide where it goes. The calendar follows RFC 5545
(CRLF line ends, lines folded at 75 octets, TEXT values escaped); every
follow-up window is one VEVENT or VTODO with a VALARM at its reminder time,
a UID that stays the same from export to export, and the contact never named
as an attendee (only the user's own calendar sees it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

#: Cells a spreadsheet would run as a formula start with one of these.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")


def neutralise_cell(value: str) -> str:
    """A CSV cell a spreadsheet shows as text: formula-like cells get a leading quote
    (OWASP ASVS 1.2.10; CWE-1236)."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


# -- iCalendar -----------------------------------------------------------------------
PRODID = "-//Ghostless//Follow-up windows//EN"


@dataclass(frozen=True, slots=True)
class CalendarItem:
    """One follow-up window as the calendar shows it."""

    uid: str
    summary: str
    description: str
    opens_at: datetime
    due_at: datetime
    remind_at: datetime | None


def escape_text(value: str) -> str:
    """An RFC 5545 TEXT value: backslash, semicolon, comma and newlines escaped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """One content line folded at 75 octets, never inside a UTF-8 sequence (RFC 5545 3.1)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts: list[str] = []
    start, limit = 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # a continuation byte
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start, limit = end, 74  # continuation lines begin with one space
    return "\r\n ".join(parts)


def utc_stamp(instant: datetime) -> str:
    if instant.tzinfo is None:
        raise ValueError("iCalendar instants must be aware")
    return instant.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar_text(items: Sequence[CalendarItem], *, now: datetime, todo: bool = False) -> str:
    """The whole calendar, as a string with CRLF line ends."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Ghostless follow-ups",
    ]
    stamp = utc_stamp(now)
    for item in items:
        lines += _component(item, stamp, todo)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def _component(item: CalendarItem, stamp: str, todo: bool) -> Iterable[str]:
    kind = "VTODO" if todo else "VEVENT"
    yield f"BEGIN:{kind}"
    yield f"UID:{escape_text(item.uid)}"
    yield f"DTSTAMP:{stamp}"
    yield f"SUMMARY:{escape_text(item.summary)}"
    if item.description:
        yield f"DESCRIPTION:{escape_text(item.description)}"
    if todo:
        yield f"DTSTART:{utc_stamp(item.opens_at)}"
        yield f"DUE:{utc_stamp(item.due_at)}"
        yield "STATUS:NEEDS-ACTION"
    else:
        # A short marker at the polite limit, free time: the window is a deadline,
        # not a meeting.
        yield f"DTSTART:{utc_stamp(item.due_at)}"
        yield "DURATION:PT15M"
        yield "TRANSP:TRANSPARENT"
    yield "CLASS:PRIVATE"
    if item.remind_at is not None:
        yield "BEGIN:VALARM"
        yield "ACTION:DISPLAY"
        yield f"DESCRIPTION:{escape_text(item.summary)}"
        yield f"TRIGGER;VALUE=DATE-TIME:{utc_stamp(item.remind_at)}"
        yield "END:VALARM"
    yield f"END:{kind}"
