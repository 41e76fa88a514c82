"""Starting the window's deliveries once stale follow-up windows are worked out again."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QStatusBar

from ghostless.ui.reminders.scheduler import SchedulerDriver
from ghostless.ui.settings.recompute_progress import BackgroundRecompute
from ghostless.ui.today.today_page import TodayPage

if TYPE_CHECKING:
    from ghostless.ui.loops.loops_tab import LoopsTab


class DeliveryStart:
    """Starts the scheduler, after a recompute when the windows are stale.

    After a recompute the views re-read what is owed, a page each, one per turn of
    the event loop (``prune_notifier`` trims the reminders bar; ``absorb`` takes the
    parts another process changed meanwhile, shown by ``on_external``), then
    ``settled`` is called.
    """

    def __init__(
        self,
        recompute: BackgroundRecompute,
        scheduler: SchedulerDriver,
        today_page: TodayPage,
        loops_tab: Callable[[], LoopsTab | None],
        prune_notifier: Callable[[], None],
        status_bar: QStatusBar,
        *,
        absorb: Callable[[], frozenset[str]],
        on_external: Callable[[frozenset[str]], None],
        settled: Callable[[], None],
        owed_refreshes: Callable[[], int],
    ) -> None:
        self._recompute, self._scheduler = recompute, scheduler
        self._today_page = today_page
        #: The Loops tab, once built (the window builds it when first shown).
        self._loops_tab = loops_tab
        self._prune_notifier, self._status_bar = prune_notifier, status_bar
        self._absorb, self._on_external, self._settled = absorb, on_external, settled
        #: How many times what is owed was shown again: lets the start skip a second read.
        self._owed_refreshes = owed_refreshes
        self._scheduler_waits = False
        #: Today was read for the first frame (see ``Shell.ensure_window``): the start
        #: need not read it again unless the catch-up delivered something.
        self.today_read = False
        #: After a full recompute the views re-read in turns (see _on_recompute_finished).
        self.settling = False
        recompute.finished.connect(self._on_recompute_finished)
        recompute.failed.connect(self._on_recompute_failed)

    def start(self) -> None:
        """Fill the Today view and start delivering: what was missed comes now, once.

        Called once the window has been painted (see :func:`ghostless.ui.lifecycle.launch.run`).
        Stale windows (a new zone, settings or rules) are worked out on a thread
        first: the window shows the rows as they were, usable, and delivering
        starts once the new ones are in.
        """
        if self._recompute.start():
            self._scheduler_waits = True
            return
        before = self._owed_refreshes()
        self._scheduler.start()
        # Its first tick refreshed Today if it delivered what was missed (the catch-up);
        # a second refresh cost about 70 ms at 30,000 loops for nothing, and so does a
        # first one when Today was read for the first frame.
        read, self.today_read = self.today_read, False
        if self._owed_refreshes() == before and not read:
            self._today_page.refresh()

    def stop(self) -> None:
        """The window closes: the views' reads after a recompute stop here."""
        self.settling = False

    def _on_recompute_finished(self, _did: bool) -> None:
        """The rows are new: delivering starts (or re-plans) now, and the views re-read
        what is owed, a page each, one per turn of the event loop.

        Together the reads take a few frames' time at the size of a real network;
        in turns, the window goes on scrolling and painting between them. What the
        scheduler delivers now is shown by the same reads, not by reads of its own.
        """
        self.settling = True
        # Delivering is a turn of its own too: with a new zone, hundreds of reminders
        # may come due at once, and taking in what changed (below) reads the store's
        # marks; the two in one turn were a frame of 70-90 ms at 30,000 loops.
        steps: list[Callable[[], None]] = [
            self._start_delivering,
            self._today_page.refresh,
            self._refresh_owed_loops,
            self._prune_notifier,
            self._update_loops_status,
        ]
        # The worker's commit is another connection's: these steps show it, once.
        others = self._absorb()
        if others:  # and someone else wrote meanwhile (the command line)
            steps.append(lambda: self._on_external(others))
        self._in_turns(steps, self._on_owed_settled)

    def _start_delivering(self) -> None:
        if self._scheduler_waits:
            self._scheduler_waits = False
            self._scheduler.start()
        else:
            self._scheduler.reschedule()

    def _refresh_owed_loops(self) -> None:
        tab = self._loops_tab()
        if tab is not None:
            tab.refresh_owed()

    def _update_loops_status(self) -> None:
        # Counts of loops do not change with their windows: only a built tab's filter line.
        tab = self._loops_tab()
        if tab is not None:
            tab.update_status()

    def _in_turns(self, steps: list[Callable[[], None]], then: Callable[[], None]) -> None:
        """Run ``steps`` one per turn of the event loop, then ``then`` (unless the
        window is closed meanwhile: the store may be closed after it)."""
        if not steps:
            then()
            return
        first, rest = steps[0], steps[1:]

        def run() -> None:
            if not self.settling:
                return
            first()
            self._in_turns(rest, then)

        QTimer.singleShot(0, self._status_bar, run)  # never after the window is gone

    def _on_owed_settled(self) -> None:
        self.settling = False
        self._settled()

    def _on_recompute_failed(self, message: str) -> None:
        others = self._absorb()  # left for after the recompute (see ExternalWrites.deferred)
        if others:
            self._on_external(others)
        self._status_bar.showMessage(
            f"Could not work out the follow-ups again: {message}. The earlier ones are shown.",
            10_000,
        )
        if self._scheduler_waits:
            self._scheduler_waits = False
            self._scheduler.start()
