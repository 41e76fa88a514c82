"""Writing what Ghostless knows for other programs: iCalendar and spreadsheet cells.

Pure text: the services decide where it goes. The calendar follows RFC 5545
(CRLF line ends, lines folded at 75 octets, TEXT values escaped); every
follow-up window is one VEVENT or VTODO with a VALARM at its reminder time,
a UID that stays the same from export to export, and the contact never named
as an attendee (only the user's own calendar sees it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from ghostless.core.models import Address, AddressKind, Contact

#: Cells a spreadsheet would run as a formula start with one of these.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")
#: Cells that get a leading quote: formula-like ones, and those starting with a quote
#: themselves, so that taking one quote off (:func:`unneutralise_cell`) is exact.
_QUOTED = (*FORMULA_STARTS, "'")


def neutralise_cell(value: str) -> str:
    """A CSV cell a spreadsheet shows as text: formula-like cells get a leading quote
    (OWASP ASVS 1.2.10; CWE-1236)."""
    return "'" + value if value.startswith(_QUOTED) else value


def unneutralise_cell(value: str) -> str:
    """The value :func:`neutralise_cell` was given: for re-importing our own export."""
    return value[1:] if value.startswith("'") and value[1:].startswith(_QUOTED) else value


# -- contacts as CSV -----------------------------------------------------------------
#: The first columns of the contacts CSV: the primary address of each kind.
CONTACT_CSV_HEADER = ("Name", "Email", "Organisation", "Role", "Phone", "URL", "Notes", "Tags")
_KIND_COLUMNS = (
    (AddressKind.EMAIL, "Email"),
    (AddressKind.PHONE, "Phone"),
    (AddressKind.URL, "URL"),
)


def contact_csv_header(contacts: Sequence[Contact]) -> list[str]:
    """The header: :data:`CONTACT_CSV_HEADER`, the primary addresses' labels, then
    numbered columns for as many further addresses of each kind as any contact has."""
    return contact_csv_header_for(
        {
            kind: max((len(_others(contact, kind)) for contact in contacts), default=0)
            for kind, _column in _KIND_COLUMNS
        }
    )


def contact_csv_header_for(most: Mapping[AddressKind, int]) -> list[str]:
    """:func:`contact_csv_header` given the most further addresses of each kind any
    contact has (so that the contacts can be written as they are read)."""
    header = [*CONTACT_CSV_HEADER, "Email label", "Phone label", "URL label"]
    for kind, column in _KIND_COLUMNS:
        for n in range(2, most.get(kind, 0) + 2):
            header += [f"{column} {n}", f"{column} {n} label"]
    return header


def _others(contact: Contact, kind: AddressKind) -> list[Address]:
    return [a for a in contact.addresses if a.kind is kind and not a.primary]


def _primary(contact: Contact, kind: AddressKind) -> Address | None:
    return next((a for a in contact.addresses if a.kind is kind and a.primary), None)


def contact_csv_row(contact: Contact, header: Sequence[str]) -> list[str]:
    """One contact under ``header`` (see :func:`contact_csv_header`), cells neutralised."""
    cells = {
        "Name": contact.name, "Email": contact.email, "Organisation": contact.org,
        "Role": contact.role, "Phone": contact.phone, "URL": contact.url,
        "Notes": contact.notes, "Tags": ", ".join(contact.tags),
    }  # fmt: skip
    for kind, column in _KIND_COLUMNS:
        primary = _primary(contact, kind)
        cells[f"{column} label"] = primary.label if primary else ""
        for n, address in enumerate(_others(contact, kind), 2):
            cells[f"{column} {n}"] = address.value
            cells[f"{column} {n} label"] = address.label
    return [neutralise_cell(cells.get(name, "")) for name in header]


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
        # not a meeting. Where the reminder comes after it (held for working
        # hours, or snoozed), the marker moves there: an alarm never rings after
        # its event, and the description keeps the true due time.
        start = item.due_at if item.remind_at is None else max(item.due_at, item.remind_at)
        yield f"DTSTART:{utc_stamp(start)}"
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
