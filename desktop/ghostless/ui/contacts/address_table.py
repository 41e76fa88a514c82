"""The further addresses of a contact in its dialog: kind, address and label per row."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ghostless.core.models import Address, AddressKind


class AddressTable(QWidget):
    """Rows of (kind, address, label) beyond the primary ones, with Add and Remove.

    "Make primary" asks the dialog (``make_primary``) to swap the row with the
    primary address of its kind, so the dialog's primary fields stay the truth.

    Attributes:
        table: one row per address; column 0 holds a kind chooser.
        add_button, remove_button, primary_button: the row actions.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Address"), self.tr("Label")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 110)
        self.table.setColumnWidth(2, 120)
        self.table.setMinimumHeight(110)
        self.add_button = QPushButton(self.tr("Add address"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.primary_button = QPushButton(self.tr("Make primary"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.primary_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_row(Address(AddressKind.EMAIL, "")))
        self.remove_button.clicked.connect(self._remove_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def add_row(self, address: Address) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        kinds = QComboBox()
        for kind in AddressKind:
            kinds.addItem(kind.label, kind.value)
        kinds.setCurrentIndex(kinds.findData(address.kind.value))
        self.table.setCellWidget(row, 0, kinds)
        self.table.setItem(row, 1, QTableWidgetItem(address.value))
        self.table.setItem(row, 2, QTableWidgetItem(address.label))
        self.table.setCurrentCell(row, 1)
        return row

    def set_row(self, row: int, address: Address) -> None:
        kinds = self.table.cellWidget(row, 0)
        assert isinstance(kinds, QComboBox)
        kinds.setCurrentIndex(kinds.findData(address.kind.value))
        self._item(row, 1).setText(address.value)
        self._item(row, 2).setText(address.label)

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem("")
            self.table.setItem(row, column, item)
        return item

    def address_at(self, row: int) -> Address:
        kinds = self.table.cellWidget(row, 0)
        assert isinstance(kinds, QComboBox)
        kind = AddressKind(str(kinds.currentData()))
        return Address(kind, self._item(row, 1).text(), self._item(row, 2).text())

    def addresses(self) -> list[tuple[int, Address]]:
        """(row, address) of every row with an address typed in."""
        found = [(row, self.address_at(row)) for row in range(self.table.rowCount())]
        return [(row, address) for row, address in found if address.value.strip()]

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def remove_row(self, row: int) -> None:
        self.table.removeRow(row)

    def _remove_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.remove_row(row)

    def _update_buttons(self) -> None:
        chosen = self.selected_row() is not None
        self.remove_button.setEnabled(chosen)
        self.primary_button.setEnabled(chosen)
