"""Syncing mail off the GUI thread: on start, on demand and on a timer.

One single-shot QTimer drives it, re-armed after each sync to the
``mail_sync_minutes`` setting (15 minutes by default), so an idle app wakes
once per interval and never polls. The sync itself (every local source and
every IMAP account, :func:`ghostless.services.mail_sync_run.sync_mail`) runs on a
worker thread with a ledger connection of its own;
progress and the result come back as signals on the GUI thread. A failing
account is reported and tried again at the next tick; nothing raises out of
the worker.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Signal

from ghostless.services.mail_source import has_mail_to_sync
from ghostless.ui.common.worker import Worker

if TYPE_CHECKING:
    # The mail modules (ssl, sockets, the settings) load with the first sync, not
    # with the app: the runner is built when the app starts.
    from ghostless.services.imap_sync import LedgerPlace
    from ghostless.services.ledger import Ledger
    from ghostless.services.mail_sync import MailSource
    from ghostless.services.mail_sync_run import MailSyncReport
    from ghostless.services.secrets import SecretStore

    ExtraSources = Callable[[], Sequence[MailSource]]

logger = logging.getLogger(__name__)

#: The first sync waits this long after start, to keep start-up light.
START_DELAY_MS = 5_000
#: How long quitting waits for a sync to stop at its next batch.
STOP_WAIT_MS = 10_000


class _WholeSync:
    """One whole sync, as a worker's work: every source and account, its progress
    sent once per percent (or per hundred messages), not per message: tens of
    thousands of queued signals would keep the GUI thread busy for nothing."""

    def __init__(
        self,
        place: LedgerPlace,
        secrets: SecretStore,
        extra_sources: Sequence[MailSource],
        progress: Callable[..., None],
    ) -> None:
        self._place = place
        self._secrets = secrets
        self._extra_sources = extra_sources
        self._progress = progress
        self._last_step: tuple[str, int] | None = None

    def __call__(self, cancelled: Callable[[], bool]) -> MailSyncReport:
        from ghostless.services.mail_sync_run import sync_mail

        return sync_mail(
            self._place,
            self._secrets,
            extra_sources=self._extra_sources,
            progress=self._on_progress,
            cancelled=cancelled,
        )

    def _on_progress(self, done: int, total: int, what: str) -> None:
        step = (what, done * 100 // total if total else done // 100)
        if step != self._last_step:
            self._last_step = step
            self._progress(done, total, what)


def progress_text(done: int, total: int, what: str) -> str:
    """``Maildir: 40%`` for a local source, ``me@example.org: INBOX: 1,200 read`` for IMAP."""
    kind, _, where = what.partition(":")
    if kind == "imap":
        return _read(where, done)
    name = Path(where).name or where
    return f"{name}: {done * 100 // total}%" if total else _read(name, done)


def _read(where: str, done: int) -> str:
    return QCoreApplication.translate("MailSyncRunner", "{where}: {count} read").format(
        where=where, count=QLocale().toString(done)
    )


class MailSyncRunner(QObject):
    """Starts syncs and reports on them; owns the one timer. The Mail view, the
    accounts dialog and the timer all sync through it, one sync at a time.

    Signals:
        running_changed(bool): a sync started or ended.
        progressed(str): what is being read, in words, while a sync runs.
        advanced(int, int): done and total (0: not known) of the source being read.
        synced(object): the :class:`~ghostless.services.mail_sync_run.MailSyncReport`.
        problem(str): one sentence per source or account that could not be read,
            or why the sync stopped; the next tick tries again.
        stopped(str): why the sync stopped before its end (also said by ``problem``).
    """

    running_changed = Signal(bool)
    progressed = Signal(str)
    advanced = Signal(int, int)
    synced = Signal(object)
    problem = Signal(str)
    stopped = Signal(str)

    def __init__(
        self,
        ledger: Ledger,
        secrets: SecretStore,
        *,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ledger = ledger
        #: Where account passwords are read from (the dialog adds them there too).
        self.secrets = secrets
        #: More sources read with the local ones (tests; other readers).
        self.extra_sources: ExtraSources | None = None
        self._worker = Worker("mail-sync", self)
        self._worker.progressed.connect(self._on_worker_progressed)
        self._worker.finished.connect(self._on_worker_finished)
        self._worker.failed.connect(self._on_worker_failed)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timer_timeout)

    @property
    def running(self) -> bool:
        return self._worker.running

    def has_mail(self) -> bool:
        """Whether there is anything to sync: a local source or an IMAP account."""
        return has_mail_to_sync(self._ledger)

    def start(self) -> None:
        """Sync soon after start, then every interval; with nothing to read, never wake up
        (adding a source or an account syncs it at once, and the interval starts from there)."""
        if self.has_mail():
            self.timer.start(START_DELAY_MS)

    def interval_ms(self) -> int:
        # Loaded here: the settings module brings the draft checker, which the
        # start of the app does not need (the first tick is minutes away).
        from ghostless.services.settings import SettingsService

        return SettingsService(self._ledger).current().mail_sync_minutes * 60_000

    def sync_now(self) -> bool:
        """Start a sync unless one runs; False when one already does."""
        if self.running:
            return False
        from ghostless.services.imap_sync import LedgerPlace

        self.timer.stop()
        extra = list(self.extra_sources()) if self.extra_sources is not None else []
        place = LedgerPlace.of(self._ledger)
        self._worker.start(_WholeSync(place, self.secrets, extra, self._worker.progress))
        self.running_changed.emit(True)
        return True

    def cancel(self) -> None:
        """Stop soon: local mail read so far is dropped, IMAP batches saved are kept."""
        self._worker.cancel()

    def stop(self) -> None:
        """For quitting: no more ticks, and the running sync stopped at its next batch."""
        self.timer.stop()
        if self.running and not self._worker.stop(STOP_WAIT_MS / 1000):
            # A server that stopped answering: the thread ends with the process. Each
            # batch commits whole, so an interrupted one leaves nothing half-written.
            logger.warning("mail sync did not stop in time; leaving it to end with the app")

    def _on_timer_timeout(self) -> None:
        if self.has_mail():
            self.sync_now()

    def _on_worker_progressed(self, values: tuple[int, int, str]) -> None:
        done, total, what = values
        self.advanced.emit(done, total)
        self.progressed.emit(progress_text(done, total, what))

    def _on_worker_failed(self, message: str) -> None:
        self._ended(self.tr("Mail sync stopped: {exc}").format(exc=message))

    def _on_worker_finished(self, report: MailSyncReport) -> None:
        self._ended(report)

    def _ended(self, outcome: MailSyncReport | str) -> None:
        # Said once the sync is over, so whoever listens can start the next one.
        if self.has_mail():
            self.timer.start(self.interval_ms())
        self.running_changed.emit(False)
        if isinstance(outcome, str):
            self.problem.emit(outcome)
            self.stopped.emit(outcome)
        else:
            for problem in outcome.problems:
                self.problem.emit(problem)
            self.synced.emit(outcome)
