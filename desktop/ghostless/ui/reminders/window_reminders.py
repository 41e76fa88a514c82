"""The window's reactions to reminders: what is owed now, the bar, away mode, the next one."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel

from ghostless.core.errors import NotFoundError
from ghostless.core.models import Loop
from ghostless.core.planner import Delivery
from ghostless.core.wording import when_text
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import ReminderService
from ghostless.ui.actions import WindowActions
from ghostless.ui.commands import Commands
from ghostless.ui.history.undo_controls import UndoControls
from ghostless.ui.reminders.away_banner import AwayBanner
from ghostless.ui.reminders.notifier import InWindowNotifier
from ghostless.ui.reminders.scheduler import SchedulerDriver
from ghostless.ui.today.today_page import TodayPage

if TYPE_CHECKING:
    from ghostless.ui.settings.delivery_start import DeliveryStart


class Window(Protocol):
    """What the reactions need of the main window."""

    ledger: Ledger
    reminders: ReminderService
    scheduler: SchedulerDriver
    commands: Commands
    window_actions: WindowActions
    today_page: TodayPage
    notifier: InWindowNotifier
    away_banner: AwayBanner
    next_label: QLabel
    undo_controls: UndoControls
    delivery_start: DeliveryStart

    def refresh_owed_loops(self) -> None: ...


def loop_or_none(ledger: Ledger, loop_id: int) -> Loop | None:
    """The loop, or None once it is gone (the bar shows what it still can)."""
    try:
        return ledger.loop(loop_id)
    except NotFoundError:
        return None


class WindowReminders:
    """Keeps Today, the Next column, the reminders bar, the away banner and "Next
    reminder …" true to what is owed.

    ``owns_scheduler``: the window delivers to its bar itself (without the app's
    shell, which delivers through the notification chain).
    """

    def __init__(self, window: Window, *, owns_scheduler: bool) -> None:
        self._window = window
        self._owns_scheduler = owns_scheduler
        #: How many times what is owed was shown again (see ``DeliveryStart.start``).
        self.refreshes = 0

    def connect(self) -> None:
        window = self._window
        window.window_actions.away.triggered.connect(self._on_away_triggered)
        window.away_banner.back_button.clicked.connect(lambda: window.commands.come_back())
        window.commands.reminders_changed.connect(self._on_commands_reminders_changed)
        window.scheduler.reminders_due.connect(self._on_scheduler_reminders_due)
        window.scheduler.schedule_changed.connect(self._on_scheduler_schedule_changed)

    def _on_scheduler_reminders_due(self, delivery: Delivery) -> None:
        if self._window.delivery_start.settling:
            # Delivered as a recompute ends: the bar in a turn of its own, and the views
            # are about to re-read anyway.
            if self._owns_scheduler:
                QTimer.singleShot(
                    0, self._window.notifier, lambda: self._window.notifier.notify(delivery)
                )
            return
        if self._owns_scheduler:
            self._window.notifier.notify(delivery)
        self.refresh_owed()

    def changed_elsewhere(self, loop_ids: list[int]) -> None:
        """A snooze or away mode changed outside the window (the tray): show it."""
        for loop_id in loop_ids:
            self._window.notifier.discard(loop_id)
        self._window.undo_controls.refresh()
        self.update_away()
        self.refresh_owed()

    def _on_scheduler_schedule_changed(self) -> None:
        window = self._window
        wakeup, now = window.scheduler.next_wakeup_at, window.ledger.clock.now()
        if window.reminders.away() is not None:
            window.next_label.setText(QCoreApplication.translate("MainWindow", "Reminders paused"))
        elif wakeup is None:
            window.next_label.setText(
                QCoreApplication.translate("MainWindow", "No reminders pending")
            )
        else:
            window.next_label.setText(
                QCoreApplication.translate("MainWindow", "Next reminder {when}").format(
                    when=when_text(wakeup, now, window.ledger.zone)
                )
            )

    def refresh_owed(self) -> None:
        """What is owed changed (time passed, a snooze): the Today view and the Next column."""
        self.refreshes += 1
        self._window.today_page.refresh()
        self._window.refresh_owed_loops()
        self.prune_notifier()

    def prune_notifier(self) -> None:
        """Take off the bar the loops no longer owed anything now (answered, closed)."""
        notifier = self._window.notifier
        shown = notifier.loop_ids()
        if not shown:
            return
        notifier.keep_only(
            self._window.reminders.owing_loop_ids(shown, self._window.ledger.clock.now())
        )

    def _on_commands_reminders_changed(self, loop_id: int) -> None:
        if loop_id:
            self._window.notifier.discard(loop_id)
        self.update_away()
        self.refresh_owed()
        self._window.scheduler.reschedule()

    def _on_away_triggered(self, checked: bool) -> None:
        if checked:
            self._window.commands.go_away()
        else:
            self._window.commands.come_back()

    def update_away(self) -> None:
        window = self._window
        away = window.reminders.away()
        window.window_actions.away.setChecked(away is not None)
        window.away_banner.show_away(away, window.ledger.clock.now(), window.ledger.zone)
