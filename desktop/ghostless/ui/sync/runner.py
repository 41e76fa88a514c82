"""The sync in the background: on start, on demand, and on one timer.

The network and the database work run on a worker thread, on a ledger
connection of its own (an SQLite connection belongs to its thread); the
report comes back to the GUI thread as a signal. One sync at a time: asking
while one runs is answered by that one's report.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from ghostless.core.errors import GhostlessError
from ghostless.services.ledger import Ledger
from ghostless.services.secrets import SecretStore

if TYPE_CHECKING:
    from ghostless.services.dav_sync import SyncReport

logger = logging.getLogger(__name__)

#: How often the app syncs by itself: four wake-ups an hour, well inside the idle budget.
SYNC_INTERVAL_MS = 15 * 60 * 1000


class Background(QObject):
    """Runs a callable on a worker thread and hands its result back on the GUI thread.

    Signals:
        done(object, object): the callback and the result (or the GhostlessError raised).
    """

    done = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.done.connect(self._on_done)
        self.threads: list[threading.Thread] = []

    def run(self, work: Callable[[], Any], then: Callable[[Any], None]) -> None:
        def body() -> None:
            try:
                result: Any = work()
            except GhostlessError as exc:
                result = exc
            except Exception as exc:  # a bug in a worker is logged and reported, not lost
                logger.exception("background work failed")
                result = GhostlessError(f"unexpected error: {type(exc).__name__}")
            self.done.emit(then, result)  # queued to the GUI thread: this one is not Qt's

        thread = threading.Thread(target=body, name="ghostless-sync", daemon=True)
        self.threads = [t for t in self.threads if t.is_alive()] + [thread]
        thread.start()

    def wait(self, timeout_s: float = 30.0) -> None:
        """Join the worker threads (tests, and quitting)."""
        for thread in self.threads:
            thread.join(timeout_s)

    def _on_done(self, then: Callable[[Any], None], result: Any) -> None:
        then(result)


class SyncRunner(QObject):
    """The sync of this ledger's data folder, in the background.

    The app's own ledger is read here on the GUI thread only, for a cheap look
    at whether sync is set up (a worker is started only then); the sync
    module is imported on first use, after the first paint.

    Signals:
        finished(object): a sync ended, with its :class:`~ghostless.services.dav_sync.SyncReport`.
    """

    finished = Signal(object)

    def __init__(self, ledger: Ledger, secrets: SecretStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ledger, self.secrets = ledger, secrets
        self.clock, self.zone = ledger.clock, ledger.zone
        self.background = Background(self)
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(SYNC_INTERVAL_MS)
        self.timer.timeout.connect(self.sync_now)

    def start(self) -> None:
        """Sync once now and then every :data:`SYNC_INTERVAL_MS` (when set up)."""
        self.timer.start()
        self.sync_now()

    def stop(self) -> None:
        self.timer.stop()

    def on_folder(self, work: Callable[[Any], Any], then: Callable[[Any], None]) -> None:
        """Run ``work(ledger)`` on a ledger of the worker's own, then ``then(result)`` here."""
        from ghostless.services import dav_sync

        folder, clock, zone = dav_sync.data_folder(self.ledger), self.clock, self.zone
        self.background.run(lambda: dav_sync.in_folder(folder, clock, zone, work), then)

    def enabled(self) -> bool:
        from ghostless.services.dav_account import has_account

        if not has_account(self.ledger):  # sync off: the sync's modules are not loaded
            return False
        from ghostless.services import dav_sync

        return dav_sync.account(self.ledger) is not None

    def sync_now(self) -> bool:
        """Start a sync unless one runs or sync is off; True if one started."""
        if self.running or not self.enabled():
            return False
        from ghostless.services import dav_sync
        from ghostless.services.reminders import ReminderService

        secrets = self.secrets

        def work(ledger: Ledger) -> SyncReport:
            return dav_sync.sync_now(ReminderService(ledger), secrets)

        self.running = True
        self.on_folder(work, self._on_synced)
        return True

    def _on_synced(self, report: Any) -> None:
        from ghostless.services.dav_sync import SyncReport

        self.running = False
        if isinstance(report, GhostlessError):
            report = SyncReport(at=self.clock.now().isoformat(), ok=False, message=str(report))
        self.finished.emit(report)
