"""Syncing the mail accounts off the GUI thread: on start, on demand and on a timer.

One single-shot QTimer drives it, re-armed after each sync to the
``mail_sync_minutes`` setting (15 minutes by default), so an idle app wakes
once per interval and never polls. The sync itself runs on a worker thread
with a ledger connection of its own (:func:`ghostless.services.mail_sync.run_sync`);
progress and the result come back as signals on the GUI thread. A failing
account is reported and tried again at the next tick; nothing raises out of
the worker.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from ghostless.core.errors import GhostlessError
from ghostless.services.mail_source import has_mail_accounts

if TYPE_CHECKING:
    # The mail modules (ssl, sockets, the settings) load with the first sync, not
    # with the app: the runner is built when the app starts.
    from ghostless.services.ledger import Ledger
    from ghostless.services.mail_source import BatchConsumer
    from ghostless.services.mail_sync import AccountReport, LedgerPlace, SyncProgress
    from ghostless.services.secrets import SecretStore

    ConsumerFor = Callable[[Ledger], BatchConsumer]

logger = logging.getLogger(__name__)

#: The first sync waits this long after start, to keep start-up light.
START_DELAY_MS = 5_000
#: How long quitting waits for a sync to stop at its next batch.
STOP_WAIT_MS = 10_000


class _SyncThread(QThread):
    """Runs one sync; reports progress and the reports (or a problem) by signal."""

    progressed = Signal(str)
    done = Signal(list)
    failed = Signal(str)

    def __init__(
        self,
        place: LedgerPlace,
        secrets: SecretStore,
        consumer_for: ConsumerFor,
        cancel: threading.Event,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._place = place
        self._secrets = secrets
        self._consumer_for = consumer_for
        self._cancel = cancel

    def run(self) -> None:
        from ghostless.services.mail_sync import run_sync

        try:
            reports = run_sync(
                self._place,
                self._secrets,
                self._consumer_for,
                progress=self._on_progress,
                cancelled=self._cancel.is_set,
            )
        except GhostlessError as exc:  # the database, the keyring: said in plain words
            self.failed.emit(f"Mail sync stopped: {exc}")
            return
        except Exception as exc:  # a bug must not take the app down from a worker thread
            logger.exception("mail sync failed")
            self.failed.emit(f"Mail sync stopped on an unexpected problem ({type(exc).__name__})")
            return
        self.done.emit(reports)

    def _on_progress(self, progress: SyncProgress) -> None:
        self.progressed.emit(f"{progress.account}: {progress.folder}: {progress.done:,} read")


class MailSyncRunner(QObject):
    """Starts syncs and reports on them; owns the one timer.

    Signals:
        running_changed(bool): a sync started or ended.
        progressed(str): "account: folder: N read", while a sync runs.
        synced(list): the AccountReport of each account after a sync.
        problem(str): one sentence per account that could not be read, or why
            the sync stopped; the next tick tries again.
    """

    running_changed = Signal(bool)
    progressed = Signal(str)
    synced = Signal(list)
    problem = Signal(str)

    def __init__(
        self,
        ledger: Ledger,
        secrets: SecretStore,
        *,
        consumer_for: ConsumerFor | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ledger = ledger
        #: Where account passwords are read from (the dialog adds them there too).
        self.secrets = secrets
        self._consumer_for = consumer_for
        self._thread: _SyncThread | None = None
        self._cancel = threading.Event()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timer_timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        """Sync soon after start, then every interval; without accounts, never wake up
        (adding one syncs it at once, and the interval starts from there)."""
        if has_mail_accounts(self._ledger):
            self.timer.start(START_DELAY_MS)

    def interval_ms(self) -> int:
        # Loaded here: the settings module brings the draft checker, which the
        # start of the app does not need (the first tick is minutes away).
        from ghostless.services.settings import SettingsService

        return SettingsService(self._ledger).current().mail_sync_minutes * 60_000

    def sync_now(self) -> bool:
        """Start a sync unless one runs; False when one already does."""
        if self._thread is not None:
            return False
        from ghostless.services.mail_sync import CountingConsumer, LedgerPlace

        self.timer.stop()
        self._cancel = threading.Event()
        thread = _SyncThread(
            LedgerPlace.of(self._ledger),
            self.secrets,
            self._consumer_for or CountingConsumer.over,
            self._cancel,
            self,
        )
        thread.progressed.connect(self.progressed)
        thread.done.connect(self._on_thread_done)
        thread.failed.connect(self.problem)
        thread.finished.connect(self._on_thread_finished)
        self._thread = thread
        thread.start()
        self.running_changed.emit(True)
        return True

    def cancel(self) -> None:
        """Stop after the batch being read; what was read is kept."""
        self._cancel.set()

    def stop(self) -> None:
        """For quitting: no more ticks, and the running sync stopped at its next batch."""
        self.timer.stop()
        thread = self._thread
        if thread is None:
            return
        self._cancel.set()
        if not thread.wait(STOP_WAIT_MS):
            # A server that stopped answering; each batch commits whole, so an
            # interrupted one leaves nothing half-written.
            logger.warning("mail sync did not stop in time; ending its thread")
            thread.terminate()
            thread.wait()

    def _on_timer_timeout(self) -> None:
        if has_mail_accounts(self._ledger):
            self.sync_now()

    def _on_thread_done(self, reports: list[AccountReport]) -> None:
        for report in reports:
            if report.error:
                self.problem.emit(report.error)
        self.synced.emit(reports)

    def _on_thread_finished(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.deleteLater()
        if has_mail_accounts(self._ledger):
            self.timer.start(self.interval_ms())
        self.running_changed.emit(False)
