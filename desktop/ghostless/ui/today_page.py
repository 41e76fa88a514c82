"""The Today tab: everything owed now, most urgent first, each row snoozable or answerable."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ghostless.core.clock import Clock
from ghostless.core.models import EventKind
from ghostless.services.reminders import Owed, ReminderService
from ghostless.ui.accessible import name
from ghostless.ui.commands import Commands
from ghostless.ui.icons import icon
from ghostless.ui.loop_table_view import LoopTableView
from ghostless.ui.today_model import TodayColumn, TodayModel


class TodayPage(QWidget):
    """What is owed now, then what is coming up or snoozed (greyed).

    Signals:
        open_requested(int): show this loop in the Loops tab.
        disengage_requested(int): walk this loop through the polite-disengagement wizard.

    Attributes:
        model: the rows (:class:`TodayModel`).
        table: its view; double-click or Enter opens the loop.
        summary_label: "3 owed now · 2 later".
        open_button, log_sent_button, disengage_button, snooze_button: act on the
            selected row.
    """

    open_requested = Signal(int)
    disengage_requested = Signal(int)

    def __init__(
        self,
        reminders: ReminderService,
        clock: Clock,
        commands: Commands,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reminders = reminders
        self._clock = clock
        self._commands = commands
        self._stale = False
        self.model = TodayModel(self)
        self.summary_label = QLabel()
        self.table = LoopTableView()
        name(self.table, self.tr("Owed now"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TodayColumn.OWED, QHeaderView.ResizeMode.Stretch)
        for section, width in {
            TodayColumn.STATUS: 150,
            TodayColumn.CONTACT: 230,
            TodayColumn.WHEN: 260,
        }.items():
            self.table.setColumnWidth(section, width)

        self.open_button = QPushButton(icon("edit"), self.tr("Open loop"))
        self.log_sent_button = QPushButton(icon("event-sent"), self.tr("Log answer sent…"))
        self.log_sent_button.setToolTip(self.tr("I answered: record the message I sent"))
        self.disengage_button = QPushButton(icon("disengage"), self.tr("Close politely…"))
        self.disengage_button.setToolTip(
            self.tr("Not answering? Decline or step back kindly, then close the loop")
        )
        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setIcon(icon("snooze"))
        self.snooze_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.unsnooze_action = QAction(self.tr("Remind me again now"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary_label, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.log_sent_button)
        buttons.addWidget(self.disengage_button)
        buttons.addWidget(self.snooze_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.table, 1)

        self.open_button.clicked.connect(self.open_selected)
        self.log_sent_button.clicked.connect(self.log_sent_selected)
        self.disengage_button.clicked.connect(self.disengage_selected)
        self.unsnooze_action.triggered.connect(self._unsnooze_selected)
        self.table.activated.connect(self._on_table_activated)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- reading -------------------------------------------------------------
    def refresh(self) -> None:
        """Read the agenda again at the clock's now; keep the selected loop if still listed.

        Behind another tab the page only notes that it is out of date, and reads
        when it is shown: a write made on the Loops tab costs Today nothing.
        """
        if self.isHidden():
            self._stale = True
            return
        self._stale = False
        selected = self.selected()
        now = self._clock.now()
        reminders = self._reminders
        counts = reminders.agenda_counts(now)
        scrolled = self.table.verticalScrollBar().value()
        # Counted in SQL, read a page at a time: a refresh costs what the screen shows.
        self.model.set_source(
            lambda offset, limit: reminders.agenda(now, limit=limit, offset=offset),
            counts,
            now,
            reminders.zone,
        )
        later, owed = counts.later, counts.owed_now
        self.summary_label.setText(
            f"<b>{owed} owed now</b> · {later} coming up or snoozed"
            if owed
            else f"<b>Nothing owed right now</b> · {later} coming up or snoozed"
        )
        self.table.set_placeholder(
            "" if self.model.rowCount() else self.tr("Nobody is waiting on you. Enjoy the quiet.")
        )
        row = None
        if selected is not None:
            row = self.model.row_of(selected.loop.id)
            if row is None:  # further down than the first page: one query finds it
                row = self._reminders.agenda_position(selected.loop.id, now)
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectRow(row)
        self.table.verticalScrollBar().setValue(scrolled)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def selected(self) -> Owed | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.owed_at(rows[0].row()) if rows else None

    def select_loop(self, loop_id: int) -> bool:
        """Select the loop's first line, loading the pages down to it (one indexed
        count finds where it stands)."""
        row = self.model.row_of(loop_id)
        if row is None:
            row = self._reminders.agenda_position(loop_id, self.model.now)
            if row is None or row >= self.model.total:
                return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    # -- acting --------------------------------------------------------------
    def open_selected(self) -> None:
        owed = self.selected()
        if owed:
            self.open_requested.emit(owed.loop.id)

    def log_sent_selected(self) -> None:
        owed = self.selected()
        if owed:
            self._commands.log_event(owed.loop, EventKind.SENT)

    def disengage_selected(self) -> None:
        owed = self.selected()
        if owed:
            self.disengage_requested.emit(owed.loop.id)

    def snooze_menu(self, parent: QWidget | None = None) -> QMenu | None:
        """The snooze menu for the selected row (the presets, then "Pick a time…")."""
        owed = self.selected()
        if owed is None:
            return None
        menu = self._commands.snooze_menu(owed.loop.id, parent or self)
        if owed.snoozed_until is not None:
            menu.addAction(self.unsnooze_action)
        return menu

    def _unsnooze_selected(self) -> None:
        owed = self.selected()
        if owed:
            self._commands.unsnooze(owed.loop.id)

    def _on_table_activated(self, index: QModelIndex) -> None:
        owed = self.model.owed_at(index.row())
        if owed:
            self.open_requested.emit(owed.loop.id)

    def _on_table_context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(icon("edit"), self.tr("Open loop"), self.open_selected)
        menu.addAction(icon("event-sent"), self.tr("Log answer sent…"), self.log_sent_selected)
        menu.addAction(icon("disengage"), self.tr("Close politely…"), self.disengage_selected)
        snooze = self.snooze_menu(menu)
        if snooze is not None:
            menu.addMenu(snooze)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.viewport().mapToGlobal(point))

    def _update_buttons(self) -> None:
        owed = self.selected()
        for button in (
            self.open_button,
            self.log_sent_button,
            self.disengage_button,
            self.snooze_button,
        ):
            button.setEnabled(owed is not None)
        old = self.snooze_button.menu()
        self.snooze_button.setMenu(self.snooze_menu() if owed is not None else None)  # type: ignore[arg-type]
        if old is not None:
            old.deleteLater()
