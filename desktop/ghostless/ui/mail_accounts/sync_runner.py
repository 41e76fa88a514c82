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
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QThread, QTimer, Signal

from ghostless.core.errors import GhostlessError
from ghostless.services.mail_source import has_mail_to_sync

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


class _SyncThread(QThread):
    """Runs one whole sync; reports progress and the report (or a problem) by signal."""

    progressed = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        place: LedgerPlace,
        secrets: SecretStore,
        extra_sources: Sequence[MailSource],
        cancel: threading.Event,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._place = place
        self._secrets = secrets
        self._extra_sources = extra_sources
        self._cancel = cancel
        self._last_step: tuple[str, int] | None = None

    def run(self) -> None:
        from ghostless.services.mail_sync_run import sync_mail

        try:
            report = sync_mail(
                self._place,
                self._secrets,
                extra_sources=self._extra_sources,
                progress=self._on_progress,
                cancelled=self._cancel.is_set,
            )
        except GhostlessError as exc:  # the database, the keyring: said in plain words
            self.failed.emit(self.tr("Mail sync stopped: {exc}").format(exc=exc))
            return
        except Exception as exc:  # a bug must not take the app down from a worker thread
            logger.exception("mail sync failed")
            self.failed.emit(
                self.tr("Mail sync stopped on an unexpected problem ({value})").format(
                    value=type(exc).__name__
                )
            )
            return
        self.done.emit(report)

    def _on_progress(self, done: int, total: int, what: str) -> None:
        # One signal per percent (or per hundred messages), not per message: tens of
        # thousands of queued signals would keep the GUI thread busy for nothing.
        step = (what, done * 100 // total if total else done // 100)
        if step != self._last_step:
            self._last_step = step
            self.progressed.emit(done, total, what)


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
        self._thread: _SyncThread | None = None
        #: What the running sync ended with: its report, or why it stopped.
        self._outcome: MailSyncReport | str | None = None
        self._cancel = threading.Event()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timer_timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None

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
        if self._thread is not None:
            return False
        from ghostless.services.imap_sync import LedgerPlace

        self.timer.stop()
        self._cancel = threading.Event()
        extra = list(self.extra_sources()) if self.extra_sources is not None else []
        thread = _SyncThread(LedgerPlace.of(self._ledger), self.secrets, extra, self._cancel, self)
        thread.progressed.connect(self._on_thread_progressed)
        thread.done.connect(self._on_thread_done)
        thread.failed.connect(self._on_thread_failed)
        thread.finished.connect(self._on_thread_finished)
        self._thread = thread
        thread.start()
        self.running_changed.emit(True)
        return True

    def cancel(self) -> None:
        """Stop soon: local mail read so far is dropped, IMAP batches saved are kept."""
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
        if self.has_mail():
            self.sync_now()

    def _on_thread_progressed(self, done: int, total: int, what: str) -> None:
        self.advanced.emit(done, total)
        self.progressed.emit(progress_text(done, total, what))

    def _on_thread_failed(self, message: str) -> None:
        self._outcome = message

    def _on_thread_done(self, report: MailSyncReport) -> None:
        self._outcome = report

    def _on_thread_finished(self) -> None:
        # Said once the sync is over, so whoever listens can start the next one.
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.deleteLater()
        if self.has_mail():
            self.timer.start(self.interval_ms())
        self.running_changed.emit(False)
        outcome, self._outcome = self._outcome, None
        if isinstance(outcome, str):
            self.problem.emit(outcome)
            self.stopped.emit(outcome)
        elif outcome is not None:
            for problem in outcome.problems:
                self.problem.emit(problem)
            self.synced.emit(outcome)
