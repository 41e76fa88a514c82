"""Showing and editing instants in the user's zone (the ledger's, not the machine's).

Date-time editors hold the local wall-clock time in a QDateTime pinned to UTC:
that way Qt applies no daylight-saving rule of the machine's own zone, and
:func:`ghostless.core.timeparse.localize` alone decides what a local time means.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from ghostless.core.timeparse import localize
from ghostless.core.wording import date_words

EDIT_FORMAT = "ddd d MMM yyyy  HH:mm"


def short_local(instant: datetime, zone: tzinfo) -> str:
    """A time people read at a glance: ``Fri 20 Nov 2026, 15:00`` (in the user's language:
    not strftime's %a and %b, which follow the C locale Qt sets from the environment)."""
    local = instant.astimezone(zone)
    return f"{date_words(local)} {local.year}, {local:%H:%M}"


def to_wall_clock(instant: datetime, zone: tzinfo) -> QDateTime:
    local = instant.astimezone(zone)
    return QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute),
        QTimeZone.utc(),
    )


def from_wall_clock(value: QDateTime, zone: tzinfo) -> datetime:
    """The aware instant a wall-clock value in ``zone`` stands for."""
    day, clock = value.date(), value.time()
    naive = datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())  # noqa: DTZ001 - wall-clock value, localized on the next line
    return localize(naive, zone)


def instant_edit(instant: datetime, zone: tzinfo, parent: QWidget | None = None) -> QDateTimeEdit:
    """A date-and-time editor showing ``instant`` in ``zone``, with a calendar pop-up."""
    edit = QDateTimeEdit(parent)
    edit.setTimeZone(QTimeZone.utc())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(EDIT_FORMAT)
    edit.setDateTime(to_wall_clock(instant, zone))
    return edit
