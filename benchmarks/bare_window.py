"""The start-up floor: the least a PySide6 app with a table window can do.

Imports Qt and shows a QMainWindow holding a QTableView. Started by the
benchmark with ``GHOSTLESS_READY_FD``, it reports its first paint and the next
turn of its event loop exactly as Ghostless does (the same
:mod:`ghostless.ui.lifecycle.ready_signal`), then runs until it is stopped; with
``GHOSTLESS_EXIT_WHEN_READY=1`` it quits on the first turn of the event loop.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

from ghostless.ui.lifecycle.ready_signal import ready_signal


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setCentralWidget(QTableView())
    window.resize(1000, 700)
    window.show()
    stopwatch = ready_signal(window)
    if os.environ.get("GHOSTLESS_EXIT_WHEN_READY") == "1":
        QTimer.singleShot(0, app.quit)
    status = app.exec()
    del stopwatch
    return status


if __name__ == "__main__":
    sys.exit(main())
