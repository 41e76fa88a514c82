"""The selected row of the list that has the keyboard looks different from one that has not."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ghostless.ui.common.theme import TEXT_CONTRAST, contrast
from ghostless.ui.main_window import LOOPS_TAB, MainWindow
from ghostless.ui.today.today_table import TodayTable

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


def test_todays_selected_line_reads_before_the_list_ever_had_the_focus(
    qtbot: QtBot, worn: QPalette
) -> None:
    # A new user's first screenshot (no window manager gave the list the keys): the
    # first line selected, drawn white on a pale tint, two rules' colours mixed.
    table = TodayTable()
    qtbot.addWidget(table)
    model = QStandardItemModel(2, 2)
    for row in range(2):
        for column in range(2):
            model.setItem(row, column, QStandardItem(f"line {row}, cell {column}"))
    table.setModel(model)
    table.select_only(0)
    assert not table.hasFocus()
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.widget = table
    option.state |= QStyle.StateFlag.State_Selected
    table.itemDelegate().initStyleOption(option, model.index(0, 1))
    highlight = option.palette.color(Role.Highlight)
    text = option.palette.color(Role.HighlightedText)
    assert contrast(text, highlight) >= TEXT_CONTRAST, (text.name(), highlight.name())
