"""Picking a loop's contact by typing part of a name, or creating one on the spot.

The address book may hold tens of thousands of people, so the picker never
lists them all: as the user types, a small model asks the store for the first
few matches (``ContactRepository.search`` with a limit) and a completer pops
them up. The last suggestion is always "New contact…", which switches the
dialog to typing a new person in.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from ghostless.core.errors import GhostlessError
from ghostless.core.models import Contact
from ghostless.services.ledger import Ledger
from ghostless.ui.common.accessible import name_clear_button
from ghostless.ui.common.icons import icon
from ghostless.ui.common.translation import QT_TRANSLATE_NOOP

#: The picker's choice when the user types a new person in.
NEW_CONTACT = -1
#: No contact picked yet.
NO_CONTACT = 0
#: What the line shows once "New contact…" was chosen; typing over it searches again.
NEW_CONTACT_TEXT = QT_TRANSLATE_NOOP("ContactPicker", "New contact…")
#: Suggestions asked of the store per keystroke: more than fit in the pop-up.
SUGGESTIONS = 50
#: The contact id behind a suggestion (NEW_CONTACT for the last row).
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def contact_label(contact: Contact) -> str:
    """How a contact reads in the picker: "Priya Raman (Northwind Talent)"."""
    return f"{contact.name} ({contact.org})" if contact.org else contact.name


class ContactSuggestionModel(QAbstractListModel):
    """The first :data:`SUGGESTIONS` contacts matching a text, then "New contact…"."""

    def __init__(self, ledger: Ledger, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._text = ""
        self._contacts: list[Contact] = []

    @property
    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        """Suggest the contacts matching every word of ``text``."""
        contacts = self._ledger.search_contacts(text, limit=SUGGESTIONS)
        self.beginResetModel()
        self._text = text
        self._contacts = contacts
        self.endResetModel()

    def contact_at(self, row: int) -> Contact | None:
        return self._contacts[row] if 0 <= row < len(self._contacts) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._contacts) + 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = index.row()
        if not index.isValid() or not 0 <= row <= len(self._contacts) or index.column() != 0:
            return None
        contact = self.contact_at(row)
        if contact is None:  # the last row: a new person
            typed = self._text.strip()
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                if typed:
                    return self.tr("New contact “{name}”…").format(name=typed)
                return self.tr("New contact…")
            if role == Qt.ItemDataRole.EditRole:
                return self._text
            if role == Qt.ItemDataRole.DecorationRole:
                return icon("contact-new")
            if role == CONTACT_ID_ROLE:
                return NEW_CONTACT
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return contact_label(contact)
        if role == Qt.ItemDataRole.EditRole:
            return contact_label(contact)
        if role == Qt.ItemDataRole.ToolTipRole:
            return " · ".join(part for part in (contact.role, contact.email) if part) or None
        if role == CONTACT_ID_ROLE:
            return contact.id
        return None


class ContactPicker(QWidget):
    """A line to type a name into, with matching contacts popping up below it.

    Down (or the button) lists suggestions without typing; Enter or a click picks one.

    Signals:
        contact_changed(int): the choice changed: a contact id, NEW_CONTACT or NO_CONTACT.

    Attributes:
        line_edit: where the name is typed.
        model: the suggestions for what is typed.
        completer: the pop-up over ``model``.
    """

    contact_changed = Signal(int)

    def __init__(self, ledger: Ledger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._contact_id = NO_CONTACT
        self._chosen_text = ""
        self.line_edit = QLineEdit()
        self.line_edit.setPlaceholderText(self.tr("Type a name to find someone, or a new name"))
        name_clear_button(self.line_edit)
        self.model = ContactSuggestionModel(ledger, self)
        self.completer = QCompleter(self.model, self)
        # The model is already filtered in SQL; the completer only shows it.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(10)
        self.completer.setWidget(self.line_edit)
        self.list_button = QToolButton()
        self.list_button.setArrowType(Qt.ArrowType.DownArrow)
        self.list_button.setToolTip(self.tr("List contacts (Down)"))
        self.list_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line_edit, 1)
        row.addWidget(self.list_button)
        self.setFocusProxy(self.line_edit)

        self.line_edit.textEdited.connect(self._on_line_edit_text_edited)
        self.line_edit.installEventFilter(self)
        activated = self.completer.activated[QModelIndex]  # type: ignore[index]
        activated.connect(self._on_completer_activated)
        self.list_button.clicked.connect(self.show_suggestions)

    # -- the choice ----------------------------------------------------------
    def contact_id(self) -> int:
        """The chosen contact's id, NEW_CONTACT, or NO_CONTACT while nothing is chosen."""
        return self._contact_id

    def typed_text(self) -> str:
        return self.line_edit.text()

    def select_contact(self, contact_id: int) -> bool:
        """Choose the contact ``contact_id``; False if there is none such."""
        try:
            contact = self._ledger.contact(contact_id)
        except GhostlessError:  # gone meanwhile: leave the choice as it was
            return False
        self._choose(contact.id, contact_label(contact))
        return True

    def choose_new_contact(self) -> None:
        """Switch to typing a new person in."""
        self._choose(NEW_CONTACT, self.tr(NEW_CONTACT_TEXT))

    def _choose(self, contact_id: int, text: str) -> None:
        self._chosen_text = text
        self.line_edit.setText(text)
        if contact_id != self._contact_id:
            self._contact_id = contact_id
            self.contact_changed.emit(contact_id)

    # -- suggestions ---------------------------------------------------------
    def show_suggestions(self) -> None:
        """Pop up the contacts matching what is typed (everyone's first few when nothing is)."""
        text = self.line_edit.text()
        if self._contact_id != NO_CONTACT and text == self._chosen_text:
            text = ""  # a choice made: list everyone to pick another
        self.model.set_text(text)
        self.line_edit.setFocus()
        self.completer.complete()

    def _on_line_edit_text_edited(self, text: str) -> None:
        if self._contact_id != NO_CONTACT and text != self._chosen_text:
            # Typing over a choice un-makes it until a suggestion is chosen.
            self._contact_id = NO_CONTACT
            self.contact_changed.emit(NO_CONTACT)
        self.model.set_text(text)
        if text.strip():
            self.completer.complete()
        else:
            self._popup().hide()

    def _on_completer_activated(self, index: QModelIndex) -> None:
        contact_id = index.data(CONTACT_ID_ROLE)
        if contact_id == NEW_CONTACT:
            self.choose_new_contact()
        elif isinstance(contact_id, int):
            self.select_contact(contact_id)

    def _popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None  # QCompleter makes one on first use
        return popup

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.line_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and not self._popup().isVisible()
        ):
            self.show_suggestions()
            return True
        return super().eventFilter(watched, event)
