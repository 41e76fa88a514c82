"""The tray start-up floor: the least a PySide6 app showing a tray icon can do.

Imports Qt, shows a QSystemTrayIcon (a plain picture and a one-entry menu) and
quits on the first turn of the event loop, as Ghostless started with
``--autostart`` and ``GHOSTLESS_EXIT_WHEN_READY=1`` does. Needs a tray host
(under Xvfb: the fake StatusNotifierWatcher); it exits 2 when there is none.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon


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
    QTimer.singleShot(0, app.quit)
    status = app.exec()
    tray.hide()
    return status


if __name__ == "__main__":
    sys.exit(main())
