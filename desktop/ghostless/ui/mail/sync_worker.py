"""Reading the mail sources on a worker thread, with progress and cancel.

Only the reading runs there (files, or a server: no database); the result
comes back on the GUI thread, which keeps it in one transaction
(:func:`ghostless.services.mail_sync.keep`). Cancelling keeps nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ghostless.core.errors import GhostlessError
from ghostless.services.mail_sync import MailSource, SyncCancelled, collect


class SyncWorker(QObject):
    """Reads ``sources`` when :meth:`run` is called (on its own thread).

    Signals:
        progressed(int, int, str): done, total (0: unknown) and the source being read.
        collected(object): a :class:`~ghostless.services.mail_sync.Collected`.
        failed(str): a message for the user; nothing was kept.
        cancelled(): the user stopped it; nothing was kept.
    """

    progressed = Signal(int, int, str)
    collected = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, sources: Sequence[MailSource]) -> None:
        super().__init__()
        self._sources = list(sources)
        self._stop = threading.Event()
        self._last_step: tuple[str, int] | None = None

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, done: int, total: int, what: str) -> None:
        # One signal per percent, not per message: tens of thousands of queued
        # signals would keep the GUI thread busy for nothing.
        step = (what, done * 100 // total if total else done // 100)
        if step != self._last_step:
            self._last_step = step
            self.progressed.emit(done, total, what)

    @Slot()
    def run(self) -> None:
        try:
            result = collect(self._sources, self._progress, self._stop.is_set)
        except SyncCancelled:
            self.cancelled.emit()
        except (GhostlessError, OSError) as exc:
            self.failed.emit(str(exc))
        else:
            self.collected.emit(result)


class SyncRun(QObject):
    """One sync in flight: the worker and its thread, torn down when it ends."""

    def __init__(self, worker: SyncWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.worker_thread = QThread(self)
        worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(worker.run)
        self.worker_thread.finished.connect(worker.deleteLater)

    def start(self) -> None:
        self.worker_thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def finish(self, ms: int = 10_000) -> bool:
        """Stop the thread's event loop (the worker has reported) and wait for it to end."""
        self.worker_thread.quit()
        return bool(self.worker_thread.wait(ms))
