"""The agenda: the one answer to "what is owed, where does it stand, what next?".

Every view of what is owed takes its lines from :func:`agenda_items` and
nothing else: the tray (icon, tooltip, menu), Today, the loop list's Next
column, the detail pane, ``ghostless due`` (text and ``--json``), notifications
and the calendar export. The store may pre-filter windows with an index (open
loops, not yet expired); this function decides the status of each item, its
order, and the advice attached to it.

Repair is advice on a late item, not one more thing owed: an overdue item of
mine carries :class:`Repair` advice (a short apology while the silence is young,
counted from when the item went overdue; afterwards, re-engage only with a real
purpose). Nothing is ever predicted: an item that is not yet late carries none.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import NamedTuple

from ghostless.core.i18n import N_, _
from ghostless.core.models import Loop, LoopKind
from ghostless.core.planner import Status, is_expired, status_at
from ghostless.core.windows import Action, FollowUpWindow, Rule


class Repair(StrEnum):
    """What a late item suggests about the silence it caused."""

    APOLOGY = "apology"
    PURPOSE = "purpose"

    @property
    def advice(self) -> str:
        return _(_REPAIR_ADVICE[self])


_REPAIR_ADVICE = {
    Repair.APOLOGY: N_("A short apology and a clear answer still repair this silence."),
    Repair.PURPOSE: N_(
        "This silence is long: re-engage only if you have a real reason to, not just to say sorry."
    ),
}


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One thing owed, as it stands at the agenda's instant.

    ``snoozed_until`` is set while a snooze holds its reminders back; ``repair``
    is the advice on a late item of mine, and ``repair_until`` the instant a
    short apology stops being enough.
    """

    window: FollowUpWindow
    status: Status
    snoozed_until: datetime | None = None
    repair: Repair | None = None
    repair_until: datetime | None = None

    @property
    def loop_id(self) -> int:
        return self.window.loop_id

    @property
    def owed_now(self) -> bool:
        """Open, due or overdue, and not snoozed: what the tray counts and Today lists first."""
        return self.status is not Status.UPCOMING and self.snoozed_until is None


@dataclass(frozen=True, slots=True)
class AgendaCounts:
    """How many lines the agenda holds at an instant (the store counts them in SQL)."""

    owed_now: int = 0
    overdue_now: int = 0
    total: int = 0

    @property
    def later(self) -> int:
        """Upcoming or snoozed."""
        return self.total - self.owed_now


def agenda_counts(items: Iterable[AgendaItem]) -> AgendaCounts:
    """The counts of these lines: what the store's aggregate query must agree with."""
    owed = overdue = total = 0
    for item in items:
        total += 1
        if item.owed_now:
            owed += 1
            overdue += item.status is Status.OVERDUE
    return AgendaCounts(owed, overdue, total)


def agenda_items(
    windows: Iterable[FollowUpWindow],
    now: datetime,
    *,
    snoozes: Mapping[str, datetime],
    repair_after: timedelta,
) -> tuple[AgendaItem, ...]:
    """What is owed at ``now``, in the order every view shows it.

    ``snoozes`` maps a reminder key to the instant it is snoozed until. Expired
    items (a cancel-if-late check whose interview has begun) are left out. The
    order: what is owed now before what is upcoming or snoozed; within each, my
    obligations before the rules that wait on the other side; then overdue,
    due, open, upcoming; then the earliest due; then the key, so equal items
    keep one order everywhere.
    """
    items = [_item(w, now, snoozes, repair_after) for w in windows if not is_expired(w, now)]
    items.sort(key=urgency)
    return tuple(items)


def _item(
    window: FollowUpWindow,
    now: datetime,
    snoozes: Mapping[str, datetime],
    repair_after: timedelta,
) -> AgendaItem:
    held = [snoozes[r.key] for r in window.reminders if r.key in snoozes]
    snoozed = max((until for until in held if until > now), default=None)
    return agenda_item(window, now, snoozed_until=snoozed, repair_after=repair_after)


def agenda_item(
    window: FollowUpWindow,
    now: datetime,
    *,
    snoozed_until: datetime | None,
    repair_after: timedelta,
) -> AgendaItem:
    """One line as it stands at ``now``, its snooze already known (the store pages
    the agenda in SQL and hands each line's latest snooze still holding here)."""
    status = status_at(window, now)
    repair, until = repair_of(
        status, window.waiting, window.rule, window.overdue_at, now, repair_after
    )
    return AgendaItem(window, status, snoozed_until, repair, until)


def repair_of(
    status: Status,
    waiting: bool,
    rule: Rule,
    overdue_at: datetime,
    now: datetime,
    repair_after: timedelta,
) -> tuple[Repair | None, datetime | None]:
    """The advice on a line and the instant a short apology stops being enough
    (both None unless it is a late item of mine)."""
    # Repair is for a silence that owes someone an answer; a catch-up nobody asked for owes none.
    if status is not Status.OVERDUE or waiting or rule is Rule.KEEP_IN_TOUCH:
        return None, None
    until = overdue_at + repair_after
    return (Repair.APOLOGY if now < until else Repair.PURPOSE), until


class AgendaLine(NamedTuple):
    """One agenda line, flat: the item's status and advice with the few facts of its
    window and loop a listing prints (``ghostless due``, text and JSON).

    The same line as an :class:`AgendaItem` with its loop (:func:`line_of`), read
    without the window's reminders or the loop's record: a listing of tens of
    thousands of lines then costs one row each. A named tuple, immutable like the
    dataclasses, because it is made a line at a time: a frozen dataclass of
    seventeen fields takes 2 µs to build, a tuple 0.3 µs.
    """

    loop_id: int
    contact: str
    org: str
    subject: str
    kind: LoopKind
    key: str
    rule: Rule
    action: Action
    waiting: bool
    status: Status
    opens_at: datetime
    due_at: datetime
    overdue_at: datetime
    remind_at: datetime | None
    snoozed_until: datetime | None
    repair: Repair | None
    repair_until: datetime | None

    @property
    def owed_now(self) -> bool:
        """As :attr:`AgendaItem.owed_now`."""
        return self.status is not Status.UPCOMING and self.snoozed_until is None


def line_of(item: AgendaItem, loop: Loop) -> AgendaLine:
    """An agenda item and its loop as one flat line."""
    window = item.window
    return AgendaLine(
        loop_id=loop.id,
        contact=loop.contact_name,
        org=loop.contact_org,
        subject=loop.subject,
        kind=loop.kind,
        key=window.key,
        rule=window.rule,
        action=window.action,
        waiting=window.waiting,
        status=item.status,
        opens_at=window.opens_at,
        due_at=window.due_at,
        overdue_at=window.overdue_at,
        remind_at=window.remind_at,
        snoozed_until=item.snoozed_until,
        repair=item.repair,
        repair_until=item.repair_until,
    )


# The agenda's order, for views that pick the most urgent of a few lines.
def urgency(item: AgendaItem) -> tuple[bool, bool, int, datetime, str, int]:
    window = item.window
    return (
        not item.owed_now,
        window.waiting,
        item.status.rank,
        window.due_at,
        window.key,
        window.loop_id,
    )


def first_per_loop(items: Sequence[AgendaItem]) -> dict[int, AgendaItem]:
    """Each loop's first line in the agenda: what the loop list's Next column shows."""
    found: dict[int, AgendaItem] = {}
    for item in items:
        found.setdefault(item.loop_id, item)
    return found


def owed_now(items: Iterable[AgendaItem]) -> tuple[AgendaItem, ...]:
    """The lines owed now, in agenda order: what the tray shows."""
    return tuple(item for item in items if item.owed_now)
