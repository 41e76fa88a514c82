"""How a playbook rule builds a window: instants kept in order, reminders placed.

Split from :mod:`ghostless.core.playbooks`, which holds the rules themselves;
the time semantics (elapsed hours, local calendar days) are explained there.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from operator import attrgetter

from ghostless.core.models import Event, EventKind
from ghostless.core.settings import Settings
from ghostless.core.windows import Action, FollowUpWindow, LoopFacts, Reminder, Rule, Timing
from ghostless.core.working_hours import (
    after_working_days,
    day_end,
    day_start,
    delivery_instant,
    local_date,
)


class PlaybookContext:
    """One loop's facts, settings and zone, and the ways a rule builds its windows."""

    def __init__(self, facts: LoopFacts, settings: Settings, zone: tzinfo) -> None:
        self.facts = facts
        self.settings = settings
        self.zone = zone
        self.kind = facts.loop.kind
        self.conversation: tuple[Event, ...] = (
            facts.events
            if facts.in_order
            else tuple(
                sorted((e for e in facts.events if e.kind is not EventKind.NOTE), key=_BY_TIME)
            )
        )

    def window(
        self,
        rule: Rule,
        action: Action,
        timing: Timing,
        *,
        anchor: datetime,
        since: datetime,
        opens: datetime,
        due: datetime,
        overdue: datetime,
        moments: tuple[tuple[str, datetime], ...] | None = None,
        expires: datetime | None = None,
        waiting: bool = False,
        key: str | None = None,
    ) -> FollowUpWindow:
        """A window with its instants kept in order and its reminders placed."""
        since = _utc(since)
        opens = max(_utc(opens), since)
        due = max(_utc(due), opens)
        overdue = max(_utc(overdue), due)
        anchor = _utc(anchor)
        key = key or f"{self.facts.loop.id}:{rule}:{anchor.isoformat()}"
        hours, zone = self.settings.working_hours, self.zone
        if moments is None:
            # One reminder, at the window's opening (most windows).
            reminders: tuple[Reminder, ...] = (
                Reminder(key, opens, delivery_instant(opens, hours, zone)),
            )
        else:
            placed: list[Reminder] = []
            for tag, moment in moments:
                moment = max(_utc(moment), opens)
                if any(r.moment == moment for r in placed):
                    continue
                at = delivery_instant(moment, hours, zone)
                placed.append(Reminder(f"{key}:{tag}" if tag else key, moment, at))
            reminders = tuple(placed)
        return FollowUpWindow(
            self.facts.loop.id, rule, action, timing, anchor, since, opens, due, overdue,
            reminders, key, _utc(expires) if expires else None, waiting,
        )  # fmt: skip

    def elapsed(
        self,
        rule: Rule,
        action: Action,
        anchor: datetime,
        hours: tuple[int, int, int],
        *,
        expires: datetime | None = None,
        cap: datetime | None = None,
        key: str | None = None,
    ) -> FollowUpWindow:
        """Opens, due and overdue a number of hours after ``anchor``.

        Real hours, or, when the settings count reply windows in working days,
        working days (see :func:`~ghostless.core.working_hours.after_working_days`).
        ``cap`` brings every instant forward to it at the latest.
        """
        settings = self.settings
        if settings.count_working_days:
            timing = Timing.WORKING_DAYS
            instants = [
                after_working_days(anchor, h, settings.working_hours, self.zone) for h in hours
            ]
        else:
            timing = Timing.ELAPSED
            instants = [anchor + timedelta(hours=h) for h in hours]
        if cap is not None:
            instants = [min(instant, cap) for instant in instants]
        remind, due, overdue = instants
        return self.window(
            rule,
            action,
            timing,
            key=key,
            anchor=anchor,
            since=anchor,
            opens=remind,
            due=due,
            overdue=overdue,
            expires=expires,
        )

    def days_after(
        self,
        rule: Rule,
        action: Action,
        anchor: datetime,
        remind_day: int,
        due_day: int,
        *,
        since: datetime | None = None,
        waiting: bool = False,
    ) -> FollowUpWindow:
        """Opens at the start of working hours on day ``remind_day`` after the
        anchor's local date, due from the start of day ``due_day``, overdue when
        working hours end that day."""
        first = local_date(anchor, self.zone)
        hours = self.settings.working_hours
        due_date = first + timedelta(days=due_day)
        return self.window(
            rule,
            action,
            Timing.LOCAL_DAYS,
            anchor=anchor,
            since=anchor if since is None else since,
            opens=day_start(first + timedelta(days=remind_day), hours, self.zone),
            due=day_start(due_date, hours, self.zone),
            overdue=day_end(due_date, hours, self.zone),
            waiting=waiting,
        )


#: Events in time order (the id breaks ties).
_BY_TIME = attrgetter("at", "id")


def _utc(instant: datetime) -> datetime:
    """The same instant in UTC (most are already: then the very object)."""
    return instant if instant.tzinfo is UTC else instant.astimezone(UTC)


def stamp(instant: datetime) -> str:
    """An instant as it appears in window keys: UTC ISO 8601."""
    return instant.astimezone(UTC).isoformat()
