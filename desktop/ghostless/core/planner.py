"""The planner: windows and an instant give statuses, deliveries and the next wake-up.

Pure like the playbooks: the scheduler passes in ``now``, the keys already
delivered (kept in the store), the snoozes and the away period, and gets back
what to show. Exactly-once follows from the keys: every reminder has a key
that names its occurrence for good, :func:`due_now` returns each undelivered
key once when its instant has come, and the caller records the returned keys
in the same transaction as it notes the delivery. A restart, a wake from
sleep or a clock jump then delivers everything missed once (several at once
as one digest), and nothing twice.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from enum import StrEnum

from ghostless.core.errors import InputError
from ghostless.core.i18n import N_, _
from ghostless.core.settings import Settings
from ghostless.core.windows import FollowUpWindow, Reminder
from ghostless.core.working_hours import (
    first_working_day_from,
    local_date,
    wall_instant,
)


class Status(StrEnum):
    """Where a window stands at an instant."""

    UPCOMING = "upcoming"
    OPEN = "open"
    DUE = "due"
    OVERDUE = "overdue"

    @property
    def rank(self) -> int:
        """Sort key for urgency: overdue first."""
        return _STATUS_RANK[self]


_STATUS_RANK = {Status.OVERDUE: 0, Status.DUE: 1, Status.OPEN: 2, Status.UPCOMING: 3}


def status_at(window: FollowUpWindow, now: datetime) -> Status:
    """upcoming before it opens, open until due, due until overdue, then overdue."""
    if now < window.opens_at:
        return Status.UPCOMING
    if now < window.due_at:
        return Status.OPEN
    if now < window.overdue_at:
        return Status.DUE
    return Status.OVERDUE


def is_expired(window: FollowUpWindow, now: datetime) -> bool:
    """A cancel-if-late window past its point (an interview that has started)."""
    return window.expires_at is not None and now >= window.expires_at


# -- away mode -------------------------------------------------------------
class AwayReason(StrEnum):
    ILLNESS = "illness"
    BEREAVEMENT = "bereavement"
    BURNOUT = "burnout"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _(_AWAY_LABELS[self])


_AWAY_LABELS = {
    AwayReason.ILLNESS: N_("Illness"),
    AwayReason.BEREAVEMENT: N_("Bereavement"),
    AwayReason.BURNOUT: N_("Burnout"),
    AwayReason.OTHER: N_("Other"),
}


@dataclass(frozen=True, slots=True)
class AwayPeriod:
    """The user cannot correspond from ``start`` until ``end`` (None: not back yet)."""

    start: datetime
    end: datetime | None = None
    reason: AwayReason = AwayReason.OTHER

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or (self.end is not None and self.end.tzinfo is None):
            raise ValueError("AwayPeriod needs aware datetimes")
        if self.end is not None and self.end <= self.start:
            raise InputError("away: the end must come after the start", field="away")

    def covers(self, now: datetime) -> bool:
        return self.start <= now and (self.end is None or now < self.end)


# -- deliveries ------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Pending:
    """A reminder not yet delivered: under ``key``, at ``at`` (snoozes included)."""

    window: FollowUpWindow
    reminder: Reminder
    key: str
    at: datetime
    snoozed: bool = False


@dataclass(frozen=True, slots=True)
class Delivery:
    """What to show now, and what was dropped as too late; record ``keys``.

    ``catch_up`` says these came while Ghostless was closed or the machine asleep:
    only whoever watched the clock knows (see
    :class:`ghostless.ui.reminders.scheduler.SchedulerDriver`).
    A reminder that is late only because its loop was entered afterwards (the
    examples, an event logged days after it happened, new settings) was not missed.
    """

    now: datetime
    items: tuple[Pending, ...] = ()
    dropped: tuple[Pending, ...] = ()
    catch_up: bool = False

    @property
    def digest(self) -> bool:
        """Several reminders at once are shown as one digest."""
        return len(self.items) > 1

    @property
    def keys(self) -> tuple[str, ...]:
        """Every key to record as handled, delivered or dropped."""
        return tuple(p.key for p in self.items + self.dropped)


def snooze_key(reminder_key: str, until: datetime) -> str:
    """The delivery key of a snoozed reminder: a new snooze is a new delivery."""
    return f"{reminder_key}~snoozed:{until.astimezone(UTC).isoformat()}"


def pending_reminders(
    windows: Iterable[FollowUpWindow],
    delivered_keys: Collection[str],
    snoozes: Mapping[str, datetime] | None = None,
) -> tuple[Pending, ...]:
    """Every reminder not yet delivered, in delivery order.

    ``snoozes`` maps a reminder key to the instant it was snoozed until: a
    snoozed reminder is delivered then (even if it was delivered before), and
    not at its own instant.
    """
    snoozes = snoozes or {}
    found: list[Pending] = []
    for window in windows:
        for reminder in window.reminders:
            until = snoozes.get(reminder.key)
            if until is None:
                key, at = reminder.key, reminder.at
            else:
                key, at = snooze_key(reminder.key, until), until.astimezone(UTC)
            if key not in delivered_keys:
                found.append(Pending(window, reminder, key, at, snoozed=until is not None))
    found.sort(key=lambda p: (p.at, p.key))
    return tuple(found)


def due_now(
    windows: Iterable[FollowUpWindow],
    now: datetime,
    delivered_keys: Collection[str],
    *,
    away: AwayPeriod | None = None,
    snoozes: Mapping[str, datetime] | None = None,
) -> Delivery:
    """The reminders to deliver at ``now``: each undelivered key whose instant has come.

    While away nothing is delivered and nothing is lost: once back, every
    reminder that came due meanwhile is delivered (as one digest). A
    cancel-if-late reminder whose point has passed is dropped instead.
    """
    if away is not None and away.covers(now):
        return Delivery(now)
    items: list[Pending] = []
    dropped: list[Pending] = []
    for pending in pending_reminders(windows, delivered_keys, snoozes):
        if pending.at > now:
            continue
        (dropped if is_expired(pending.window, now) else items).append(pending)
    return Delivery(now, tuple(items), tuple(dropped))


def next_wakeup(
    windows: Iterable[FollowUpWindow],
    delivered_keys: Collection[str],
    now: datetime,
    *,
    away: AwayPeriod | None = None,
    snoozes: Mapping[str, datetime] | None = None,
) -> datetime | None:
    """The earliest instant, not before ``now``, at which something is to be delivered.

    None when nothing is pending (or the user is away with no end set). While
    away with an end, the end: the missed reminders and the "back now" summary
    come then. A reminder that can only be dropped (its point passes first)
    is no reason to wake.
    """
    if away is not None and away.covers(now):
        return None if away.end is None else max(away.end, now)
    times = [
        p.at
        for p in pending_reminders(windows, delivered_keys, snoozes)
        if not is_expired(p.window, max(p.at, now))
    ]
    return max(min(times), now) if times else None


#: The longest the scheduler sleeps between checks: a clock jump, a wake from
#: sleep or a write by another process is noticed within this.
TIMER_CAP = timedelta(minutes=5)


def timer_delay(wakeup: datetime | None, now: datetime, cap: timedelta = TIMER_CAP) -> timedelta:
    """How long the scheduler's timer should sleep: until ``wakeup``, at most ``cap``.

    None (nothing pending) sleeps the cap; a wake-up already due fires at once.
    The Qt driver and the idle-day benchmark share this rule.
    """
    if wakeup is None:
        return cap
    return max(timedelta(0), min(wakeup - now, cap))


# -- snooze ----------------------------------------------------------------
class SnoozePreset(StrEnum):
    HOUR = "hour"
    THIS_EVENING = "this_evening"
    TOMORROW_MORNING = "tomorrow_morning"
    NEXT_WEEK = "next_week"

    @property
    def label(self) -> str:
        return _SNOOZE_LABELS[self]


_SNOOZE_LABELS = {
    SnoozePreset.HOUR: "For an hour",
    SnoozePreset.THIS_EVENING: "Until this evening",
    SnoozePreset.TOMORROW_MORNING: "Until tomorrow morning",
    SnoozePreset.NEXT_WEEK: "Until next week",
}


def snooze_until(preset: SnoozePreset, now: datetime, zone: tzinfo, settings: Settings) -> datetime:
    """The instant a snooze preset ends, as a UTC instant.

    An hour is real time. This evening and tomorrow morning are the wall times
    in the settings on today's and tomorrow's local date; next week is the
    start of working hours on the first working day of next week (Monday by
    default). Wall times in a daylight-saving gap move to the change itself.
    Raises InputError for "this evening" once the evening has begun.
    """
    now = now.astimezone(UTC)
    today = local_date(now, zone)
    if preset is SnoozePreset.HOUR:
        return now + timedelta(hours=1)
    if preset is SnoozePreset.THIS_EVENING:
        evening = wall_instant(today, settings.snooze_evening, zone)
        if evening <= now:
            raise InputError(
                "snooze: it is already evening; pick tomorrow morning or a time",
                field="snooze",
            )
        return evening
    if preset is SnoozePreset.TOMORROW_MORNING:
        return wall_instant(today + timedelta(days=1), settings.snooze_morning, zone)
    hours = settings.working_hours
    monday = today + timedelta(days=7 - today.weekday())
    first = first_working_day_from(monday, hours)
    return wall_instant(first, hours.start, zone)


def snooze_presets(now: datetime, zone: tzinfo, settings: Settings) -> tuple[SnoozePreset, ...]:
    """The presets that make sense at ``now`` (this evening only before it begins)."""
    evening = wall_instant(local_date(now, zone), settings.snooze_evening, zone)
    return tuple(
        preset
        for preset in SnoozePreset
        if preset is not SnoozePreset.THIS_EVENING or now < evening
    )


def snooze_to(chosen: datetime, now: datetime) -> datetime:
    """A snooze to a chosen instant: it must be aware and in the future."""
    if chosen.tzinfo is None:
        raise InputError("snooze: the time needs a zone", field="snooze")
    if chosen <= now:
        raise InputError("snooze: pick a time in the future", field="snooze")
    return chosen.astimezone(UTC)


# -- back now --------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class QuietLoop:
    """A loop of mine that came due or went overdue while the user was away."""

    loop_id: int
    windows: tuple[FollowUpWindow, ...]
    status: Status


@dataclass(frozen=True, slots=True)
class BackNowSummary:
    """Every loop that went quiet during an away period, with a "back now" draft."""

    away: AwayPeriod
    back_at: datetime
    loops: tuple[QuietLoop, ...]
    message: str

    @property
    def is_empty(self) -> bool:
        return not self.loops


def back_now_summary(
    windows: Iterable[FollowUpWindow], away: AwayPeriod, now: datetime
) -> BackNowSummary:
    """The loops whose turn was mine and that became due or overdue while away.

    The period ends at ``away.end``, or at ``now`` if no end was set. Windows
    that wait on the other side and expired windows are left
    out; the worst status at the return comes first.
    """
    back_at = away.end if away.end is not None else now
    by_loop: dict[int, list[FollowUpWindow]] = {}
    for window in windows:
        if window.waiting or is_expired(window, back_at):
            continue
        came = any(away.start <= t < back_at for t in (window.due_at, window.overdue_at))
        if came and status_at(window, back_at) in (Status.DUE, Status.OVERDUE):
            by_loop.setdefault(window.loop_id, []).append(window)
    loops = [
        QuietLoop(
            loop_id,
            tuple(sorted(found, key=lambda w: w.due_at)),
            min((status_at(w, back_at) for w in found), key=lambda s: s.rank),
        )
        for loop_id, found in by_loop.items()
    ]
    loops.sort(key=lambda q: (q.status.rank, q.windows[0].due_at, q.loop_id))
    return BackNowSummary(away, back_at, tuple(loops), back_now_message(away.reason))


_BACK_NOW = {
    AwayReason.ILLNESS: "I was unwell for a while and am catching up now.",
    AwayReason.BEREAVEMENT: "I stepped away for a family matter and am back now.",
    AwayReason.BURNOUT: "I took some time away to rest and am back now.",
    AwayReason.OTHER: "I was away for a while and am back now.",
}


def back_now_message(reason: AwayReason) -> str:
    """A short "back now" draft with brief context; the user edits it before sending."""
    return (
        f"Hello, {_BACK_NOW[reason]} Thank you for your patience. "
        "Here is where things stand on my side:"
    )
