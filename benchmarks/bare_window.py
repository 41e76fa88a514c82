"""The start-up floor: the least a PySide6 app with a table window can do.

Imports Qt, shows a QMainWindow holding a QTableView and quits on the first
turn of the event loop. Ghostless is measured against this, spawned the same way.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setCentralWidget(QTableView())
    window.resize(1000, 700)
    window.show()
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
