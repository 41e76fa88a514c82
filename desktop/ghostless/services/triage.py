"""Triage: acting on agenda lines as the user goes down the list (Today's keys, the
command line's ``done`` and ``unsnooze``), several at once as one undo step.

"Done" records what doing the item means (:mod:`ghostless.core.done`): the
message sent, the interview held, or the silent loop closed as "no response".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from ghostless.core.done import NOT_SETTLED_HERE, Done, done_meaning
from ghostless.core.errors import ConfirmationRequired, InputError
from ghostless.core.planner import SnoozePreset, snooze_until
from ghostless.core.plausible import odd_snooze
from ghostless.core.wording import absolute_text
from ghostless.services.reminders import Owed, ReminderService


@dataclass(frozen=True, slots=True)
class Marked:
    """One item marked done: which line, and what was recorded for it."""

    owed: Owed
    done: Done


def _why_not(owed: Owed) -> str:
    return f"loop {owed.loop.id} ({owed.loop.contact_name}): {NOT_SETTLED_HERE[owed.window.action]}"


def done_text(owed: Owed) -> str:
    """The record's words for an item marked done (it says what was owed)."""
    return f"Marked done: {owed.window.label}"


class Triage:
    """Snooze, unsnooze and mark done, on one loop or several (one undo step each call)."""

    def __init__(self, reminders: ReminderService) -> None:
        self.reminders = reminders
        self.ledger = reminders.ledger

    # -- done ------------------------------------------------------------------------
    def line(self, loop_id: int, key: str | None = None, now: datetime | None = None) -> Owed:
        """The loop's agenda line ``key``, or its first (most urgent) one."""
        now = now or self.ledger.clock.now()
        lines = self.reminders.loop_agenda(loop_id, now)
        for owed in lines:
            if key is None or owed.window.key == key:
                return owed
        loop = self.ledger.loop(loop_id)  # NotFoundError for an unknown id
        if key is None:
            raise InputError(
                f"loop {loop_id}: nothing is owed with {loop.contact_name}", field="loop"
            )
        raise InputError(f"key: loop {loop_id} owes nothing under {key!r}", field="key")

    def mark_done(
        self, items: Sequence[tuple[int, str | None]], now: datetime | None = None
    ) -> list[Marked]:
        """Record each item (loop id, window key or None for its first line) as done.

        Items nothing recorded on their loop would settle (a reach-out is settled by
        the new loop) are refused with what settles them, and nothing is written.
        If what was recorded left an item owed all the same, it is all taken back:
        the record never shows a step that did not do what the user asked.
        """
        now = now or self.ledger.clock.now()
        lines = [self.line(loop_id, key, now) for loop_id, key in items]
        refused = [owed for owed in lines if owed.window.action in NOT_SETTLED_HERE]
        if refused:
            raise InputError("; ".join(_why_not(owed) for owed in refused), field="loop")
        if not lines:
            return []
        loops = sorted({owed.loop.id for owed in lines})
        label = (
            f"mark done on the loop with {lines[0].loop.contact_name}"
            if len(lines) == 1
            else f"mark {len(lines)} items done"
        )
        marked = []
        with self.ledger.history.step(label, loops=loops):
            for owed in lines:
                done = done_meaning(owed.window, now)
                if done.outcome is not None:
                    if self.ledger.loop(owed.loop.id).is_open:  # two lines of one loop
                        self.ledger.close_loop(owed.loop.id, done.outcome)
                else:
                    assert done.event is not None
                    self.ledger.log_event(
                        owed.loop.id, done.event, at=done.at, text=done_text(owed), confirmed=True
                    )
                marked.append(Marked(owed, done))
            unsettled = [m.owed for m in marked if self._still_owed(m.owed, now)]
            if unsettled:  # raised inside the step: nothing of it is kept
                names = ", ".join(owed.loop.contact_name for owed in unsettled)
                raise InputError(
                    f"loop: marking done did not settle what is owed to {names}; "
                    "log what happened instead",
                    field="loop",
                )
        return marked

    def _still_owed(self, owed: Owed, now: datetime) -> bool:
        keys = {line.window.key for line in self.reminders.loop_agenda(owed.loop.id, now)}
        return owed.window.key in keys

    # -- snoozing ----------------------------------------------------------------------
    def snooze(
        self,
        loop_ids: Sequence[int],
        until: datetime,
        now: datetime | None = None,
        *,
        confirmed: bool = False,
    ) -> dict[int, tuple[str, ...]]:
        """Snooze every loop's reminders until ``until``; the reminder keys snoozed by loop."""
        now = now or self.ledger.clock.now()
        if len(loop_ids) == 1:
            return {
                loop_ids[0]: self.reminders.snooze(loop_ids[0], until, now, confirmed=confirmed)
            }
        odd = odd_snooze(until, now, self.reminders.zone)
        if odd is not None and not confirmed:
            raise ConfirmationRequired(odd)
        label = f"snooze {len(loop_ids)} loops until {absolute_text(until, self.reminders.zone)}"
        with self.ledger.history.step(label, loops=loop_ids):
            return {
                loop_id: self.reminders.snooze(loop_id, until, now, confirmed=True)
                for loop_id in loop_ids
            }

    def snooze_preset(
        self, loop_ids: Sequence[int], preset: SnoozePreset, now: datetime | None = None
    ) -> datetime:
        """Snooze every loop by a preset (an hour, this evening, …); when they come back."""
        now = now or self.ledger.clock.now()
        until = snooze_until(preset, now, self.reminders.zone, self.reminders.settings())
        self.snooze(loop_ids, until, now)
        return until

    def unsnooze(self, loop_ids: Sequence[int]) -> int:
        """Bring every loop's snoozed reminders back now; how many there were."""
        if len(loop_ids) == 1:
            return self.reminders.unsnooze(loop_ids[0])
        with self.ledger.history.step(f"unsnooze {len(loop_ids)} loops", loops=loop_ids):
            return sum(self.reminders.unsnooze(loop_id) for loop_id in loop_ids)
