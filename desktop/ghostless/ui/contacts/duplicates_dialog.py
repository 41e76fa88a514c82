"""Contacts ▸ Find duplicates: likely pairs, merged one at a time, each undoable."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ghostless.core.errors import GhostlessError
from ghostless.core.models import Contact
from ghostless.services import duplicates
from ghostless.services.duplicates import DuplicatePair
from ghostless.services.ledger import Ledger
from ghostless.ui.common.accessible import name


def _who(contact: Contact) -> str:
    parts = [contact.name, f"#{contact.id}"]
    if contact.org:
        parts.insert(1, f"({contact.org})")
    return " ".join(parts)


class DuplicatesDialog(QDialog):
    """The likely pairs; Merge keeps the first of the selected pair, Swap the other.

    Signals:
        merged(int): contacts were merged or a merge undone (the kept contact's id).

    Attributes:
        table: one row per pair: keep, merge into it, why.
        merge_button, swap_button, undo_button: the actions.
        status: what was done, in words.
        pairs: the pairs shown, in the table's order.
    """

    merged = Signal(int)

    def __init__(self, ledger: Ledger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find duplicates"))
        self.resize(860, 420)
        self._ledger = ledger
        self.pairs: list[DuplicatePair] = []
        self._swapped: set[int] = set()
        self.table = QTableWidget(0, 3)
        name(self.table, self.tr("Possible duplicates"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Keep"), self.tr("Merge into it"), self.tr("Why")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 220)
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.setToolTip(
            self.tr("Move every loop, event and address of the second contact to the first")
        )
        self.swap_button = QPushButton(self.tr("Keep the other one"))
        self.undo_button = QPushButton(self.tr("Undo last merge"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.merge_button, self.swap_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        intro = QLabel(
            self.tr(
                "Contacts that are likely one person: the same e-mail address or "
                "profile link, or similar names at one organisation. Nothing is merged "
                "until you press Merge, and a merge can be undone."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.merge_button.clicked.connect(self.merge_selected)
        self.swap_button.clicked.connect(self._on_swap_button_clicked)
        self.undo_button.clicked.connect(self.undo_last)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        try:
            self.pairs = duplicates.find_duplicates(self._ledger)
        except GhostlessError as exc:
            self.pairs = []
            self.status.setText(str(exc))
        self._swapped.clear()
        self.table.setRowCount(len(self.pairs))
        for row, pair in enumerate(self.pairs):
            self._show_row(row)
            self.table.setItem(row, 2, QTableWidgetItem("; ".join(pair.reasons)))
        if self.pairs:
            self.table.selectRow(0)
        elif not self.status.text():
            self.status.setText(self.tr("No likely duplicates."))
        self._update_buttons()

    def _show_row(self, row: int) -> None:
        keep, other = self.chosen(row)
        self.table.setItem(row, 0, QTableWidgetItem(_who(keep)))
        self.table.setItem(row, 1, QTableWidgetItem(_who(other)))

    def chosen(self, row: int) -> tuple[Contact, Contact]:
        """(kept, merged into it) for a row, as the user arranged it."""
        pair = self.pairs[row]
        if row in self._swapped:
            return pair.second, pair.first
        return pair.first, pair.second

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _on_swap_button_clicked(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        self._swapped ^= {row}
        self._show_row(row)

    def merge_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        keep, other = self.chosen(row)
        try:
            done = duplicates.merge(self._ledger, keep.id, other.id)
        except GhostlessError as exc:
            self.status.setText(self.tr("Not merged: {exc}").format(exc=exc))
            return
        self.reload()
        self.status.setText(
            self.tr(
                "Merged {other} into {keep}: {loops_moved} loop(s) moved. Undo last "
                "merge puts them back."
            ).format(other=other.name, keep=keep.name, loops_moved=done.loops_moved)
        )
        self.merged.emit(keep.id)

    def undo_last(self) -> None:
        try:
            restored = duplicates.undo(self._ledger)
        except GhostlessError as exc:
            self.status.setText(self.tr("Nothing undone: {exc}").format(exc=exc))
            return
        self.reload()
        name = self._ledger.contact(restored).name
        self.status.setText(
            self.tr("Undone: {name} is a contact of their own again, with their loops.").format(
                name=name
            )
        )
        self.merged.emit(restored)

    def _update_buttons(self) -> None:
        chosen = self.selected_row() is not None
        self.merge_button.setEnabled(chosen)
        self.swap_button.setEnabled(chosen)
