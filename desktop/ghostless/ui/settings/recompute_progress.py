"""Working out every follow-up window again, on a worker thread, with progress.

After the time zone, the settings or the rules change, every open loop's
windows are computed afresh: a few milliseconds for a few hundred loops,
seconds for tens of thousands. :class:`BackgroundRecompute` runs it on a thread
and a database connection of its own (:class:`ghostless.services.recompute.Recompute`)
while the window stays in use, showing the rows as they were until the new ones
are written in one transaction; a progress bar in the status bar says how far it got.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from ghostless.core.errors import GhostlessError
from ghostless.services.ledger import Ledger
from ghostless.services.recompute import Recompute


class BackgroundRecompute(QObject):
    """A full recompute on a worker thread; one at a time, started again if needed.

    Signals:
        started(): a recompute began (the rows shown are the old ones until it ends).
        progressed(int, int): loops computed, loops in all.
        written(): the worker is done; the views are refreshed next.
        finished(bool): the rows are current again; True if it recomputed anything.
        failed(str): it could not finish (the message says why); the old rows stay.
    """

    started = Signal()
    progressed = Signal(int, int)
    written = Signal()
    finished = Signal(bool)
    failed = Signal(str)
    _worker_done = Signal(bool)
    _worker_failed = Signal(str)

    def __init__(self, ledger: Ledger, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._recompute = Recompute(ledger)
        self._thread: threading.Thread | None = None
        self._did = False
        self._worker_done.connect(self._on_worker_done)
        self._worker_failed.connect(self._on_worker_failed)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def needed(self) -> bool:
        return self._recompute.needed()

    def start(self) -> bool:
        """Recompute if the rows are stale; True if one is (now) running."""
        if self.running:
            return True
        if not self._recompute.needed():
            return False
        self._recompute.begin()
        self._thread = threading.Thread(target=self._work, name="recompute", daemon=True)
        self._thread.start()
        self.started.emit()
        return True

    def wait(self, timeout: float | None = None) -> None:
        """Block until the worker is done (quitting; tests)."""
        if self._thread is not None:
            self._thread.join(timeout)

    def _work(self) -> None:  # on the worker thread: only signals cross back
        try:
            did = self._recompute.run(self.progressed.emit)
        except GhostlessError as exc:
            self._worker_failed.emit(str(exc))
            return
        self._worker_done.emit(did)

    def _on_worker_done(self, did: bool) -> None:
        self._join()
        self.written.emit()
        self._did = self._did or did
        if not self._recompute.end():
            # A write landed after the worker's last look: one more pass.
            self.start()
            return
        did, self._did = self._did, False
        self.finished.emit(did)

    def _on_worker_failed(self, message: str) -> None:
        self._join()
        self._recompute.end()
        self._did = False
        self.failed.emit(message)

    def _join(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None


class RecomputeIndicator(QWidget):
    """The status bar's "Working out follow-ups… 40%", shown while a recompute runs."""

    def __init__(self, recompute: BackgroundRecompute, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("Working out what is owed after the change…"))
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(160)
        self.bar.setRange(0, 0)  # busy until the first count arrives
        self.bar.setTextVisible(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.bar)
        self.hide()
        recompute.started.connect(self._on_started)
        recompute.progressed.connect(self._on_progressed)
        recompute.finished.connect(lambda _did: self.hide())
        recompute.failed.connect(lambda _message: self.hide())

    def _on_started(self) -> None:
        self.bar.setRange(0, 0)
        self.show()

    def _on_progressed(self, done: int, total: int) -> None:
        if self.bar.maximum() != total:
            self.bar.setRange(0, total)
        self.bar.setValue(done)
