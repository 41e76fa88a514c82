"""Guards against a Qt binding that corrupts the interpreter.

PySide6 6.12.0 dropped a reference to None on every call returning nothing; on
Python 3.11 a session then aborted with "deallocating None" after a few
thousand calls (opening a dialog listing 6,000 contacts was enough).
"""

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_qt_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 50
