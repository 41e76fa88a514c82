"""The background parts, started a moment after the start-up work: the daily backup, the
calendar and mail syncs, and the weekly review.

Nobody waits for them, and their imports and the backup's copy would otherwise
hold up the first answer to input.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from ghostless.services.reminders import ReminderService
from ghostless.ui.common.worker import Worker
from ghostless.ui.sync.runner import SyncRunner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

    from ghostless.ui.insights.review import WeeklyReview
    from ghostless.ui.mail_accounts.sync_runner import MailSyncRunner

#: How long after the start-up work the background parts start (see ``Shell.start``).
BACKGROUND_START_MS = 500
#: How long a failed daily backup stays in the window's status bar.
BACKUP_PROBLEM_SHOWN_MS = 60_000

logger = logging.getLogger(__name__)


class BackgroundStart(QObject):
    """Starts the background parts once, a moment after :meth:`arm`.

    Attributes:
        timer: the single shot that calls :meth:`run`.
        weekly_review: the weekly review, once started.
        daily_backup: takes the day's backup on a worker thread.
    """

    def __init__(
        self,
        reminders: ReminderService,
        sync: SyncRunner,
        mail_runner: Callable[[], MailSyncRunner],
        *,
        tray_icon: QSystemTrayIcon | None,
        window: Callable[[], QMainWindow | None],
        show_insights: Callable[[], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._reminders, self._sync, self._mail_runner = reminders, sync, mail_runner
        self._tray_icon, self._window, self._show_insights = tray_icon, window, show_insights
        self.weekly_review: WeeklyReview | None = None
        self.daily_backup = Worker("daily-backup", self)
        self.daily_backup.failed.connect(self._on_daily_backup_failed)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(BACKGROUND_START_MS)
        self.timer.timeout.connect(self.run)

    def arm(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        """Stop the timer and the backup (quitting): a backup under way is cancelled
        and waited for, so it leaves no file behind."""
        self.timer.stop()
        if not self.daily_backup.stop():
            logger.warning("the daily backup did not stop in time; its copy is not kept")

    def run(self) -> None:
        """The daily backup, the syncs and the weekly review (see ``Shell.start``)."""
        from ghostless.services.backup import daily_backup_of

        self.timer.stop()  # called early (tests): not a second time

        self._sync.start()
        self._start_weekly_review()
        self._mail_runner().start()
        # One rotating copy a day (kept 7 days), taken with SQLite's backup API on a
        # worker thread: copying and checking a large store takes seconds. Started
        # last, so the imports above do not wait for the worker's turns at the GIL.
        self.daily_backup.start(daily_backup_of(self._reminders.ledger))

    def _on_daily_backup_failed(self, message: str) -> None:
        # A missed backup must not stop the app; it is said where the user looks.
        logger.warning("daily backup not made: %s", message)
        window = self._window()
        if window is not None:
            window.statusBar().showMessage(
                f"Today's backup was not made: {message}", BACKUP_PROBLEM_SHOWN_MS
            )

    def _start_weekly_review(self) -> None:
        """The weekly review (off unless turned on), checked from after the first paint."""
        from ghostless.services.insights import InsightsService
        from ghostless.ui.insights.review import WeeklyReview

        self.weekly_review = WeeklyReview(
            InsightsService(self._reminders.ledger), self._tray_icon, self
        )
        self.weekly_review.open_requested.connect(self._show_insights)
        self.weekly_review.shown.connect(self._on_weekly_review_shown)
        self.weekly_review.start()

    def _on_weekly_review_shown(self, text: str) -> None:
        # Without a tray the line waits in the window's status bar.
        window = self._window()
        if self._tray_icon is None and window is not None:
            window.statusBar().showMessage(text)
