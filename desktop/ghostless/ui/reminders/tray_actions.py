"""The tray's snoozes and away mode, and a notification's "Snooze an hour", acted on by the app."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from ghostless.core.errors import GhostlessError
from ghostless.core.planner import AwayReason, SnoozePreset
from ghostless.services.reminders import ReminderService

if TYPE_CHECKING:
    from ghostless.ui.main_window import MainWindow


class TrayActions:
    """Snooze and away, asked for outside the window (the tray, a notification).

    ``show_window`` brings the window up (coming back shows what went quiet);
    ``changed`` is told which loops' reminders changed; ``refresh_tray`` redraws the tray.
    """

    def __init__(
        self,
        reminders: ReminderService,
        show_window: Callable[[], MainWindow],
        changed: Callable[[list[int]], None],
        refresh_tray: Callable[[], None],
    ) -> None:
        self.reminders = reminders
        self._show_window, self._changed, self._refresh_tray = show_window, changed, refresh_tray

    def snooze_hour(self, loop_id: int) -> None:
        self._snooze([loop_id])

    def snooze_loop(self, loop_id: int, preset: str) -> None:
        """The tray's Snooze ▸ a loop ▸ a preset."""
        self._snooze([loop_id], SnoozePreset(preset))

    def snooze_all(self) -> None:
        """Snooze every loop owed something now by an hour (one step: one undo)."""
        self._snooze(self.reminders.owed_now_loop_ids(self.reminders.ledger.clock.now()))

    def _snooze(self, loop_ids: list[int], preset: SnoozePreset = SnoozePreset.HOUR) -> None:
        from ghostless.services.triage import Triage

        try:
            Triage(self.reminders).snooze_preset(loop_ids, preset)
        except GhostlessError:
            # One was deleted or closed meanwhile (from the shell): snooze the others.
            for loop_id in loop_ids:
                with contextlib.suppress(GhostlessError):
                    self.reminders.snooze_preset(loop_id, preset)
        self._changed(loop_ids)

    def set_away(self, away: bool) -> None:
        if away == (self.reminders.away() is not None):
            self._refresh_tray()
            return
        if away:
            with contextlib.suppress(GhostlessError):  # already away, from another process
                self.reminders.away_on(AwayReason.OTHER)
            self._changed([])
        else:
            # Coming back shows what went quiet meanwhile, with a "back now" draft.
            self._show_window().commands.come_back()
