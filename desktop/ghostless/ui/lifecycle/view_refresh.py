"""Keeping the main window's views current after a write, here or by another program.

A write through the window's commands reads the lists again and may show the
loop written; a write by another process (the command line, a cron job, a sync)
reads again only the parts it changed, and is watched for only while the window
is visible (hidden in the tray, the app keeps to its idle wake-up budget).
"""

from __future__ import annotations

from PySide6.QtGui import QHideEvent, QShowEvent

from ghostless.ui.lifecycle.external_writes import CONTACTS, HISTORY, LOOPS, REMINDERS
from ghostless.ui.window_navigation import LOOPS_TAB
from ghostless.ui.window_parts import WindowParts


class ViewRefresh(WindowParts):
    """The main window's reactions to writes (a part of :class:`MainWindow`)."""

    def _on_commands_records_changed(self, loop_id: int) -> None:
        """Something was written: read the lists again and show ``loop_id`` if given."""
        self.insights_tab.mark_stale()
        self.pipeline_tab.mark_stale()
        from ghostless.services.exports import refresh_calendar_feed

        # A calendar subscribed to the exported file sees the change (a no-op
        # unless the user asked for the file to be kept up to date).
        refresh_calendar_feed(self.reminders)
        if self._contacts_page is not None:
            self._contacts_page.refresh()
        if self._loops_tab is not None:
            self._loops_tab.reload(loop_id)
        elif loop_id:  # the loop written is shown in the Loops tab, built now
            self.loops_tab.select_loop(loop_id)
        else:
            self.update_loops_status()
        self._show_right_page()
        if loop_id and self.loop_model.row_of(loop_id) is not None:
            self.tabs.setCurrentIndex(LOOPS_TAB)
        self.today_page.refresh()
        self.reminder_reactions.prune_notifier()
        self.scheduler.reschedule()  # what was written may come due at once, or later

    def _on_external_writes_changed(self, parts: frozenset[str]) -> None:
        """Another process wrote: read again only the parts it changed."""
        records = LOOPS in parts or CONTACTS in parts
        if records:
            self.insights_tab.mark_stale()
            self.pipeline_tab.mark_stale()
            if CONTACTS in parts and self._contacts_page is not None:
                self._contacts_page.refresh()
            if self._loops_tab is not None:
                self._loops_tab.reload()
            else:
                self.update_loops_status()
            self._show_right_page()
        if REMINDERS in parts:
            self.reminder_reactions.update_away()
        if records or REMINDERS in parts:
            self.today_page.refresh()
            self.reminder_reactions.prune_notifier()
        if HISTORY in parts:  # a step made there can be taken back here
            self.undo_controls.refresh()
        self.scheduler.reschedule()  # what they wrote may come due sooner

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.external_writes.start()

    def hideEvent(self, event: QHideEvent) -> None:
        # Hidden (in the tray), the app keeps to its idle wake-up budget.
        self.external_writes.stop()
        super().hideEvent(event)
