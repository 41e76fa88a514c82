"""on_edit: one call per change the user makes, whatever the kind of field."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ghostless.ui.common.edits import on_edit


def _counted(widget: QWidget) -> list[int]:
    calls: list[int] = []
    on_edit(widget, lambda: calls.append(1))
    return calls


def test_each_kind_of_field_says_it_changed(qtbot: QtBot) -> None:
    line = QLineEdit()
    qtbot.addWidget(line)
    calls = _counted(line)
    qtbot.keyClicks(line, "a")
    assert calls
    text = QPlainTextEdit()
    calls = _counted(text)
    text.setPlainText("b")
    assert calls
    spin = QSpinBox()
    calls = _counted(spin)
    spin.setValue(3)  # the settings' Reset link follows a number as it changes
    assert calls
    time = QTimeEdit()
    calls = _counted(time)
    time.setTime(QTime(9, 30))
    assert calls
    combo = QComboBox()
    combo.addItems(["one", "two"])
    calls = _counted(combo)
    combo.setCurrentIndex(1)
    assert calls


def test_typing_in_an_editable_combo_box_counts(qtbot: QtBot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.setEditable(True)
    calls = _counted(combo)
    line = combo.lineEdit()
    assert line is not None
    qtbot.keyClicks(line, "Europe/Ber")
    assert calls


def test_boxes_inside_a_field_count(qtbot: QtBot) -> None:
    days = QWidget()
    qtbot.addWidget(days)
    row = QHBoxLayout(days)
    boxes = [QCheckBox(str(day)) for day in range(7)]
    for box in boxes:
        row.addWidget(box)
    calls = _counted(days)
    boxes[3].setChecked(True)
    assert calls == [1]
