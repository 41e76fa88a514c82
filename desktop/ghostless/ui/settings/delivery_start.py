"""Starting the window's deliveries once stale follow-up windows are worked out again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QStatusBar

from ghostless.ui.loops.loops_tab import LoopsTab
from ghostless.ui.reminders.scheduler import SchedulerDriver
from ghostless.ui.settings.recompute_progress import BackgroundRecompute
from ghostless.ui.today.today_page import TodayPage


class DeliveryStart:
    """Starts the scheduler, after a recompute when the windows are stale.

    ``refresh_owed`` shows what is owed again once the new rows are in.
    """

    def __init__(
        self,
        recompute: BackgroundRecompute,
        scheduler: SchedulerDriver,
        today_page: TodayPage,
        loops_tab: LoopsTab,
        refresh_owed: Callable[[], None],
        status_bar: QStatusBar,
    ) -> None:
        self._recompute, self._scheduler = recompute, scheduler
        self._today_page, self._loops_tab = today_page, loops_tab
        self._refresh_owed, self._status_bar = refresh_owed, status_bar
        self._scheduler_waits = False
        recompute.finished.connect(self._on_recompute_finished)
        recompute.failed.connect(self._on_recompute_failed)

    def start(self) -> None:
        """Fill the Today view and start delivering: what was missed comes now, once.

        Called once the window has been painted (see :func:`ghostless.ui.app.run`).
        Stale windows (a new zone, settings or rules) are worked out on a thread
        first: the window shows the rows as they were, usable, and delivering
        starts once the new ones are in.
        """
        if self._recompute.start():
            self._scheduler_waits = True
            return
        self._today_page.refresh()
        self._scheduler.start()

    def _on_recompute_finished(self, _did: bool) -> None:
        self._refresh_owed()
        self._loops_tab.update_status()
        if self._scheduler_waits:
            self._scheduler_waits = False
            self._scheduler.start()
        else:
            self._scheduler.reschedule()

    def _on_recompute_failed(self, message: str) -> None:
        self._status_bar.showMessage(
            f"Could not work out the follow-ups again: {message}. The earlier ones are shown.",
            10_000,
        )
        if self._scheduler_waits:
            self._scheduler_waits = False
            self._scheduler.start()
