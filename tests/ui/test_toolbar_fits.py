"""The main toolbar never hides actions behind "»": where their words do not fit, it
shows icons only (each with its tooltip), in any language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton
from pytestqt.qtbot import QtBot

from ghostless.services.ledger import Ledger
from ghostless.ui.app import build_main_window
from ghostless.ui.main_window import MainWindow


def _hidden_actions(toolbar: QToolBar) -> list[str]:
    """The actions whose buttons the toolbar has put behind its "»" button."""
    hidden = []
    for action in toolbar.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        button = toolbar.widgetForAction(action)
        if button is None or not button.isVisible():
            hidden.append(action.text())
    return hidden


@pytest.mark.parametrize("width", [1400, 1000, 800])
def test_no_action_hides_behind_the_overflow_button(
    qtbot: QtBot, german: str, examples: Ledger, settings: QSettings, width: int
) -> None:
    window: MainWindow = build_main_window(examples, settings)
    qtbot.addWidget(window)
    window.resize(width, 800)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    toolbar = window.findChild(QToolBar, "actions_toolbar")
    assert toolbar is not None
    assert _hidden_actions(toolbar) == []
    if toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        for action in toolbar.actions():
            if not action.isSeparator():
                assert action.toolTip()  # the words are in the tooltip
    window.close()


def test_the_words_come_back_when_there_is_room(
    qtbot: QtBot, examples: Ledger, settings: QSettings
) -> None:
    window = build_main_window(examples, settings)
    qtbot.addWidget(window)
    window.resize(700, 800)
    window.show()
    qtbot.waitExposed(window)
    toolbar = window.findChild(QToolBar, "actions_toolbar")
    assert toolbar is not None
    QApplication.processEvents()
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    window.resize(1900, 800)
    QApplication.processEvents()
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert isinstance(toolbar.widgetForAction(toolbar.actions()[0]), QToolButton)
    window.close()
