"""The one iCalendar writer: follow-up windows as VEVENT or VTODO, each with its VALARM.

Built with the ``icalendar`` library (which the ``caldav`` client brings), for
both the calendar file export and the sync (:mod:`ghostless.services.dav_sync`).
The library does the RFC 5545 work (CRLF line ends, folding at 75 octets,
escaping TEXT values); this module says what goes in. The contact is never an
attendee: only the user's own calendar sees the item.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from icalendar import Alarm, Calendar, Event, Todo, vText

from ghostless.core.exports import CalendarItem

PRODID = "-//Ghostless//Follow-up windows//EN"
#: Private properties that let the sync find a window from its task (RFC 5545 3.8.8.2).
KEY_PROPERTY = "X-GHOSTLESS-KEY"
LOOP_PROPERTY = "X-GHOSTLESS-LOOP"
_FIFTEEN_MINUTES = timedelta(minutes=15)


class _Text(vText):
    """A TEXT value escaped as RFC 5545 3.3.11 says, and nothing more.

    The library first turns a backslash followed by "N" into a line break (so
    a subject such as "C:\\New offers" came back from the calendar broken);
    here the backslash is escaped first, like every other special character.
    """

    def to_ical(self) -> bytes:
        text = str(self).replace("\r\n", "\n").replace("\r", "\n")
        escaped = (
            text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n")
        )  # fmt: skip
        return escaped.encode("utf-8")  # what vText itself encodes with


def _utc(instant: datetime) -> datetime:
    if instant.tzinfo is None:
        raise ValueError("iCalendar instants must be aware")
    return instant.astimezone(UTC)


def new_calendar(name: str = "Ghostless follow-ups", *, publish: bool = True) -> Calendar:
    calendar = Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", PRODID)
    calendar.add("calscale", "GREGORIAN")
    if publish:
        calendar.add("method", "PUBLISH")
        calendar.add("x-wr-calname", name)
    return calendar


def _alarm(item: CalendarItem) -> Alarm | None:
    if item.remind_at is None:
        return None
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", _Text(item.summary))
    # An absolute trigger must say so (RFC 5545 3.8.6.3); without VALUE a reader
    # takes it for a duration.
    alarm.add("trigger", _utc(item.remind_at), parameters={"VALUE": "DATE-TIME"})
    return alarm


def _common(component: Event | Todo, item: CalendarItem, now: datetime) -> None:
    component.add("uid", item.uid)
    component.add("dtstamp", _utc(now))
    component.add("summary", _Text(item.summary))
    if item.description:
        component.add("description", _Text(item.description))


def event(item: CalendarItem, now: datetime) -> Event:
    """A short free-time marker at the polite limit: the window is a deadline, not a
    meeting. Where the reminder comes after it (held for working hours, or snoozed),
    the marker moves there: an alarm never rings after its event, and the description
    keeps the true due time."""
    component = Event()
    _common(component, item, now)
    start = item.due_at if item.remind_at is None else max(item.due_at, item.remind_at)
    component.add("dtstart", _utc(start))
    component.add("duration", _FIFTEEN_MINUTES)
    component.add("transp", "TRANSPARENT")
    component.add("class", "PRIVATE")
    alarm = _alarm(item)
    if alarm is not None:
        component.add_component(alarm)
    return component


def todo(item: CalendarItem, now: datetime) -> Todo:
    """A task from the window's opening to its polite limit."""
    component = Todo()
    _common(component, item, now)
    component.add("dtstart", _utc(item.opens_at))
    component.add("due", _utc(item.due_at))
    component.add("status", "NEEDS-ACTION")
    component.add("class", "PRIVATE")
    if item.key:
        component.add(KEY_PROPERTY, item.key)
    if item.loop_id is not None:
        component.add(LOOP_PROPERTY, str(item.loop_id))
    alarm = _alarm(item)
    if alarm is not None:
        component.add_component(alarm)
    return component


def calendar_bytes(items: Sequence[CalendarItem], *, now: datetime, todo_items: bool) -> bytes:
    """The whole calendar file (UTF-8, CRLF line ends)."""
    calendar = new_calendar()
    for item in items:
        calendar.add_component(todo(item, now) if todo_items else event(item, now))
    return bytes(calendar.to_ical())


def todo_bytes(item: CalendarItem, *, now: datetime) -> bytes:
    """One task as its own calendar object resource, as a CalDAV server stores it."""
    calendar = new_calendar(publish=False)
    calendar.add_component(todo(item, now))
    return bytes(calendar.to_ical())


#: The shared ledger's own property: the loop's record as canonical JSON, in base64
#: so no server or client that re-writes TEXT values (escaping, line ends) can alter it.
RECORD_PROPERTY = "X-GHOSTLESS-RECORD"


def journal_bytes(uid: str, summary: str, description: str, record: str, *, now: datetime) -> bytes:
    """One shared loop as a journal entry (VJOURNAL): readable text for any client,
    and the record itself for other Ghostless desktops."""
    from icalendar import Journal

    calendar = new_calendar(publish=False)
    entry = Journal()
    entry.add("uid", uid)
    entry.add("dtstamp", _utc(now))
    entry.add("summary", summary)
    entry.add("description", description)
    entry.add("class", "PRIVATE")
    entry.add(RECORD_PROPERTY, base64.b64encode(record.encode()).decode("ascii"))
    calendar.add_component(entry)
    return bytes(calendar.to_ical())


def journal_record(data: bytes) -> str | None:
    """The record a journal entry written by :func:`journal_bytes` carries (None: none)."""
    found = Calendar.from_ical(data).walk("VJOURNAL")
    if not found or RECORD_PROPERTY not in found[0]:
        return None
    try:
        return base64.b64decode(str(found[0][RECORD_PROPERTY]), validate=True).decode()
    except ValueError:
        return None
