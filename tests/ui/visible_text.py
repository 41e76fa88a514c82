"""What the user reads in a window: every label, button, action, header, tab, placeholder
and tooltip under a widget, to compare the window in two languages."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
    QWizard,
    QWizardPage,
)


def plain(text: str) -> str:
    """``text`` as read: rich text without its tags, the mnemonic ``&`` gone."""
    if GuiQt.mightBeRichText(text):  # no mnemonics in rich text: its & are the user's
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText().strip()
    return re.sub(r"&(?=[^\s&])", "", text).strip()  # "&Save": a mnemonic; "A & B": not


def _actions(actions: list[QAction]) -> Iterator[str]:
    for action in actions:
        yield action.text()
        if action.toolTip() != action.text().replace("&", ""):
            yield action.toolTip()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield menu.title()
            yield from _actions(menu.actions())


def _headers(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    root = QModelIndex()
    shown: list[tuple[Qt.Orientation, int, QHeaderView]] = []
    if isinstance(view, QTableView):
        shown.append((Qt.Orientation.Horizontal, model.columnCount(root), view.horizontalHeader()))
        shown.append((Qt.Orientation.Vertical, model.rowCount(root), view.verticalHeader()))
    elif isinstance(view, QTreeView):
        shown.append((Qt.Orientation.Horizontal, model.columnCount(root), view.header()))
    for orientation, count, header in shown:
        if header.isHidden():
            continue
        for section in range(count):
            title = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(title, str):
                yield title


def _own_texts(widget: QWidget) -> Iterator[str]:
    yield widget.toolTip()
    yield widget.whatsThis()
    if widget.isWindow():
        yield widget.windowTitle()
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QComboBox):
        yield widget.placeholderText()
        for index in range(widget.count()):
            yield widget.itemText(index)
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield widget.tabText(index)
            yield widget.tabToolTip(index)
    elif isinstance(widget, QAbstractItemView):
        yield from _headers(widget)
    elif isinstance(widget, QWizardPage):
        yield widget.title()
        yield widget.subTitle()
    elif isinstance(widget, QWizard):
        for button in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            yield widget.buttonText(button)
    yield from _actions(widget.actions())


def visible_texts(root: QWidget) -> set[str]:
    """Every text shown under ``root``, hidden pages included (the user reaches them)."""
    found = set()
    for widget in (root, *root.findChildren(QWidget)):
        if widget.window().windowType() == Qt.WindowType.Popup and not isinstance(widget, QMenu):
            continue
        for text in _own_texts(widget):
            read = plain(text)
            if re.search(r"[^\W\d_]", read):
                found.add(read)
    return found
