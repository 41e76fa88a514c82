"""The sync in the background: on start, on demand, and on one timer.

The network and the database work run on a worker thread
(:class:`~ghostless.ui.common.worker.Worker`), on a ledger connection of its
own (an SQLite connection belongs to its thread); the report comes back to the
GUI thread as a signal. One sync at a time: asking while one runs is answered
by that one's report. Testing and saving an account run on a second worker,
one at a time too (the page waits for each).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from ghostless.core.errors import GhostlessError
from ghostless.services.ledger import Ledger
from ghostless.services.secrets import SecretStore
from ghostless.ui.common.worker import Worker

if TYPE_CHECKING:
    from ghostless.services.dav_sync import SyncReport

#: How often the app syncs by itself: four wake-ups an hour, well inside the idle budget.
SYNC_INTERVAL_MS = 15 * 60 * 1000


class SyncRunner(QObject):
    """The sync of this ledger's data folder, in the background.

    The app's own ledger is read here on the GUI thread only, for a cheap look
    at whether sync is set up (a worker is started only then); the sync
    module is imported on first use, after the first paint.

    Signals:
        finished(object): a sync ended, with its :class:`~ghostless.services.dav_sync.SyncReport`.

    Attributes:
        worker: runs the syncs.
        tasks: runs the account's test and set-up for the page.
    """

    finished = Signal(object)

    def __init__(self, ledger: Ledger, secrets: SecretStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ledger, self.secrets = ledger, secrets
        self.clock, self.zone = ledger.clock, ledger.zone
        self.worker = Worker("ghostless-sync", self)
        self.worker.finished.connect(self._on_worker_finished)
        self.worker.failed.connect(self._on_worker_failed)
        self.tasks = Worker("ghostless-sync-setup", self)
        self.tasks.finished.connect(self._on_tasks_finished)
        self.tasks.failed.connect(self._on_tasks_failed)
        self._then: Callable[[Any], None] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(SYNC_INTERVAL_MS)
        self.timer.timeout.connect(self.sync_now)

    @property
    def running(self) -> bool:
        """A sync is under way."""
        return self.worker.running

    def start(self) -> None:
        """Sync once now and then every :data:`SYNC_INTERVAL_MS` (when set up)."""
        self.timer.start()
        self.sync_now()

    def stop(self) -> None:
        self.timer.stop()

    def wait(self, timeout_s: float = 30.0) -> None:
        """Block until the sync and the account's task are done (tests)."""
        self.worker.wait(timeout_s)
        self.tasks.wait(timeout_s)

    def run(self, work: Callable[[], Any], then: Callable[[Any], None]) -> bool:
        """Run ``work()`` on the tasks' worker, then ``then(result)`` here (the
        GhostlessError it raised, for a failure); False if a task still runs."""
        if self.tasks.running:
            return False
        self._then = then
        return self.tasks.start(lambda _cancelled: work())

    def on_folder(self, work: Callable[[Any], Any], then: Callable[[Any], None]) -> bool:
        """Run ``work(ledger)`` on a ledger of the worker's own, then ``then(result)`` here."""
        return self.run(self._in_folder(work), then)

    def _in_folder(self, work: Callable[[Any], Any]) -> Callable[[], Any]:
        from ghostless.services import dav_sync

        folder, clock, zone = dav_sync.data_folder(self.ledger), self.clock, self.zone
        return lambda: dav_sync.in_folder(folder, clock, zone, work)

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

        in_folder = self._in_folder(work)
        return self.worker.start(lambda _cancelled: in_folder())

    def _on_worker_finished(self, report: Any) -> None:
        self.finished.emit(report)

    def _on_worker_failed(self, message: str) -> None:
        from ghostless.services.dav_sync import SyncReport

        self.finished.emit(SyncReport(at=self.clock.now().isoformat(), ok=False, message=message))

    def _on_tasks_finished(self, result: Any) -> None:
        then, self._then = self._then, None
        if then is not None:
            then(result)

    def _on_tasks_failed(self, message: str) -> None:
        self._on_tasks_finished(GhostlessError(message))
