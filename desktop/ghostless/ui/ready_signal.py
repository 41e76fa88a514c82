"""The start-up benchmark's stopwatch: when the window has painted, and when the app is ready.

Only when ``GHOSTLESS_READY_FD`` names an open file descriptor (the benchmark
passes a pipe): a line ``painted <seconds>`` once the window's first paint has
finished, then ``ready <seconds>`` once the start-up work queued before it
(``Shell.start``) has run and the event loop turns again, each stamped with
``time.monotonic()``. The bare PySide6 floor of the benchmark uses the same.
"""

from __future__ import annotations

import contextlib
import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

READY_FD_ENV = "GHOSTLESS_READY_FD"


class ReadySignal(QObject):
    """Writes the two stamps to ``fd``; the window's, or with none, only ``ready``."""

    def __init__(self, fd: int, window: QWidget | None) -> None:
        super().__init__(window)
        self._fd, self._window = fd, window
        if window is None:
            QTimer.singleShot(0, self._ready)  # after the work already queued
        else:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._painted)  # once this paint has been drawn
        return False

    def _painted(self) -> None:
        self._write("painted")
        QTimer.singleShot(0, self._ready)

    def _ready(self) -> None:
        self._write("ready")

    def _write(self, stage: str) -> None:
        with contextlib.suppress(OSError):  # the benchmark went away: nothing to tell
            os.write(self._fd, f"{stage} {time.monotonic():.6f}\n".encode())


def ready_signal(window: QWidget | None) -> ReadySignal | None:
    """A :class:`ReadySignal` when the benchmark asked for one (see the module), else None."""
    fd = os.environ.get(READY_FD_ENV, "")
    return ReadySignal(int(fd), window) if fd.isdigit() else None
