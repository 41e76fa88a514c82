"""The tray start-up floor: the least a PySide6 app showing a tray icon can do.

Imports Qt and shows a QSystemTrayIcon (a plain picture and a one-entry menu).
Started by the benchmark with ``GHOSTLESS_READY_FD``, it reports the next turn
of its event loop as Ghostless started with ``--autostart`` does (the same
:mod:`ghostless.ui.lifecycle.ready_signal`), then runs until it is stopped; with
``GHOSTLESS_EXIT_WHEN_READY=1`` it quits on the first turn of the event loop.
Needs a tray host (under Xvfb: the fake StatusNotifierWatcher); it exits 2
when there is none.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from ghostless.ui.lifecycle.ready_signal import ready_signal


def main() -> int:
    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    if not QSystemTrayIcon.isSystemTrayAvailable():
        print("bare_tray: no system tray", file=sys.stderr)
        return 2
    picture = QPixmap(22, 22)
    picture.fill(QColor("#3a7"))
    menu = QMenu()
    menu.addAction("Quit", app.quit)
    tray = QSystemTrayIcon(QIcon(picture))
    tray.setContextMenu(menu)
    tray.setToolTip("bare tray")
    tray.show()
    stopwatch = ready_signal(None)
    if os.environ.get("GHOSTLESS_EXIT_WHEN_READY") == "1":
        QTimer.singleShot(0, app.quit)
    status = app.exec()
    del stopwatch
    tray.hide()
    return status


if __name__ == "__main__":
    sys.exit(main())
