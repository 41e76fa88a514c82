"""The shell's tray: the icon, its menu's requests, and the counts it shows.

Where the desktop has a tray, the app's shell builds a
:class:`~ghostless.ui.reminders.tray.TrayController` and joins its requests to
the window, the snoozes, away mode, the settings and quitting; the tray reads
its counts (and its menu's lines when the menu opens) through the shell.
"""

from __future__ import annotations

from ghostless.ui.reminders.tray import TrayController, TraySnapshot, read_snapshot
from ghostless.ui.shell_parts import ShellParts


class ShellTray(ShellParts):
    """The tray part of the app's :class:`~ghostless.ui.app.Shell`."""

    def _build_tray(self, tray_available: bool) -> None:
        """The tray icon and its requests, where the desktop has a tray."""
        if tray_available:
            self.tray = TrayController(self.snapshot, self, read_menu=self.menu_snapshot)
            self.tray.open_loop_requested.connect(self.open_loop)
            self.tray.disengage_requested.connect(self.disengage)
            self.tray.open_requested.connect(self.show_window)
            self.tray.snooze_all_requested.connect(self.tray_actions.snooze_all)
            self.tray.snooze_requested.connect(self.tray_actions.snooze_loop)
            self.tray.snooze_pick_requested.connect(
                lambda loop_id: self.show_window().commands.triage.pick_time([loop_id])
            )
            self.tray.away_requested.connect(self.tray_actions.set_away)
            self.tray.settings_requested.connect(self.settings_opener.open)
            self.tray.quit_requested.connect(self.quit)

    def snapshot(self) -> TraySnapshot:
        """The tray's counts (its menu lines are read when the menu opens)."""
        return read_snapshot(self.reminders, self.ledger.clock.now(), lines=False)

    def menu_snapshot(self) -> TraySnapshot:
        return read_snapshot(self.reminders, self.ledger.clock.now())

    def refresh_tray(self) -> None:
        if self.tray is not None:
            self.tray.refresh()
