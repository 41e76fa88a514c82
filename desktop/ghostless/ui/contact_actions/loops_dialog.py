"""Every loop with one contact, open or closed; one opens in the Loops tab."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ghostless.core.models import Contact, Loop
from ghostless.ui.common.accessible import name
from ghostless.ui.common.icons import turn_icon
from ghostless.ui.common.tab_order import tab_buttons_as_shown

LOOP_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ContactLoopsDialog(QDialog):
    """The loops with ``contact``, newest first; Enter or double-click opens one.

    Signals:
        open_requested(int): show this loop in the Loops tab.
    """

    open_requested = Signal(int)

    def __init__(self, contact: Contact, loops: list[Loop], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Loops with {name}").format(name=contact.name))
        self.list_widget = QListWidget()
        name(self.list_widget, self.tr("Loops with this person"))
        for loop in sorted(loops, key=lambda each: each.opened_at, reverse=True):
            state = loop.status.value if not loop.is_open else loop.turn.label.lower()
            item = QListWidgetItem(
                turn_icon(loop.turn), f"{loop.subject}  ·  {loop.kind.label}, {state}"
            )
            item.setToolTip(loop.subject)
            item.setData(LOOP_ID_ROLE, loop.id)
            self.list_widget.addItem(item)
        if loops:
            self.list_widget.setCurrentRow(0)
        heading = QLabel(
            self.tr("{count} loop(s) with <b>{name}</b>.").format(
                count=len(loops), name=_escape(contact.name)
            )
            if loops
            else f"No loops with <b>{_escape(contact.name)}</b> yet."
        )
        heading.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = self.buttons.addButton(
            self.tr("&Open in Loops"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setEnabled(bool(loops))
        self.open_button.setDefault(True)
        column = QVBoxLayout(self)
        column.addWidget(heading)
        column.addWidget(self.list_widget, 1)
        column.addWidget(self.buttons)
        tab_buttons_as_shown(self.buttons)  # once in the dialog: Tab keeps it
        self.buttons.accepted.connect(self._open_current)
        self.buttons.rejected.connect(self.reject)
        self.list_widget.itemActivated.connect(lambda _item: self._open_current())
        self.resize(560, 360)

    def _open_current(self) -> None:
        item = self.list_widget.currentItem()
        if item is None:
            return
        self.accept()
        self.open_requested.emit(int(item.data(LOOP_ID_ROLE)))


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
