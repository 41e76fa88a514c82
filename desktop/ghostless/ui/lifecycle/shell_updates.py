"""Keeping the running app current: delivering, recomputing, and reacting to changes.

The shell's reactions: it starts delivering after the first paint (a recompute
of stale rows first, on a thread), and after a recompute, a settings change, a
change from the tray or a calendar sync it re-plans the timer and refreshes
the tray and the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from ghostless.core.planner import Delivery
from ghostless.ui.shell_parts import ShellParts

if TYPE_CHECKING:
    from ghostless.services.dav_sync import SyncReport


class ShellUpdates(ShellParts):
    """The app shell's reactions (a part of :class:`~ghostless.ui.app.Shell`)."""

    def start(self) -> None:
        """Start delivering: what was missed comes now, once (after the first paint).

        The parts that work in the background (the daily backup, calendar and
        mail sync, the weekly review) start a moment later (see
        :class:`~ghostless.ui.lifecycle.background.BackgroundStart`).
        """
        if self.window is not None:
            self.window.start_scheduler()
        elif not self.recompute.start():  # stale rows: worked out on a thread first
            self.scheduler.start()  # its first tick refreshes the tray
        self.background.arm()

    def _on_recompute_finished(self, _did: bool) -> None:
        """The rows are current again: deliver (tray only) and show what is owed."""
        if self.window is not None:
            # The window delivers in a turn of its own, then re-reads its views (see
            # DeliveryStart): delivering here too put both in the turn the result came in.
            QTimer.singleShot(0, self, self.refresh_tray)
            return
        if not self.scheduler.running:
            self.scheduler.start()
        self.scheduler.reschedule()
        self.refresh_tray()

    def _reminders_changed(self, loop_ids: list[int]) -> None:
        if self.window is not None:
            self.window.reminder_reactions.changed_elsewhere(loop_ids)
        self.scheduler.reschedule()
        self.refresh_tray()

    def _on_settings_applied(self) -> None:
        """New working hours or away mode: windows recompute on a thread, the timer re-plans."""
        if not self.recompute.start():
            self._reminders_changed([])

    def _on_sync_finished(self, report: SyncReport) -> None:
        """What came from the server was written on the worker's connection: show it."""
        if report.changed:
            if self.window is not None:
                self.window.external_writes.check()
            self._reminders_changed([])

    def _on_scheduler_reminders_due(self, delivery: Delivery) -> None:
        self.notifier.notify(delivery)
        self.refresh_tray()
