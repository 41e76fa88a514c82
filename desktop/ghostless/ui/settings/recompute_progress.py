"""Working out every follow-up window again, on a worker thread, with progress.

After the time zone, the settings or the rules change, every open loop's
windows are computed afresh: a few milliseconds for a few hundred loops,
seconds for tens of thousands. :class:`BackgroundRecompute` runs it in a process
and on a database connection of its own (:class:`ghostless.services.recompute.Recompute`),
watched from a thread, while the window stays in use, showing the rows as they were
until the new ones are written in one transaction; a progress bar in the status bar
says how far it got.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from ghostless.services.ledger import Ledger
from ghostless.services.recompute import Recompute
from ghostless.ui.common.worker import Worker


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

    def __init__(
        self, ledger: Ledger, parent: QObject | None = None, *, in_process: bool = False
    ) -> None:
        """``in_process``: compute on the watching thread itself, not in a child process
        (for tests that hold the computation half-way)."""
        super().__init__(parent)
        self._recompute = Recompute(ledger)
        self._worker = Worker("recompute", self)
        self._in_process = in_process
        self._did = False
        self._worker.progressed.connect(self._on_worker_progressed)
        self._worker.finished.connect(self._on_worker_finished)
        self._worker.failed.connect(self._on_worker_failed)

    @property
    def running(self) -> bool:
        return self._worker.running

    def needed(self) -> bool:
        return self._recompute.needed()

    def start(self) -> bool:
        """Recompute if the rows are stale; True if one is (now) running."""
        if self.running:
            return True
        if not self._recompute.needed():
            return False
        self._recompute.begin()
        worker = self._worker
        run = self._recompute.run if self._in_process else self._recompute.run_elsewhere
        worker.start(lambda _cancelled: run(worker.progress))
        self.started.emit()
        return True

    def wait(self, timeout: float | None = None) -> None:
        """Block until the worker is done (quitting; tests)."""
        self._worker.wait(timeout)

    def _on_worker_progressed(self, values: tuple[int, int]) -> None:
        self.progressed.emit(*values)

    def _on_worker_finished(self, did: bool) -> None:
        self.written.emit()
        self._did = self._did or did
        if not self._recompute.end():
            # A write landed after the worker's last look: one more pass.
            self.start()
            return
        did, self._did = self._did, False
        self.finished.emit(did)

    def _on_worker_failed(self, message: str) -> None:
        self._recompute.end()
        self._did = False
        self.failed.emit(message)


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
