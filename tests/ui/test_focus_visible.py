"""The selected row of the list that has the keyboard looks different from one that has not."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot

from ghostless.ui.common.theme import TEXT_CONTRAST, contrast
from ghostless.ui.main_window import LOOPS_TAB, MainWindow

Role = QPalette.ColorRole

#: How far apart the two highlights are at least: the eye tells them apart at a glance.
DISTINCT = 1.5


def _selection(view: QAbstractItemView) -> tuple[QColor, QColor]:
    palette = view.palette()
    return palette.color(Role.Highlight), palette.color(Role.HighlightedText)


def _focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    QApplication.processEvents()
    assert widget.hasFocus()


def test_the_focused_table_shows_its_selection_stronger(
    qtbot: QtBot, worn: QPalette, example_window: MainWindow
) -> None:
    window = example_window
    window.tabs.setCurrentIndex(LOOPS_TAB)
    window.activateWindow()
    qtbot.waitActive(window)
    table = window.loop_table
    table.selectRow(0)
    _focus(qtbot, table)
    focused = _selection(table)
    _focus(qtbot, window.filter_edit)
    unfocused = _selection(table)
    assert contrast(focused[0], unfocused[0]) >= DISTINCT, (focused[0].name(), unfocused[0].name())
    for highlight, text in (focused, unfocused):
        assert contrast(text, highlight) >= TEXT_CONTRAST, (text.name(), highlight.name())
    _focus(qtbot, table)
    assert _selection(table) == focused
