"""The contact list: a table model over frozen Contact rows, fetched in batches.

Like the loop list it filters in SQL (ContactRepository.search) and loads rows
as the view scrolls, so an address book of thousands opens at once.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt

from ghostless.core.models import AddressKind, Contact
from ghostless.services.ledger import Ledger
from ghostless.ui.common.table_model import FlatTableModel, Index
from ghostless.ui.common.translation import QT_TRANSLATE_NOOP

BATCH_SIZE = 200
#: The Contact dataclass behind a row.
CONTACT_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = Index


class ContactColumn(IntEnum):
    NAME = 0
    ORGANISATION = 1
    ROLE = 2
    EMAIL = 3
    OPEN_LOOPS = 4


_HEADERS = {
    ContactColumn.NAME: QT_TRANSLATE_NOOP("ContactTableModel", "Name"),
    ContactColumn.ORGANISATION: QT_TRANSLATE_NOOP("ContactTableModel", "Organisation"),
    ContactColumn.ROLE: QT_TRANSLATE_NOOP("ContactTableModel", "Role"),
    ContactColumn.EMAIL: QT_TRANSLATE_NOOP("ContactTableModel", "E-mail"),
    ContactColumn.OPEN_LOOPS: QT_TRANSLATE_NOOP("ContactTableModel", "Open loops"),
}


class ContactTableModel(FlatTableModel):
    """Contacts matching a filter text, by name, with how many open loops each has."""

    def __init__(self, ledger: Ledger, parent: QObject | None = None) -> None:
        super().__init__(tuple(self.tr(_HEADERS[column]) for column in ContactColumn), parent)
        self._ledger = ledger
        self._text = ""
        self._rows: list[Contact] = []
        self._open_loops: dict[int, int] = {}
        self._exhausted = True

    @property
    def filter_text(self) -> str:
        return self._text

    def set_filter(self, text: str) -> None:
        self._text = text
        self._reload(BATCH_SIZE)

    def refresh(self) -> None:
        self._reload(max(BATCH_SIZE, len(self._rows)))

    def _reload(self, limit: int) -> None:
        self.beginResetModel()
        self._rows = self._ledger.search_contacts(self._text, limit=limit)
        self._open_loops = self._ledger.open_loop_counts([c.id for c in self._rows])
        self._exhausted = len(self._rows) < limit
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's default
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008 - Qt's default
        if parent.isValid() or self._exhausted:
            return
        batch = self._ledger.search_contacts(self._text, limit=BATCH_SIZE, offset=len(self._rows))
        self._exhausted = len(batch) < BATCH_SIZE
        if not batch:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
        self._rows.extend(batch)
        self._open_loops.update(self._ledger.open_loop_counts([c.id for c in batch]))
        self.endInsertRows()

    def contact_at(self, row: int) -> Contact | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, contact_id: int) -> int | None:
        for row, contact in enumerate(self._rows):
            if contact.id == contact_id:
                return row
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        contact = self.contact_at(index.row()) if index.isValid() else None
        if contact is None or not 0 <= index.column() < len(ContactColumn):
            return None
        column = ContactColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(contact, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible(contact, column)
        if role == CONTACT_ROLE:
            return contact
        if role == Qt.ItemDataRole.TextAlignmentRole and column is ContactColumn.OPEN_LOOPS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column is ContactColumn.NAME and contact.notes:
            return contact.notes
        return None

    def _accessible(self, contact: Contact, column: ContactColumn) -> str:
        text = self._display(contact, column)
        if column is ContactColumn.NAME and contact.blocked:
            return QCoreApplication.translate("ContactTableModel", "%s, blocked") % text
        if column is ContactColumn.NAME and contact.muted:
            return QCoreApplication.translate("ContactTableModel", "%s, muted") % text
        return text

    def _display(self, contact: Contact, column: ContactColumn) -> str:
        if column is ContactColumn.NAME:
            return contact.name
        if column is ContactColumn.ORGANISATION:
            return contact.org
        if column is ContactColumn.ROLE:
            return contact.role
        if column is ContactColumn.EMAIL:
            more = sum(
                1 for a in contact.addresses if a.kind is AddressKind.EMAIL and not a.primary
            )
            return f"{contact.email} (+{more})" if contact.email and more else contact.email
        return str(self._open_loops.get(contact.id, 0))
