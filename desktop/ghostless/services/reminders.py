"""The follow-up engine at work: what is owed, what to push now, and when to wake next.

:class:`ReminderService` reads the follow-up windows the store keeps as derived
rows (:mod:`ghostless.store.windows`: recomputed with the playbooks in the same
transaction as every write that changes them, and all at once when the zone or
the settings change), so the agenda is one ordered query and the next wake-up
one index walk. The window, the tray and the command line, in one process or
several, agree; exactly-once comes from the delivery keys recorded in the store
(see :mod:`ghostless.core.planner`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, tzinfo

from ghostless.core.agenda import AgendaCounts, AgendaItem, AgendaLine, Repair, agenda_item
from ghostless.core.errors import ConfirmationRequired, InputError
from ghostless.core.models import Loop
from ghostless.core.planner import (
    AwayPeriod,
    AwayReason,
    BackNowSummary,
    Delivery,
    Pending,
    SnoozePreset,
    Status,
    back_now_summary,
    is_expired,
    snooze_to,
    snooze_until,
)
from ghostless.core.plausible import odd_snooze
from ghostless.core.settings import Settings
from ghostless.core.windows import FollowUpWindow
from ghostless.core.wording import absolute_text
from ghostless.services.ledger import Ledger, store_of
from ghostless.store import windows as follow_ups
from ghostless.store.reminders import AwayRepository, DeliveryRecord, ReminderRepository
from ghostless.store.settings import SettingsRepository
from ghostless.store.windows import AgendaRow, Progress, WindowRepository

__all__ = ["AgendaCounts", "AgendaLine", "Owed", "Progress", "ReminderService", "is_owed_now"]


@dataclass(frozen=True, slots=True)
class Owed:
    """One line of the agenda (:func:`ghostless.core.agenda.agenda_items`) with its loop."""

    loop: Loop
    item: AgendaItem

    @property
    def window(self) -> FollowUpWindow:
        return self.item.window

    @property
    def status(self) -> Status:
        return self.item.status

    @property
    def snoozed_until(self) -> datetime | None:
        return self.item.snoozed_until

    @property
    def repair(self) -> Repair | None:
        return self.item.repair

    @property
    def owed_now(self) -> bool:
        return self.item.owed_now


def is_owed_now(owed: Owed) -> bool:
    """Open, due or overdue, and not snoozed to a later time (see ``AgendaItem.owed_now``)."""
    return owed.item.owed_now


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
        refresh_on_read: bool = True,
    ) -> None:
        self.ledger = ledger
        #: Reads recompute stale rows first; the window turns this off so a
        #: recompute never happens before its first paint, and runs it itself
        #: with a progress bar (see :meth:`needs_refresh`).
        self.refresh_on_read = refresh_on_read
        self.settings_repo = settings or SettingsRepository(store_of(ledger))
        self.reminders = reminders or ReminderRepository(store_of(ledger))
        self.away_repo = away or AwayRepository(store_of(ledger))
        self.window_rows = WindowRepository(store_of(ledger))
        self._refresh_for_read()

    @property
    def zone(self) -> tzinfo:
        return self.ledger.zone

    def _now(self, now: datetime | None) -> datetime:
        if now is None:
            return self.ledger.clock.now()
        if now.tzinfo is None:
            raise ValueError("ReminderService needs aware datetimes")
        return now

    def loops(self, loop_ids: Collection[int]) -> dict[int, Loop]:
        """The loops of these ids that still exist, in one read (the reminders of a
        catch-up name hundreds)."""
        return self.reminders.loops(set(loop_ids)) if loop_ids else {}

    # -- settings --------------------------------------------------------------
    def settings(self) -> Settings:
        return self.settings_repo.load()

    # -- windows ---------------------------------------------------------------
    def refresh(self, progress: follow_ups.Progress | None = None) -> bool:
        """Recompute every loop's windows if the zone or the settings changed since they
        were computed (by this process or another); True if it did."""
        return follow_ups.ensure_current(store_of(self.ledger), self.zone, progress)

    def needs_refresh(self) -> bool:
        """Whether :meth:`refresh` has work to do (a cheap check)."""
        return follow_ups.needs_rebuild(store_of(self.ledger), self.zone)

    def _refresh_for_read(self) -> None:
        if self.refresh_on_read:
            self.refresh()

    def plan(self, loop_ids: Collection[int] | None = None) -> Plan:
        """The windows of every open loop owed anything (or only of ``loop_ids``)."""
        self._refresh_for_read()
        if loop_ids is not None and not loop_ids:
            return Plan({}, ())
        windows = self.window_rows.windows(loop_ids)
        loops = self.reminders.loops({w.loop_id for w in windows})
        return Plan(loops, tuple(windows))

    def agenda(
        self, now: datetime | None = None, *, limit: int | None = None, offset: int = 0
    ) -> list[Owed]:
        """What is owed at ``now``, in the agenda's order (see
        :func:`ghostless.core.agenda.agenda_items`): ``limit`` lines from ``offset``
        when given, else all of them. A view asks for the page it shows."""
        return self._owed(self._now(now), limit=limit, offset=offset, loop_ids=None)

    def agenda_lines(
        self, now: datetime | None = None, *, chunk: int = 2000
    ) -> Iterator[AgendaLine]:
        """The whole agenda in order as flat lines (:class:`AgendaLine`), read ``chunk``
        at a time from one query (``ghostless due``: memory of one chunk, time linear
        in the lines). The same lines as :meth:`agenda`, as ``line_of`` makes them."""
        now = self._now(now)
        self._refresh_for_read()
        repair_after = self.settings().repair_after
        for lines in self.window_rows.agenda_lines(now, chunk, repair_after):
            yield from lines

    def agenda_counts(self, now: datetime | None = None) -> AgendaCounts:
        """How many lines the agenda holds at ``now``, owed now and overdue among them:
        counted in SQL, without reading a line."""
        self._refresh_for_read()
        return self.window_rows.agenda_counts(self._now(now))

    def owed_now_loop_ids(self, now: datetime | None = None) -> list[int]:
        """The loops owed something now (not snoozed), most urgent first."""
        self._refresh_for_read()
        return self.window_rows.owed_now_loop_ids(self._now(now))

    def agenda_position(self, loop_id: int, now: datetime | None = None) -> int | None:
        """Where the loop's first line stands in :meth:`agenda` (None: it owes nothing)."""
        self._refresh_for_read()
        return self.window_rows.agenda_position(loop_id, self._now(now))

    def loop_agenda(self, loop_id: int, now: datetime | None = None) -> list[Owed]:
        """The agenda's lines for one loop, in order (the detail pane)."""
        return self._owed(self._now(now), limit=None, offset=0, loop_ids={loop_id})

    def loops_agenda(self, loop_ids: Collection[int], now: datetime | None = None) -> list[Owed]:
        """The agenda's lines for these loops, in order (the tasks already on the phone)."""
        return self._owed(self._now(now), limit=None, offset=0, loop_ids=set(loop_ids))

    def next_windows(
        self,
        loop_ids: Sequence[int],
        now: datetime | None = None,
        *,
        loops: Mapping[int, Loop] | None = None,
    ) -> dict[int, Owed]:
        """The most urgent window of each of ``loop_ids`` at ``now`` (its first line in
        :meth:`agenda`); loops owing nothing are absent. ``loops`` the caller has just
        read (a page of the loop list) are not read again."""
        if not loop_ids:
            return {}
        now = self._now(now)
        self._refresh_for_read()
        first: dict[int, AgendaRow] = {}
        for row in self.window_rows.agenda_rows(now, loop_ids=set(loop_ids)):
            first.setdefault(row[0], row)
        return {owed.loop.id: owed for owed in self._owed_of(list(first.values()), now, loops)}

    def owing_loop_ids(self, loop_ids: Collection[int], now: datetime | None = None) -> set[int]:
        """Those of ``loop_ids`` whose most urgent line (as :meth:`next_windows` has it)
        is no longer upcoming at ``now``: open, due or overdue, snoozed or not. Read
        from the store's order alone, without the windows: the reminders bar asks it
        of every loop it holds (hundreds after a catch-up)."""
        self._refresh_for_read()
        if not loop_ids:
            return set()
        first: dict[int, int] = {}
        for loop, _ord, rank, _until in self.window_rows.agenda_rows(
            self._now(now), loop_ids=set(loop_ids)
        ):
            first.setdefault(loop, rank)
        return {loop for loop, rank in first.items() if rank != Status.UPCOMING.rank}

    def _owed(
        self,
        now: datetime,
        *,
        limit: int | None,
        offset: int,
        loop_ids: Collection[int] | None,
    ) -> list[Owed]:
        """The agenda's lines, ordered and paged in SQL (``store.windows``); each line's
        status and advice decided by ``core.agenda`` for the lines read only."""
        self._refresh_for_read()
        if loop_ids is not None and not loop_ids:
            return []
        rows = self.window_rows.agenda_rows(
            now, limit=-1 if limit is None else limit, offset=offset, loop_ids=loop_ids
        )
        return self._owed_of(rows, now)

    def _owed_of(
        self, rows: Sequence[AgendaRow], now: datetime, known: Mapping[int, Loop] | None = None
    ) -> list[Owed]:
        if not rows:
            return []
        windows = self.window_rows.window_pairs([(loop, ord_) for loop, ord_, _r, _s in rows])
        repair_after = self.settings().repair_after
        # Only the loops on the page: reading every open loop (tens of
        # thousands, most owing nothing now) cost the tray 170 ms and 20 MB at start.
        known = known or {}
        loops = {loop: known[loop] for loop, _o, _r, _s in rows if loop in known}
        loops.update(self.reminders.loops({loop for loop, _o, _r, _s in rows} - loops.keys()))
        return [
            Owed(
                loops[loop],
                agenda_item(
                    windows[loop, ord_], now, snoozed_until=until, repair_after=repair_after
                ),
            )
            for loop, ord_, _rank, until in rows
        ]

    # -- delivering ------------------------------------------------------------
    def due_now(self, now: datetime | None = None) -> Delivery:
        """The reminders to push at ``now``; record them with :meth:`record`."""
        now = self._now(now)
        self._refresh_for_read()
        away = self.away_repo.current()
        if away is not None and away.covers(now):
            return Delivery(now)
        due = self.window_rows.due(now)
        if not due:
            return Delivery(now)
        # Only the windows due (a catch-up after a recompute names hundreds of loops).
        windows = self.window_rows.window_pairs({(d[0], d[1]) for d in due})
        items: list[Pending] = []
        dropped: list[Pending] = []
        for loop_id, ord_, idx, key, at, snoozed in due:
            window = windows[loop_id, ord_]
            pending = Pending(window, window.reminders[idx], key, at, snoozed=snoozed)
            (dropped if is_expired(window, now) else items).append(pending)
        items.sort(key=_delivery_order)
        dropped.sort(key=_delivery_order)
        return Delivery(now, tuple(items), tuple(dropped))

    def record(self, delivery: Delivery, now: datetime | None = None) -> int:
        """Record every key of ``delivery`` as handled, in one transaction.

        Recording the same keys again changes nothing. Returns how many were new.
        """
        return self.reminders.record(_records(delivery), at=self._now(now))

    def deliver(self, now: datetime | None = None) -> Delivery:
        """What to show now, claimed: read and recorded in one transaction.

        The transaction starts with the write lock (BEGIN IMMEDIATE), so another
        process delivering at the same instant waits and then finds these keys
        recorded; a key it recorded first is left out here. Whatever the number
        of processes, each reminder is shown by one of them, once.
        """
        now = self._now(now)
        self._refresh_for_read()  # a recompute is its own write, before the claim
        with store_of(self.ledger).transaction():
            delivery = self.due_now(now)
            claimed = self.reminders.claim(_records(delivery), at=now)
        return replace(
            delivery,
            items=tuple(p for p in delivery.items if p.key in claimed),
            dropped=tuple(p for p in delivery.dropped if p.key in claimed),
        )

    def next_wakeup(self, now: datetime | None = None) -> datetime | None:
        """When something is next to be delivered (None: nothing pending).

        One walk of an index (see :mod:`ghostless.store.windows`), whatever the
        number of loops.
        """
        now = self._now(now)
        self._refresh_for_read()
        away = self.away_repo.current()
        if away is not None and away.covers(now):
            return None if away.end is None else max(away.end, now)
        found = self.window_rows.next_fire(now)
        return None if found is None else max(found, now)

    # -- snoozing --------------------------------------------------------------
    def snooze(
        self,
        loop_id: int,
        until: datetime,
        now: datetime | None = None,
        *,
        confirmed: bool = False,
    ) -> tuple[str, ...]:
        """Snooze the loop's reminders that would come by ``until``; they come back then, once.

        Returns the reminder keys snoozed (none when nothing on the loop comes
        before ``until``; nothing is written then). A snooze beyond a year is
        asked about first (ConfirmationRequired unless ``confirmed``).
        """
        now = self._now(now)
        until = snooze_to(until, now)
        odd = odd_snooze(until, now, self.zone)
        if odd is not None and not confirmed:
            raise ConfirmationRequired(odd)
        loop = self.ledger.loop(loop_id)
        windows = self.plan([loop_id]).windows
        # A closed loop owes nothing, but may hold its person's keep-in-touch item.
        if not loop.is_open and not windows:
            raise InputError(
                f"loop {loop_id}: {loop.status.value}, nothing to snooze", field="loop"
            )
        keys = tuple(
            reminder.key
            for window in windows
            for reminder in window.reminders
            if reminder.at <= until
        )
        if keys:
            until_text = absolute_text(until, self.zone)
            label = f"snooze the loop with {loop.contact_name} until {until_text}"
            with self.ledger.history.step(label, loops=[loop_id]):
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
        loop = self.ledger.loop(loop_id)
        with self.ledger.history.step(f"unsnooze the loop with {loop.contact_name}",
                                      loops=[loop_id]):  # fmt: skip
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


def _records(delivery: Delivery) -> list[DeliveryRecord]:
    """The delivery's keys as rows: shown, then dropped as too late."""
    return [
        DeliveryRecord(p.key, p.window.loop_id, p.window.rule.value, dropped=False)
        for p in delivery.items
    ] + [
        DeliveryRecord(p.key, p.window.loop_id, p.window.rule.value, dropped=True)
        for p in delivery.dropped
    ]


def _delivery_order(pending: Pending) -> tuple[datetime, str]:
    return (pending.at, pending.key)


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
