"""The weekly review: once a week, at the start of working hours, one line about the
past week, shown from the tray; a click opens the Insights tab.

Off by default (see :meth:`ghostless.services.insights.InsightsService.review_enabled`).
Checked on a timer the tests drive through :meth:`WeeklyReview.check`; nothing is
shown while away, and a review missed while the app was closed comes once, late.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from ghostless.core.errors import GhostlessError
from ghostless.services.insights import InsightsService
from ghostless.ui.reminders.notify_tray import MESSAGE_OWNER

#: How often the review checks whether it is due (it is due once a week).
CHECK_MS = 15 * 60 * 1000
#: The owner named on the tray icon when the review's message is the last shown.
REVIEW = "weekly-review"
TITLE = "Your week in Ghostless"


class WeeklyReview(QObject):
    """Signals: ``shown(str)`` with the review's line; ``open_requested()`` when its
    message was clicked."""

    shown = Signal(str)
    open_requested = Signal()

    def __init__(
        self,
        service: InsightsService,
        tray_icon: QSystemTrayIcon | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self._tray_icon = tray_icon
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        if tray_icon is not None:
            tray_icon.messageClicked.connect(self._on_tray_icon_message_clicked)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def check(self) -> str | None:
        """Show the review if it is on and due; return its line (None: nothing shown)."""
        try:
            week = self.service.review_due()
            if week is None:
                return None
            self.service.mark_reviewed()
        except GhostlessError:
            return None  # a locked or busy store: the next check tries again
        if self._tray_icon is not None and self._tray_icon.isVisible():
            self._tray_icon.showMessage(TITLE, week.text)
            self._tray_icon.setProperty(MESSAGE_OWNER, REVIEW)
        self.shown.emit(week.text)
        return week.text

    def _on_tray_icon_message_clicked(self) -> None:
        if self._tray_icon is not None and self._tray_icon.property(MESSAGE_OWNER) == REVIEW:
            self.open_requested.emit()
