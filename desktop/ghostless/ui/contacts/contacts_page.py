"""The Contacts tab: everyone the user corresponds with, filtered as they type."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ghostless.core.models import AddressKind, Contact
from ghostless.services.ledger import Ledger
from ghostless.ui.commands import Commands
from ghostless.ui.common.accessible import ValueLabel, name, name_clear_button
from ghostless.ui.common.elided_tips import tip_cut_cells
from ghostless.ui.common.filter_keys import clear_on_escape
from ghostless.ui.common.icons import icon
from ghostless.ui.contacts.contact_table_model import ContactColumn, ContactTableModel


class ContactsPage(QWidget):
    """A filter line, the contact table and buttons to add, edit or start a loop.

    The window builds the page when it is first shown or reached (start-up shows
    only the Today tab), and the table is read then.

    Attributes:
        filter_edit: filters the table in SQL on every keystroke.
        contact_model: the table's model.
        contact_table: the view; double-click edits a contact.
        details_label: the selected contact with every address and its label.
    """

    def __init__(self, ledger: Ledger, commands: Commands, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._commands = commands
        self.contact_model = ContactTableModel(ledger, self)
        self.filter_edit = QLineEdit()
        name(self.filter_edit, self.tr("Filter contacts"))
        self.filter_edit.setPlaceholderText(
            self.tr("Filter contacts by name, organisation, role or any address")
        )
        name_clear_button(self.filter_edit)
        self.new_button = QPushButton(icon("contact-new"), self.tr("New contact…"))
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit…"))
        self.new_loop_button = QPushButton(icon("loop-new"), self.tr("New loop with this contact…"))

        self.contact_table = QTableView()
        tip_cut_cells(self.contact_table)
        clear_on_escape(self.filter_edit, self.contact_table)
        name(self.contact_table, self.tr("Contacts"))
        self.contact_table.setModel(self.contact_model)
        self.contact_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Two rows selected (Ctrl+click) are what "Merge two contacts" merges.
        self.contact_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.contact_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contact_table.setAlternatingRowColors(True)
        self.contact_table.verticalHeader().hide()
        header = self.contact_table.horizontalHeader()
        header.setSectionResizeMode(ContactColumn.EMAIL, QHeaderView.ResizeMode.Stretch)
        for column in (ContactColumn.NAME, ContactColumn.ORGANISATION, ContactColumn.ROLE):
            self.contact_table.setColumnWidth(column, 180)

        self.details_label = ValueLabel()
        self.details_label.setTextFormat(Qt.TextFormat.RichText)
        self.details_label.setWordWrap(True)
        self.details_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.details_label.setMargin(8)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.new_loop_button)
        self._buttons = buttons
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.contact_table, 1)
        layout.addWidget(self.details_label)
        layout.addLayout(buttons)

        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.new_button.clicked.connect(commands.new_contact)
        self.edit_button.clicked.connect(self.edit_selected)
        self.new_loop_button.clicked.connect(self.new_loop_with_selected)
        self.contact_table.doubleClicked.connect(self._on_contact_table_double_clicked)
        self.contact_model.modelReset.connect(self._update_buttons)
        self.contact_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._loaded = False
        #: Shown at least once: from then on, written to while hidden, it is read
        #: again when shown, not on every write.
        self._shown = False
        self._stale = False
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        self._shown = True
        if not self._loaded:
            self.contact_model.set_filter(self.filter_edit.text())
            self._loaded = True
        elif self._stale:
            self.refresh()
        super().showEvent(event)

    def selected_contact(self) -> Contact | None:
        """The one contact selected (None when none, or several, are)."""
        chosen = self.selected_contacts()
        return chosen[0] if len(chosen) == 1 else None

    def selected_contacts(self) -> list[Contact]:
        rows = sorted(index.row() for index in self.contact_table.selectionModel().selectedRows())
        found = (self.contact_model.contact_at(row) for row in rows)
        return [contact for contact in found if contact is not None]

    def add_actions(self, actions: list[QAction]) -> None:
        """The window's contact actions, as buttons under the table and its context menu."""
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self._buttons.insertWidget(self._buttons.count() - 1, button)
        self.contact_table.addActions(actions)
        self.contact_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def select_contact(self, contact_id: int) -> None:
        row = self.contact_model.row_of(contact_id)
        if row is not None:
            self.contact_table.selectRow(row)

    def select_contacts(self, contact_ids: list[int]) -> None:
        """Select these contacts together (for a merge)."""
        from PySide6.QtCore import QItemSelectionModel

        model = self.contact_table.selectionModel()
        model.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for contact_id in contact_ids:
            row = self.contact_model.row_of(contact_id)
            if row is not None:
                model.select(self.contact_model.index(row, 0), flags)

    def refresh(self) -> None:
        """Read the contacts again after a write; a page hidden since it was shown waits
        until it is shown again (a message logged from the loops would re-read a page of
        contacts for nothing)."""
        if self._shown and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        selected = self.selected_contact()
        if self._loaded:
            self.contact_model.refresh()
        else:
            self.contact_model.set_filter(self.filter_edit.text())
            self._loaded = True
        if selected:
            self.select_contact(selected.id)

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.contact_model.set_filter(text)
        self._loaded = True

    def edit_selected(self) -> None:
        contact = self.selected_contact()
        if contact:
            self._commands.edit_contact(contact.id)

    def new_loop_with_selected(self) -> None:
        contact = self.selected_contact()
        self._commands.new_loop(contact.id if contact else None)

    def _on_contact_table_double_clicked(self, index: QModelIndex) -> None:
        contact = self.contact_model.contact_at(index.row())
        if contact:
            self._commands.edit_contact(contact.id)

    def _update_buttons(self) -> None:
        contact = self.selected_contact()
        self.edit_button.setEnabled(contact is not None)
        self.new_loop_button.setEnabled(contact is not None)
        self.details_label.setText(contact_details(contact) if contact else "")
        self.details_label.setVisible(contact is not None)


def contact_details(contact: Contact) -> str:
    """The contact pane's text: name, role and organisation, then every address by kind."""
    lines = [f"<b>{html.escape(contact.name)}</b>"]
    work = ", ".join(part for part in (contact.role, contact.org) if part)
    if work:
        lines.append(html.escape(work))
    for kind in AddressKind:
        for address in contact.of_kind(kind):
            label = f" ({html.escape(address.label)})" if address.label else ""
            mark = " — primary" if address.primary and len(contact.of_kind(kind)) > 1 else ""
            lines.append(f"{kind.label}: {html.escape(address.value)}{label}{mark}")
    if not contact.addresses:
        lines.append("<i>No e-mail address, phone or profile link yet.</i>")
    return "<br>".join(lines)
