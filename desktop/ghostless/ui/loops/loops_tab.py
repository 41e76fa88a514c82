"""The Loops tab: the filtered loop list beside the selected loop in full.

The list filters in SQL on every keystroke (keys queued faster than a query runs
make one query); the pane and the exact count of matches wait for a pause in
typing, so each keystroke costs only the list. Its
layout (splitter, columns, "Show closed", the selected loop) is kept in the
window's QSettings.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import datetime

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ghostless.core.errors import NotFoundError
from ghostless.core.models import Loop
from ghostless.core.queries import LoopQuery, search_words
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import Owed, ReminderService
from ghostless.ui.commands import Commands
from ghostless.ui.common.accessible import name, name_clear_button
from ghostless.ui.common.elided_tips import tip_cut_cells
from ghostless.ui.common.filter_keys import clear_on_escape
from ghostless.ui.loops.detail_pane import LoopDetailPane
from ghostless.ui.loops.loop_table_model import LoopColumn, LoopTableModel
from ghostless.ui.loops.loop_table_view import LoopTableView
from ghostless.ui.loops.status_text import status_text

#: Pause in typing after which the status line counts every match of the filter.
COUNT_DELAY_MS = 250
#: How long typing must pause before the detail pane follows the selection.
PANE_DELAY_MS = 120


class LoopsTab(QSplitter):
    """The loop list and the selected loop's pane, side by side.

    Attributes:
        filter_edit: filters the loop table in SQL on every keystroke.
        show_closed_check: lists closed and archived loops too.
        loop_model: the loop table's model, fetched in batches.
        loop_table: the loop table view.
        detail_pane: the selected loop and its record.
        status_label: "N open loops", for the window's status bar.

    Signals:
        loop_selected(object): the loop the actions now follow (a Loop, or None).
    """

    loop_selected = Signal(object)

    def __init__(
        self,
        ledger: Ledger,
        reminders: ReminderService,
        show_closed_tip: str,
        status_label: QLabel | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.ledger = ledger
        self.reminders = reminders
        self._open_count = 0
        #: What the list shows: the filter's words and whether closed loops are included.
        self._shown_key: tuple[tuple[str, ...], bool] | None = None
        # Counting all matches of a filter scans the whole table; the list itself
        # needs only its first batch, so the exact count waits for a pause in typing.
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._on_count_timer_timeout)
        # While typing, the selection follows the list on every keystroke; the
        # pane (a database read and a re-layout) catches up once typing pauses,
        # so each keystroke costs only the list.
        self._filtering = False
        self._pane_timer = QTimer(self)
        self._pane_timer.setSingleShot(True)
        self._pane_timer.setInterval(PANE_DELAY_MS)
        self._pane_timer.timeout.connect(self._on_pane_timer_timeout)
        # A typed key is applied once the events already queued are handled: keys
        # typed faster than a query runs make one query, for the last of them.
        # Text set by the program (a clear, a find) is applied at once.
        self._typed = False
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(0)
        self._filter_timer.timeout.connect(self._on_filter_timer_timeout)

        self.loop_model = LoopTableModel(ledger, self, next_windows=self._next_windows)
        self.filter_edit = QLineEdit()
        name(self.filter_edit, QCoreApplication.translate("MainWindow", "Filter loops"))
        self.filter_edit.setPlaceholderText(
            QCoreApplication.translate(
                "MainWindow", "Filter by name, organisation, role, kind or subject (Ctrl+F)"
            )
        )
        name_clear_button(self.filter_edit)
        self.show_closed_check = QCheckBox(QCoreApplication.translate("MainWindow", "Show closed"))
        self.show_closed_check.setToolTip(show_closed_tip)
        self.loop_table = self._build_loop_table()
        clear_on_escape(self.filter_edit, self.loop_table)
        self.detail_pane = LoopDetailPane(ledger, reminders=reminders)
        self.addWidget(self._loops_panel())
        self.addWidget(self.detail_pane)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setChildrenCollapsible(False)
        self.status_label = status_label or QLabel()

        self.show_closed_check.toggled.connect(self.apply_query)
        self.filter_edit.textEdited.connect(self._on_filter_edit_text_edited)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.loop_table.placeholder_label.linkActivated.connect(
            lambda _link: self.show_closed_check.setChecked(True)
        )
        self.loop_table.selectionModel().selectionChanged.connect(
            self._on_loop_table_selection_changed
        )

    # -- building ------------------------------------------------------------
    def _build_loop_table(self) -> LoopTableView:
        table = LoopTableView()
        name(table, QCoreApplication.translate("MainWindow", "Loops"))
        table.setModel(self.loop_model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.verticalHeader().hide()
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        tip_cut_cells(table)
        header = table.horizontalHeader()
        header.setSectionResizeMode(LoopColumn.SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        widths = {
            LoopColumn.CONTACT: 125,
            LoopColumn.ORGANISATION: 110,
            LoopColumn.KIND: 110,
            LoopColumn.TURN: 100,
            LoopColumn.WAITING: 62,
            LoopColumn.NEXT: 200,
        }
        for column, width in widths.items():
            # At least the header's own width: "Wartet seit" is longer than "Waiting".
            table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        return table

    def _loops_panel(self) -> QWidget:
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.show_closed_check)
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.loop_table, 1)
        return panel

    def wire_commands(self, commands: Commands) -> None:
        """The pane's buttons and links, and a double-click on a row, to their commands."""
        self.loop_table.activated.connect(
            lambda index: self._on_loop_table_activated(commands, index)
        )
        pane = self.detail_pane
        pane.disengage_requested.connect(commands.disengage)
        pane.decide_requested.connect(commands.decide_decline)
        pane.undecide_requested.connect(commands.undecide_decline)
        pane.unlink_requested.connect(commands.unlink_introduction)
        pane.link_requested.connect(
            lambda loop_id: commands.with_loop_id(loop_id, commands.link_introduction)
        )
        pane.event_edit_requested.connect(commands.edit_event)
        pane.event_delete_requested.connect(commands.delete_event)
        pane.dismiss_requested.connect(commands.dismiss)
        pane.undismiss_requested.connect(commands.undismiss)
        pane.deadline_cleared.connect(
            lambda loop_id: commands.with_loop_id(loop_id, commands.clear_deadline)
        )
        pane.deadline_requested.connect(
            lambda loop_id: commands.with_loop_id(loop_id, commands.set_deadline)
        )

    def _on_loop_table_activated(self, commands: Commands, index: QModelIndex) -> None:
        loop = self.loop_model.loop_at(index.row())
        if loop:
            commands.edit_loop(loop)

    # -- the loop list -------------------------------------------------------
    def current_loop(self) -> Loop | None:
        self.apply_typed_filter()  # a key acting on the selection follows the keys before it
        rows = self.loop_table.selectionModel().selectedRows()
        return self.loop_model.loop_at(rows[0].row()) if rows else None

    def select_loop(self, loop_id: int, *, anywhere: bool = True) -> bool:
        """Select the loop in the list: one indexed count finds its row, one page shows
        it (``anywhere=False``: only among the rows read, as a keystroke keeps it)."""
        model = self.loop_model
        row = model.row_of(loop_id, anywhere=anywhere)
        if row is None:
            return False
        if row >= model.rowCount():
            model.count_all()
        self.loop_table.selectRow(row)
        self.loop_table.scrollTo(self.loop_model.index(row, 0))
        return True

    def find_loop(self, loop_id: int) -> bool:
        """Select ``loop_id``, clearing a filter that hides it and showing closed loops
        if it is one (the Insights tab lists them)."""
        if self.select_loop(loop_id):
            return True
        if self.filter_edit.text():
            self.filter_edit.clear()
        loop = self._loop_or_none(loop_id)
        if loop is not None and not loop.is_open:
            self.show_closed_check.setChecked(True)
        return self.select_loop(loop_id)

    def _loop_or_none(self, loop_id: int) -> Loop | None:
        try:
            return self.ledger.loop(loop_id)
        except NotFoundError:
            return None

    def _next_windows(
        self, loop_ids: Collection[int], now: datetime, *, loops: Mapping[int, Loop] | None = None
    ) -> Mapping[int, Owed]:
        """The most urgent window of each loop, for the loop table's Next column."""
        return self.reminders.next_windows(list(loop_ids), now, loops=loops)

    def apply_query(self) -> None:
        """Run the filter in SQL; keep the selected loop if it still matches, else the top one.

        A keystroke that leaves the words as they were (a trailing space) changes nothing.
        """
        text, include_closed = self.filter_edit.text(), self.show_closed_check.isChecked()
        key = (tuple(search_words(text)), include_closed)
        if key == self._shown_key:
            return
        self._shown_key = key
        selected = self.current_loop()
        self.loop_model.set_query(LoopQuery(text=text, include_closed=include_closed))
        self._reselect(selected.id if selected else 0, fallback_row=0, anywhere=False)
        self.update_status()

    def _on_filter_edit_text_edited(self) -> None:
        self._typed = True  # told just before textChanged, and only for typing

    def _on_filter_edit_text_changed(self) -> None:
        if self._typed:
            self._typed = False
            self._filter_timer.start()
            return
        self._filter_timer.stop()
        self._on_filter_timer_timeout()

    @property
    def filter_pending(self) -> bool:
        """Whether typed keys wait to be applied (until the queued events are handled)."""
        return self._filter_timer.isActive()

    def apply_typed_filter(self) -> None:
        """Apply a filter still waiting for the queued keys (for code that reads the list now)."""
        if self._filter_timer.isActive():
            self._filter_timer.stop()
            self._on_filter_timer_timeout()

    def _on_filter_timer_timeout(self) -> None:
        self._filtering = True
        try:
            self.apply_query()
        finally:
            self._filtering = False

    def _reselect(self, loop_id: int, *, fallback_row: int, anywhere: bool = True) -> None:
        if loop_id and self.select_loop(loop_id, anywhere=anywhere):
            return
        row = min(fallback_row, self.loop_model.rowCount() - 1)
        if row >= 0:
            self.loop_table.selectRow(row)
        else:
            self._on_loop_table_selection_changed()

    def reload(self, loop_id: int = 0) -> None:
        """Something was written: read the list again and select ``loop_id`` if given,
        else the loop selected before (or the one now in its row)."""
        selected = self.current_loop()
        row = self.loop_table.currentIndex().row()
        self.refresh_loop_list()
        self._reselect(loop_id or (selected.id if selected else 0), fallback_row=max(row, 0))
        self.show_selected_loop(force=True)  # the same loop may have changed
        self.update_status()

    def refresh_owed(self) -> None:
        """What is owed changed (time passed, a snooze): the Next column and the pane."""
        selected = self.current_loop()
        self.loop_model.refresh()
        self._reselect(selected.id if selected else 0, fallback_row=0)
        self.show_selected_loop(force=True)

    def count_open_loops(self) -> None:
        # Counted after writes only, not on every keystroke of the filter.
        self._open_count = self.ledger.count_loops(LoopQuery())

    def refresh_loop_list(self) -> None:
        """After a write: count the open loops once, for the status bar and, when it
        shows just them (no filter), for the list too."""
        self.count_open_loops()
        plain = self.loop_model.query == LoopQuery()
        self.loop_model.refresh(counted=self._open_count if plain else None)

    def update_status(self) -> None:
        query, model = self.loop_model.query, self.loop_model
        self._count_timer.stop()
        if not query.text.strip():
            shown = self.ledger.count_loops(query) if query.include_closed else self._open_count
        elif not model.canFetchMore(QModelIndex()):
            shown = model.rowCount()  # every match is loaded: no need to count
        else:
            self._set_status(query, model.rowCount(), more=True)
            self._count_timer.start()
            return
        self._set_status(query, shown)

    def _on_count_timer_timeout(self) -> None:
        query = self.loop_model.query
        self._set_status(query, self.ledger.count_loops(query))

    def _set_status(self, query: LoopQuery, shown: int, *, more: bool = False) -> None:
        self.status_label.setText(
            status_text(query, shown=shown, open_total=self._open_count, more=more)
        )
        self._update_placeholder(query)

    def _update_placeholder(self, query: LoopQuery) -> None:
        """Say kindly why the list is empty, instead of leaving a blank table."""
        if self.loop_model.rowCount() > 0:
            self.loop_table.set_placeholder("")
            return
        if search_words(query.text):
            scope = "loop" if query.include_closed else "open loop"
            self.loop_table.set_placeholder(f"No {scope} matches “{query.text.strip()}”.")
            return
        if query.include_closed:
            self.loop_table.set_placeholder(
                QCoreApplication.translate("MainWindow", "No loops yet.")
            )
            return
        closed = self.ledger.count_loops(LoopQuery(include_closed=True)) - self._open_count
        self.loop_table.set_placeholder(
            QCoreApplication.translate("MainWindow", "Nobody is waiting on you: no open loops."),
            closed_count=closed,
        )

    # -- reactions -----------------------------------------------------------
    def _on_loop_table_selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        loop = self.current_loop()
        if self._filtering and loop is not None:
            self.loop_selected.emit(loop)
            self._pane_timer.start()
            return
        self._pane_timer.stop()
        self.show_selected_loop(force=False)

    def _on_pane_timer_timeout(self) -> None:
        self.show_selected_loop(force=False)

    def show_selected_loop(self, *, force: bool) -> None:
        """Show the selected loop in the pane; read it again only if it changed or ``force``.

        Filtering re-selects the same loop after every keystroke; reloading the pane
        then would cost a trip to the database and a re-layout for nothing.
        """
        loop = self.current_loop()
        shown = self.detail_pane.loop
        if not force and (loop.id if loop else None) == (shown.id if shown else None):
            return
        try:
            fresh = self.ledger.loop(loop.id) if loop else None
        except NotFoundError:  # deleted meanwhile, say from the command line
            fresh = None
        self.detail_pane.show_loop(fresh)
        self.loop_selected.emit(fresh)

    def stop_timers(self) -> None:
        self._filter_timer.stop()
        self._pane_timer.stop()
        self._count_timer.stop()

    # -- remembering the layout ----------------------------------------------
    def restore_state(self, settings: QSettings) -> None:
        """The splitter, the columns and "Show closed" as they were left."""
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.restoreState(splitter)
        else:  # the list gets the room: its subject column is the one that stretches
            self.setSizes([880, 400])
        header = settings.value("loops/header")
        if isinstance(header, QByteArray):
            self.loop_table.horizontalHeader().restoreState(header)
        self.show_closed_check.setChecked(settings.value("loops/show_closed", "false") == "true")

    def restore_selection(self, settings: QSettings) -> None:
        selected = str(settings.value("loops/selected", ""))
        if selected.isdigit():  # gone since (deleted, or closed and hidden): the top one
            self.select_loop(int(selected))

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("window/splitter", self.saveState())
        settings.setValue("loops/header", self.loop_table.horizontalHeader().saveState())
        settings.setValue(
            "loops/show_closed", "true" if self.show_closed_check.isChecked() else "false"
        )
        selected = self.current_loop()
        settings.setValue("loops/selected", selected.id if selected else "")
