"""After the first paint: the start-up work that waits for it, and the benchmark's stopwatch.

:class:`FirstPaint` runs the app's start-up work (``Shell.start``: the catch-up
of reminders missed while the app was closed) once the window has painted for
the first time, so nothing but the window stands between the start and the
first frame. Started in the tray only, or with a window that never paints
(minimised, on a hidden workspace), the work runs on the first turn of the
event loop, or after :data:`PAINT_WAIT_MS` at the latest.

When ``GHOSTLESS_READY_FD`` names an open file descriptor (the benchmark passes
a pipe), it also writes ``painted <seconds>`` once the first paint has been
drawn, then ``ready <seconds>`` once that work has run and the event loop
turns again, each stamped with ``time.monotonic()``; with no window, only
``ready``. The bare PySide6 floors of the benchmark use the same.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

READY_FD_ENV = "GHOSTLESS_READY_FD"
#: The longest the start-up work waits for a paint that may never come.
PAINT_WAIT_MS = 2_000


class FirstPaint(QObject):
    """Runs ``work`` after ``window``'s first paint (see the module); stamps to ``fd``."""

    def __init__(
        self,
        window: QWidget | None,
        work: Callable[[], object] | None = None,
        fd: int | None = None,
    ) -> None:
        super().__init__(window)
        self._fd, self._window, self._work = fd, window, work
        self._done = False
        if window is None or not window.isVisible() or window.isMinimized():
            self._window = None
            QTimer.singleShot(0, self._after_paint)  # after the work already queued
        else:
            window.installEventFilter(self)
            QTimer.singleShot(PAINT_WAIT_MS, self._after_paint)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._after_paint)  # once this paint has been drawn
        return False

    def _after_paint(self) -> None:
        if self._done:
            return
        self._done = True
        if self._window is not None:
            self._window.removeEventFilter(self)
            self._write("painted")
        if self._work is not None:
            self._work()
        QTimer.singleShot(0, self._ready)

    def _ready(self) -> None:
        self._write("ready")

    def _write(self, stage: str) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):  # the benchmark went away: nothing to tell
            os.write(self._fd, f"{stage} {time.monotonic():.6f}\n".encode())


def stopwatch_fd() -> int | None:
    """The descriptor the benchmark asked the stamps on (see the module), else None."""
    fd = os.environ.get(READY_FD_ENV, "")
    return int(fd) if fd.isdigit() else None


def after_first_paint(window: QWidget | None, work: Callable[[], object]) -> FirstPaint:
    """Run ``work`` once ``window`` has painted (see the module); keep the result alive."""
    return FirstPaint(window, work, stopwatch_fd())


def ready_signal(window: QWidget | None) -> FirstPaint | None:
    """Only the stamps, when the benchmark asked for them (the bare floors), else None."""
    fd = stopwatch_fd()
    return FirstPaint(window, None, fd) if fd is not None else None
