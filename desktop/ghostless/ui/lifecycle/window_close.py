"""Closing the main window: into the tray while the app runs there, else for good.

Its layout is saved either way; closed for good, its timers and the reads
that follow a recompute stop first, so nothing reads a ledger being closed.
"""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent

from ghostless.ui.lifecycle.window_layout import save_layout
from ghostless.ui.window_parts import WindowParts


class WindowClosing(WindowParts):
    """Quit and close for the main window (a part of :class:`MainWindow`)."""

    def save_state(self) -> None:
        save_layout(self, self.tabs, self._loops_tab, self.settings)

    def _on_quit_triggered(self) -> None:
        if self.keep_running_in_tray:
            self.quit_requested.emit()
        else:
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.keep_running_in_tray:
            # Into the tray: reminders keep coming; Quit (menu or tray) ends the app.
            self.save_state()
            self.hide()
            event.ignore()
            return
        self.scheduler.stop()
        if self._loops_tab is not None:
            self._loops_tab.stop_timers()
        self.delivery_start.stop()  # the views' reads after a recompute stop here
        self.save_state()
        super().closeEvent(event)
