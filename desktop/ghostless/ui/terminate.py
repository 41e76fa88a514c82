"""Quitting cleanly on SIGTERM and Ctrl+C (SIGINT), as a desktop session's logout does.

Python runs signal handlers only between bytecodes, and Qt's event loop sits in
C++ while idle, so a handler alone would wait for the next event. The signal's
wake-up byte goes to a socket Qt watches instead: the loop wakes at once, and
without polling. The app then quits through its normal path: the scheduler
stops, the tray hides, the store closes.
"""

from __future__ import annotations

import contextlib
import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication


class TerminateWatcher(QObject):
    """Turns SIGTERM and SIGINT into ``app.quit()``; undone by :meth:`close`."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._read, self._write = socket.socketpair()
        for end in (self._read, self._write):
            end.setblocking(False)
        self._old_wakeup = signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        self._old_handlers = {
            number: signal.signal(number, self._on_signal)
            for number in (signal.SIGTERM, signal.SIGINT)
        }
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)

    def _on_signal(self, _number: int, _frame: object) -> None:
        self._app.quit()

    def _on_notifier_activated(self) -> None:
        with contextlib.suppress(BlockingIOError):
            self._read.recv(64)  # drain the wake-up bytes

    def close(self) -> None:
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._old_wakeup)
        for number, handler in self._old_handlers.items():
            signal.signal(number, handler)
        self._read.close()
        self._write.close()
