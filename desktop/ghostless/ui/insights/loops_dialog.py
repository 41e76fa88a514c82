"""The loops behind one bar or point of a chart, with a way to open each."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ghostless.core.models import Loop
from ghostless.services.insights import LOOPS_LIMIT
from ghostless.ui.common.tab_order import tab_buttons_as_shown
from ghostless.ui.insights.table import FigureTableModel


class LoopsBehindDialog(QDialog):
    """A list of loops; Open (or a double click) asks the window to show one.

    Signals:
        open_requested(int): the chosen loop's id.
    """

    open_requested = Signal(int)

    def __init__(self, title: str, loops: Sequence[Loop], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 420)
        self.loops = list(loops)
        count = len(self.loops)
        more = (
            self.tr(" (the first {count})").format(count=LOOPS_LIMIT)
            if count >= LOOPS_LIMIT
            else ""
        )
        self.summary = QLabel(
            self.tr("{count} loops{more}.").format(count=QLocale().toString(count), more=more)
            if count
            else self.tr("No loops behind this one.")
        )
        self.model = FigureTableModel(
            (
                self.tr("Loop"),
                self.tr("Who"),
                self.tr("Organisation"),
                self.tr("Subject"),
                self.tr("Status"),
            ),
            self,
        )
        self.model.set_rows(
            [
                (loop.id, loop.contact_name, loop.contact_org, loop.subject, loop.status.value)
                for loop in self.loops
            ]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Loops behind the chosen bar"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.addButton(
            self.tr("Open loop"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setEnabled(bool(self.loops))
        column = QVBoxLayout(self)
        column.addWidget(self.summary)
        column.addWidget(self.table, 1)
        column.addWidget(buttons)
        tab_buttons_as_shown(buttons)  # once in the dialog: Tab keeps it
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.table.activated.connect(self._on_table_activated)
        if self.loops:
            self.table.selectRow(0)

    def _on_table_activated(self, index: QModelIndex) -> None:
        self._open(index.row())

    def _on_open_button_clicked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open(rows[0].row())

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.loops):
            self.open_requested.emit(self.loops[row].id)
            self.accept()
