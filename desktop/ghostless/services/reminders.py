"""The follow-up engine at work: what is owed, what to push now, and when to wake next.

:class:`ReminderService` reads the facts of every open loop in a few batched
queries, turns them into follow-up windows with the playbooks
(:func:`ghostless.core.playbooks.follow_up_windows`) and asks the planner the
rest. Every answer is computed afresh from the store, so the window, the tray
and the command line, in one process or several, agree; exactly-once comes
from the delivery keys recorded in the store (see :mod:`ghostless.core.planner`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo

from ghostless.core.errors import InputError
from ghostless.core.models import Loop
from ghostless.core.planner import (
    AwayPeriod,
    AwayReason,
    BackNowSummary,
    Delivery,
    SnoozePreset,
    Status,
    agenda,
    back_now_summary,
    due_now,
    next_wakeup,
    snooze_to,
    snooze_until,
)
from ghostless.core.playbooks import follow_up_windows
from ghostless.core.settings import Settings
from ghostless.core.windows import Action, FollowUpWindow
from ghostless.services.ledger import Ledger
from ghostless.store.reminders import AwayRepository, DeliveryRecord, ReminderRepository
from ghostless.store.settings import SettingsRepository


@dataclass(frozen=True, slots=True)
class Owed:
    """One line of "what is owed": the loop, its window and where it stands."""

    loop: Loop
    window: FollowUpWindow
    status: Status
    snoozed_until: datetime | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    """The open loops owed anything, by id, and all their windows."""

    loops: Mapping[int, Loop]
    windows: tuple[FollowUpWindow, ...]


class ReminderService:
    """What is owed and when to remind, over one ledger.

    Every method takes ``now`` (default: the ledger's clock), so the scheduler,
    ``ghostless due --now`` and the tests all ask about the instant they mean.
    """

    def __init__(
        self,
        ledger: Ledger,
        *,
        settings: SettingsRepository | None = None,
        reminders: ReminderRepository | None = None,
        away: AwayRepository | None = None,
    ) -> None:
        self.ledger = ledger
        self.settings_repo = settings or SettingsRepository(ledger.store)
        self.reminders = reminders or ReminderRepository(ledger.store)
        self.away_repo = away or AwayRepository(ledger.store)

    @property
    def zone(self) -> tzinfo:
        return self.ledger.zone

    def _now(self, now: datetime | None) -> datetime:
        if now is None:
            return self.ledger.clock.now()
        if now.tzinfo is None:
            raise ValueError("ReminderService needs aware datetimes")
        return now

    # -- settings --------------------------------------------------------------
    def settings(self) -> Settings:
        return self.settings_repo.load()

    def set_settings(self, settings: Settings) -> None:
        self.settings_repo.save(settings)

    def update_settings(self, changes: Mapping[str, object]) -> Settings:
        """Change some settings by their JSON keys; checks all of them before saving.

        Raises InputError naming the field for an unknown key or a bad value;
        nothing is written then.
        """
        current = self.settings().to_dict()
        for key in changes:
            if key not in current:
                raise InputError(f"{key}: not a setting", field=key)
        updated = Settings.from_dict({**current, **changes})
        self.settings_repo.save(updated)
        return updated

    # -- windows ---------------------------------------------------------------
    def plan(self, loop_ids: Collection[int] | None = None) -> Plan:
        """The windows of every open loop owed anything (or only of ``loop_ids``)."""
        settings, zone = self.settings(), self.zone
        loops: dict[int, Loop] = {}
        windows: list[FollowUpWindow] = []
        for facts in self.reminders.open_loop_facts(loop_ids):
            found = follow_up_windows(facts, settings, zone)
            if found:
                loops[facts.loop.id] = facts.loop
                windows.extend(found)
        return Plan(loops, tuple(windows))

    def agenda(self, now: datetime | None = None) -> list[Owed]:
        """What is owed at ``now``, most urgent first (see :func:`core.planner.agenda`).

        A repair is listed only once the silence it repairs has begun.
        """
        now = self._now(now)
        plan = self.plan()
        snoozes = self.reminders.snoozes()
        owed: list[Owed] = []
        for entry in agenda(plan.windows, now):
            window = entry.window
            if window.action is Action.REPAIR and entry.status is Status.UPCOMING:
                continue
            until = [snoozes[r.key] for r in window.reminders if r.key in snoozes]
            later = max((u for u in until if u > now), default=None)
            owed.append(Owed(plan.loops[window.loop_id], window, entry.status, later))
        return owed

    # -- delivering ------------------------------------------------------------
    def due_now(self, now: datetime | None = None) -> Delivery:
        """The reminders to push at ``now``; record them with :meth:`record`."""
        now = self._now(now)
        return due_now(
            self.plan().windows,
            now,
            self.reminders.delivered_keys(),
            away=self.away_repo.current(),
            snoozes=self.reminders.snoozes(),
        )

    def record(self, delivery: Delivery, now: datetime | None = None) -> int:
        """Record every key of ``delivery`` as handled, in one transaction.

        Recording the same keys again changes nothing. Returns how many were new.
        """
        now = self._now(now)
        records = [
            DeliveryRecord(p.key, p.window.loop_id, p.window.rule.value, dropped=False)
            for p in delivery.items
        ] + [
            DeliveryRecord(p.key, p.window.loop_id, p.window.rule.value, dropped=True)
            for p in delivery.dropped
        ]
        return self.reminders.record(records, at=now)

    def deliver(self, now: datetime | None = None) -> Delivery:
        """:meth:`due_now` and :meth:`record` together: what to show, already recorded."""
        now = self._now(now)
        delivery = self.due_now(now)
        self.record(delivery, now)
        return delivery

    def next_wakeup(self, now: datetime | None = None) -> datetime | None:
        """When something is next to be delivered (None: nothing pending)."""
        now = self._now(now)
        return next_wakeup(
            self.plan().windows,
            self.reminders.delivered_keys(),
            now,
            away=self.away_repo.current(),
            snoozes=self.reminders.snoozes(),
        )

    # -- snoozing --------------------------------------------------------------
    def snooze(self, loop_id: int, until: datetime, now: datetime | None = None) -> tuple[str, ...]:
        """Snooze the loop's reminders that would come by ``until``; they come back then, once.

        Returns the reminder keys snoozed (none when nothing on the loop comes
        before ``until``; nothing is written then).
        """
        now = self._now(now)
        until = snooze_to(until, now)
        loop = self.ledger.loop(loop_id)
        if not loop.is_open:
            raise InputError(
                f"loop {loop_id}: {loop.status.value}, nothing to snooze", field="loop"
            )
        keys = tuple(
            reminder.key
            for window in self.plan([loop_id]).windows
            for reminder in window.reminders
            if reminder.at <= until
        )
        if keys:
            self.reminders.snooze(loop_id, keys, until)
        return keys

    def snooze_preset(
        self, loop_id: int, preset: SnoozePreset, now: datetime | None = None
    ) -> tuple[datetime, tuple[str, ...]]:
        """Snooze by a preset (an hour, this evening, tomorrow morning, next week)."""
        now = self._now(now)
        until = snooze_until(preset, now, self.zone, self.settings())
        return until, self.snooze(loop_id, until, now)

    def unsnooze(self, loop_id: int) -> int:
        self.ledger.loop(loop_id)
        return self.reminders.clear_snoozes(loop_id)

    # -- away mode -------------------------------------------------------------
    def away(self) -> AwayPeriod | None:
        return self.away_repo.current()

    def away_on(
        self, reason: AwayReason = AwayReason.OTHER, now: datetime | None = None
    ) -> AwayPeriod:
        """Pause every reminder from ``now``; nothing is lost."""
        return self.away_repo.start(reason, at=self._now(now))

    def away_off(self, now: datetime | None = None) -> BackNowSummary:
        """End the away period; the loops that went quiet meanwhile, with a "back now" draft.

        The reminders missed while away are then delivered by :meth:`due_now`
        (several at once, as one digest).
        """
        now = self._now(now)
        ended = self.away_repo.end(at=now)
        return back_now_summary(self.plan().windows, ended, now)


def parse_away_reason(text: str) -> AwayReason:
    try:
        return AwayReason(text.strip().lower())
    except ValueError:
        choices = ", ".join(reason.value for reason in AwayReason)
        raise InputError(f"reason: {text!r} is not one of {choices}", field="reason") from None


#: The snooze words the command line and the tray accept, and their presets.
SNOOZE_WORDS: Mapping[str, SnoozePreset] = {
    "1h": SnoozePreset.HOUR,
    "hour": SnoozePreset.HOUR,
    "evening": SnoozePreset.THIS_EVENING,
    "tomorrow": SnoozePreset.TOMORROW_MORNING,
    "next-week": SnoozePreset.NEXT_WEEK,
}


def parse_snooze_preset(text: str) -> SnoozePreset | None:
    """The preset a snooze word names (``1h``, ``evening``, ``tomorrow``, ``next-week``)."""
    return SNOOZE_WORDS.get(text.strip().lower().replace("_", "-"))
