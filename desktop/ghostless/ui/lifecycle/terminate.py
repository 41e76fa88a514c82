"""Quitting cleanly on SIGTERM and Ctrl+C (SIGINT), as a desktop session's logout does.

Python runs signal handlers only between bytecodes, and Qt's event loop sits in
C++ while idle, so a handler alone would wait for the next event. The signal's
wake-up byte goes to a socket Qt watches instead: the loop wakes at once, and
without polling. The app then quits through its normal path: the scheduler
stops, the tray hides, the store closes.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication


def _wakeup_pair() -> tuple[int, int, Callable[[], object], Callable[[], None]]:
    """Non-blocking read and write ends for the wake-up byte; a drain and a close.

    A pipe where one serves (no socket module to load at start); Windows takes
    only a socket for :func:`signal.set_wakeup_fd`.
    """
    if sys.platform == "win32":
        import socket

        read_end, write_end = socket.socketpair()
        for end in (read_end, write_end):
            end.setblocking(False)

        def close_sockets() -> None:
            read_end.close()
            write_end.close()

        return read_end.fileno(), write_end.fileno(), lambda: read_end.recv(64), close_sockets
    read_fd, write_fd = os.pipe()
    for fd in (read_fd, write_fd):
        os.set_blocking(fd, False)

    def close_pipe() -> None:
        os.close(read_fd)
        os.close(write_fd)

    return read_fd, write_fd, lambda: os.read(read_fd, 64), close_pipe


class TerminateWatcher(QObject):
    """Turns SIGTERM and SIGINT into ``app.quit()``; undone by :meth:`close`."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        read_fd, write_fd, self._drain, self._close_ends = _wakeup_pair()
        self._old_wakeup = signal.set_wakeup_fd(write_fd, warn_on_full_buffer=False)
        self._old_handlers = {
            number: signal.signal(number, self._on_signal)
            for number in (signal.SIGTERM, signal.SIGINT)
        }
        self._notifier = QSocketNotifier(read_fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)

    def _on_signal(self, _number: int, _frame: object) -> None:
        self._app.quit()

    def _on_notifier_activated(self) -> None:
        with contextlib.suppress(BlockingIOError):
            self._drain()  # the wake-up bytes

    def close(self) -> None:
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._old_wakeup)
        for number, handler in self._old_handlers.items():
            signal.signal(number, handler)
        self._close_ends()
