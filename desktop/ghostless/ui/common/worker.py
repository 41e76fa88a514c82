"""One piece of work on a thread of its own, its outcome reported on the GUI thread.

Work that reads or copies the whole database (the daily backup) would freeze
the window for seconds on the GUI thread. A :class:`Worker` runs it on a Python
thread; the work opens what it needs there (an SQLite connection belongs to the
thread that uses it) and only the outcome crosses back, as a queued signal.
The work is handed a ``cancelled`` callable to look at between its steps, so
quitting can stop it and wait for it instead of leaving it half done.

Every piece of background work in the window goes through one: the daily
backup, the recompute of the follow-up windows, the calendar sync and its
set-up, the mail sync. Each owner keeps its own signals and words; this holds
the thread, the one-at-a-time rule, the progress and the error handling.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ghostless.core.errors import GhostlessError

logger = logging.getLogger(__name__)

#: What a worker runs: called with ``cancelled`` (True once a stop was asked).
Work = Callable[[Callable[[], bool]], Any]
#: How long quitting waits for a stopped worker to let go (it looks every few ms).
STOP_WAIT_S = 5.0


class Worker(QObject):
    """Runs one piece of work at a time off the GUI thread.

    Signals:
        finished(object): the work returned (its result).
        failed(str): it raised a GhostlessError or an OSError (its message), or a
            bug (logged with its traceback, reported in a line).
        progressed(object): what the work passed to :meth:`progress` (a tuple).
    """

    finished = Signal(object)
    failed = Signal(str)
    progressed = Signal(object)
    _ended = Signal(object, str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._thread: threading.Thread | None = None
        self._cancel = threading.Event()
        self._ended.connect(self._on_ended)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, work: Work) -> bool:
        """Run ``work`` on a new thread; False (and nothing started) if one still runs."""
        if self._thread is not None:
            return False
        self._cancel = threading.Event()
        cancel = self._cancel
        self._thread = threading.Thread(
            target=self._body, args=(work, cancel), name=self.name, daemon=True
        )
        self._thread.start()
        return True

    def progress(self, *values: object) -> None:
        """Say how far the work got (called on the worker thread; ``progressed`` is
        emitted on the GUI thread). Send a few, not one per item: each is queued."""
        self._emit(self.progressed, values)

    def cancel(self) -> None:
        """Ask the running work to stop at its next look at ``cancelled``."""
        self._cancel.set()

    def stop(self, timeout_s: float = STOP_WAIT_S) -> bool:
        """Ask the work to stop and wait for it (quitting); True once no thread runs.

        The daemon thread cannot hold the process open past the timeout; the work
        must then leave nothing that looks finished (the backup writes a temporary
        file and renames it only when it is whole).
        """
        self._cancel.set()
        return self.wait(timeout_s)

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the thread ends (tests, quitting); True once none runs."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout_s)
            if thread.is_alive():
                return False
        return True

    def _body(self, work: Work, cancel: threading.Event) -> None:  # the worker thread
        result: Any = None
        problem = ""
        try:
            result = work(cancel.is_set)
        except (GhostlessError, OSError) as exc:
            problem = str(exc) or type(exc).__name__
        except Exception as exc:  # a bug in a worker is logged and reported, not lost
            logger.exception("%s failed", self.name)
            problem = f"unexpected error: {type(exc).__name__}"
        self._emit(self._ended, result, problem)

    def _emit(self, signal: Any, *args: object) -> None:  # on the worker thread
        try:
            signal.emit(*args)  # queued to the GUI thread: this one is not Qt's
        except RuntimeError:  # the Worker was deleted meanwhile (the app is gone)
            logger.debug("%s signalled after its owner was gone", self.name)

    def _on_ended(self, result: object, problem: str) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if problem:
            self.failed.emit(problem)
        else:
            self.finished.emit(result)
