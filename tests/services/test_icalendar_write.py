"""The one iCalendar writer (on the icalendar library): files and sync items."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import vobject
from hypothesis import example, given
from hypothesis import strategies as st
from icalendar import Calendar

from ghostless.core.exports import CalendarItem, calendar_uid
from ghostless.services.icalendar_write import KEY_PROPERTY, calendar_bytes, todo_bytes

AT = datetime(2026, 11, 20, 9, tzinfo=UTC)


def _item(summary: str = "Reply; now", description: str = "") -> CalendarItem:
    return CalendarItem("loop-1-reply-1@ghostless", summary, description, AT, AT, AT)


@given(st.text(min_size=0, max_size=300))
@example("\\N")  # the library alone wrote it as a line break
@example("C:\\New offers; see\\notes, please\r\nthanks")
def test_any_text_is_folded_at_75_octets_and_reads_back_the_same(value: str) -> None:
    text = calendar_bytes(
        [_item(summary=value or "x", description=value)], now=AT, todo_items=False
    )
    assert all(len(line) <= 75 for line in text.split(b"\r\n"))
    event = Calendar.from_ical(text).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == (value or "x").replace("\r\n", "\n").replace("\r", "\n")


def test_a_calendar_has_crlf_lines_stable_uids_and_an_alarm() -> None:
    text = calendar_bytes([_item()], now=AT, todo_items=False).decode()
    assert text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert "UID:loop-1-reply-1@ghostless\r\n" in text
    assert "SUMMARY:Reply\\; now\r\n" in text
    assert "TRIGGER;VALUE=DATE-TIME:20261120T090000Z" in text
    assert "ATTENDEE" not in text
    todo = calendar_bytes([_item()], now=AT, todo_items=True).decode()
    assert "BEGIN:VTODO" in todo
    assert "DUE:20261120T090000Z" in todo
    assert "STATUS:NEEDS-ACTION" in todo


def test_an_alarm_never_rings_after_its_marker() -> None:
    later = AT + timedelta(hours=3)
    item = CalendarItem("u@ghostless", "Reply", "", AT, AT, later)
    calendar = vobject.readOne(calendar_bytes([item], now=AT, todo_items=False).decode())
    assert calendar.vevent.dtstart.value == later
    assert calendar.vevent.valarm.trigger.value == later


def test_a_sync_item_is_one_task_carrying_its_key_and_a_stable_uid() -> None:
    uid = calendar_uid("loop:7:reply:2026-11-20")
    assert uid == calendar_uid("loop:7:reply:2026-11-20") != calendar_uid("loop:7:reply:x")
    item = CalendarItem(uid, "Reply", "Ada", AT, AT, AT, key="loop:7:reply:2026-11-20", loop_id=7)
    calendar = Calendar.from_ical(todo_bytes(item, now=AT))
    (task,) = calendar.walk("VTODO")
    assert str(task["UID"]) == uid
    assert str(task[KEY_PROPERTY]) == "loop:7:reply:2026-11-20"
    assert "METHOD" not in calendar  # a CalDAV object resource carries no METHOD
    assert task.walk("VALARM")
