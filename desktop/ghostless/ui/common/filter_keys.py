"""Esc in a filter box: clear the filter, or, when it is empty, go back to its list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLineEdit


def clear_on_escape(edit: QLineEdit, view: QAbstractItemView) -> QAction:
    """Esc in ``edit`` clears it (the list shows everything again); Esc again focuses ``view``.

    A shortcut of the box alone: Esc elsewhere (a dialog, a menu) keeps its meaning.
    """
    action = QAction(QCoreApplication.translate("FilterKeys", "Clear the filter"), edit)
    action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    def on_escape() -> None:
        if edit.text():
            edit.clear()
        else:
            view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    action.triggered.connect(on_escape)
    edit.addAction(action)
    return action
