"""The Today tab: everything owed now, most urgent first, triaged from the keyboard.

Arrows move, Enter opens, R and E log what came in or went out, S snoozes, D
closes politely, X marks done (see :mod:`ghostless.ui.triage.keys`); several
lines selected are acted on together, as one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QPalette, QShowEvent
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
from ghostless.core.done import NOT_SETTLED_HERE, done_meaning
from ghostless.core.models import EventKind
from ghostless.services.reminders import Owed, ReminderService
from ghostless.ui.commands import Commands
from ghostless.ui.common.accessible import name
from ghostless.ui.common.icons import icon
from ghostless.ui.today.today_model import TodayColumn, TodayModel
from ghostless.ui.today.today_table import TodayTable
from ghostless.ui.triage.keys import KEYS_HINT, build_triage_keys
from ghostless.ui.triage.snooze_menu import fill_snooze_menu, snooze_menu


class TodayPage(QWidget):
    """What is owed now, then what is coming up or snoozed (greyed).

    Signals:
        open_requested(int): show this loop in the Loops tab.
        disengage_requested(int): walk this loop through the polite-disengagement wizard.

    Attributes:
        model: the rows (:class:`TodayModel`).
        table: its view; several rows can be selected (Shift, Ctrl).
        keys: the actions behind the single keys (Enter, R, E, S, D, X).
        summary_label: "3 owed now · 2 later".
        keys_label: the line under the list naming every key.
        x_hint_label: what X records on the selected line (it differs by line).
        note_label: why the last key did nothing (X on a line it cannot settle);
            hidden until then, and again once the selection moves.
        open_button, log_sent_button, disengage_button, snooze_button, done_button:
            act on the selected rows.
        last_snooze_menu: the menu S opened last (tests pick from it).
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
        self.table = TodayTable()
        name(self.table, self.tr("Owed now"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
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
            TodayColumn.SUBJECT: 220,
        }.items():
            self.table.setColumnWidth(section, width)
        # The subject is the model's last column, shown after "Who": a person with
        # three loops has three lines that differ only there (long ones elided, whole
        # in the tooltip).
        header.moveSection(
            header.visualIndex(TodayColumn.SUBJECT), header.visualIndex(TodayColumn.CONTACT) + 1
        )

        self.keys = build_triage_keys(self.table)
        keys = self.keys
        self.open_button = _button(keys.open, self.tr("Open loop"))
        self.log_sent_button = _button(keys.sent, self.tr("Log answer sent…"))
        self.disengage_button = _button(keys.disengage, self.tr("Close politely…"))
        self.done_button = _button(keys.done, self.tr("Done"))
        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setIcon(icon("snooze"))
        self.snooze_button.setToolTip(keys.snooze.toolTip())
        self.snooze_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_button.setMenu(QMenu(self.snooze_button))
        self.last_snooze_menu: QMenu | None = None
        self.keys_label = QLabel(QCoreApplication.translate("TriageKeys", KEYS_HINT))
        self.keys_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.keys_label.setWordWrap(True)
        self.x_hint_label = QLabel()
        self.x_hint_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary_label, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.log_sent_button)
        buttons.addWidget(self.disengage_button)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.done_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.table, 1)
        column.addWidget(self.note_label)
        column.addWidget(self.keys_label)
        column.addWidget(self.x_hint_label)

        keys.open.triggered.connect(self.open_selected)
        keys.received.triggered.connect(lambda: self._log_selected(EventKind.RECEIVED))
        keys.sent.triggered.connect(self.log_sent_selected)
        keys.snooze.triggered.connect(self.popup_snooze_menu)
        keys.disengage.triggered.connect(self.disengage_selected)
        keys.done.triggered.connect(self.done_selected)
        self.snooze_button.menu().aboutToShow.connect(self._on_snooze_button_menu_about_to_show)
        self.table.doubleClicked.connect(self._on_table_activated)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
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
        # The lines owed now that are selected: if an action sends them away (done,
        # snoozed, answered), the cursor takes the line that took the first one's place.
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        top = min(rows, default=-1)
        left_from = top if 0 <= top < self.model.now_count else None
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
            (
                self.tr("<b>1 thing owed now</b> · {later} coming up or snoozed")
                if owed == 1
                else self.tr("<b>{owed} things owed now</b> · {later} coming up or snoozed")
            ).format(owed=owed, later=later)
            if owed
            else self.tr("<b>Nothing owed right now</b> · {later} coming up or snoozed").format(
                later=later
            )
        )
        # Why this number and the reminders bar's differ (a new user asked).
        self.summary_label.setToolTip(
            self.tr(
                "Every line owed now, some loops more than one. The reminders bar counts "
                "only the loops whose reminder has just come, one per loop."
            )
        )
        self.table.set_placeholder(
            "" if self.model.rowCount() else self.tr("Nobody is waiting on you. Enjoy the quiet.")
        )
        row = None
        if selected is not None:
            row = self.model.row_of(selected.loop.id, selected.window.key)
            if row is None and left_from is None:  # further down than the first page
                row = self._reminders.agenda_position(selected.loop.id, now)
        if left_from is not None and (row is None or row >= self.model.now_count):
            # Never follow the line down to "Snoozed" or "Coming up", off-screen:
            # the next owed line, or the one before if it was the last.
            row = min(left_from, self.model.now_count - 1) if self.model.now_count else 0
        if row is None and self.model.rowCount():
            row = 0
        if row is not None and row < self.model.rowCount():
            had_focus = self.table.hasFocus()
            self.select_row(row)
            self.table.verticalScrollBar().setValue(scrolled)
            self.table.scrollTo(self.model.index(row, 0))  # only if it is off-screen
            if had_focus or self._focus_lost_with_a_popup():
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.table.verticalScrollBar().setValue(scrolled)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def selected(self) -> Owed | None:
        """The line a single-loop action takes: the one with the focus if selected,
        else the first selected."""
        current = self.table.currentIndex()
        if current.isValid() and self.table.selectionModel().isRowSelected(current.row()):
            return self.model.owed_at(current.row())
        rows = self.table.selectionModel().selectedRows()
        return self.model.owed_at(min(r.row() for r in rows)) if rows else None

    def select_row(self, row: int) -> None:
        """Select ``row`` alone, make it current and scroll it into view
        (see :meth:`TodayTable.select_only`)."""
        self.table.select_only(row)

    def focus_list(self) -> None:
        """Put the keyboard in the list, on a selected line (Ctrl+1, the first start)."""
        if self._stale:
            self.refresh()
        current = self.table.currentIndex()
        if self.model.rowCount() and not (
            current.isValid() and self.table.selectionModel().isRowSelected(current.row())
        ):
            self.select_row(current.row() if current.isValid() else 0)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_lost_with_a_popup(self) -> bool:
        """True when the keyboard is nowhere in the window (a menu or dialog that
        Today opened has just closed): it goes back to the list."""
        window = self.window()
        focus = window.focusWidget() if window is not None else None
        return self.isVisible() and (focus is None or not focus.isVisible())

    def selected_lines(self) -> list[Owed]:
        """Every selected line, top to bottom."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [owed for row in rows if (owed := self.model.owed_at(row)) is not None]

    def selected_loop_ids(self) -> list[int]:
        """The loops of the selected lines, each once (a loop may owe two things)."""
        return list(dict.fromkeys(owed.loop.id for owed in self.selected_lines()))

    def select_loop(self, loop_id: int) -> bool:
        """Select the loop's first line, loading the pages down to it (one indexed
        count finds where it stands)."""
        row = self.model.row_of(loop_id)
        if row is None:
            row = self._reminders.agenda_position(loop_id, self.model.now)
            if row is None or row >= self.model.total:
                return False
        self.select_row(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    # -- acting --------------------------------------------------------------
    def open_selected(self) -> None:
        owed = self.selected()
        if owed:
            self.open_requested.emit(owed.loop.id)

    def log_sent_selected(self) -> None:
        self._log_selected(EventKind.SENT)

    def _log_selected(self, kind: EventKind) -> None:
        loop_ids = self.selected_loop_ids()
        if loop_ids:
            self._commands.triage.log(loop_ids, kind)

    def disengage_selected(self) -> None:
        """The wizard is one conversation at a time: the line with the focus."""
        owed = self.selected()
        if owed:
            self.disengage_requested.emit(owed.loop.id)

    def done_selected(self) -> None:
        """X: each selected line done. A line that nothing logged here settles (an
        introduction's reach-out) is explained under the list, not in a box that
        would swallow the next keys, and nothing is written."""
        lines = self.selected_lines()
        refused = [owed for owed in lines if owed.window.action in NOT_SETTLED_HERE]
        if refused:
            why = NOT_SETTLED_HERE[refused[0].window.action]
            self.note_label.setText(
                self.tr("Nothing recorded for %s: %s. S snoozes the line meanwhile.")
                % (refused[0].loop.contact_name, why)
            )
            self.note_label.show()
            return
        if lines:
            self._commands.triage.mark_done(lines)

    def snooze_menu(self, parent: QWidget | None = None) -> QMenu | None:
        """The snooze menu for the selected lines (None without one)."""
        lines = self.selected_lines()
        if not lines:
            return None
        snoozed = any(owed.snoozed_until is not None for owed in lines)
        return snooze_menu(
            self._commands.triage, self.selected_loop_ids(), parent or self, snoozed=snoozed
        )

    def popup_snooze_menu(self) -> QMenu | None:
        """S: the snooze menu, under the line with the focus."""
        menu = self.snooze_menu(self)
        if menu is None:
            return None
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        rect = self.table.visualRect(self.table.currentIndex())
        menu.popup(self.table.viewport().mapToGlobal(rect.bottomLeft()))
        self.last_snooze_menu = menu
        return menu

    def _on_snooze_button_menu_about_to_show(self) -> None:
        menu = self.snooze_button.menu()
        lines = self.selected_lines()
        snoozed = any(owed.snoozed_until is not None for owed in lines)
        fill_snooze_menu(menu, self._commands.triage, self.selected_loop_ids(), snoozed=snoozed)

    def _on_table_activated(self, index: QModelIndex) -> None:
        owed = self.model.owed_at(index.row())
        if owed:
            self.open_requested.emit(owed.loop.id)

    def _on_table_context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        if not self.table.selectionModel().isRowSelected(index.row()):
            self.select_row(index.row())  # a right-click outside the selection picks its row
        keys = self.keys
        menu = QMenu(self)
        menu.addAction(keys.open)
        menu.addSeparator()
        menu.addActions([keys.received, keys.sent])
        menu.addSeparator()
        snooze = self.snooze_menu(menu)
        if snooze is not None:
            snooze.menuAction().setShortcut(keys.snooze.shortcut())  # shown, not bound
            menu.addMenu(snooze)
        menu.addActions([keys.disengage, keys.done])
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.viewport().mapToGlobal(point))

    def _on_selection_changed(self) -> None:
        self.note_label.hide()  # it spoke of the line the cursor has left
        self._update_buttons()

    def _update_buttons(self) -> None:
        lines = self.selected_lines()
        for action in self.keys.all():
            action.setEnabled(bool(lines))
        self.snooze_button.setEnabled(bool(lines))
        self.x_hint_label.setText(self._x_hint(lines))

    def _x_hint(self, lines: list[Owed]) -> str:
        """What X would record: it differs from line to line, and one of them closes
        the loop, so the user reads it before pressing."""
        if len(lines) != 1:
            return self.tr("X marks the %d selected lines done") % len(lines) if lines else ""
        owed = lines[0]
        why_not = NOT_SETTLED_HERE.get(owed.window.action)
        if why_not is not None:
            return self.tr("X does not settle this line: %s") % why_not
        done = done_meaning(owed.window, self._clock.now())
        if done.outcome is not None:
            what = self.tr("closes the loop as “%s”") % done.outcome.label.lower()
        elif done.event is EventKind.MEETING:
            what = self.tr("records the interview as held")
        else:
            what = self.tr("records the message as sent")
        return self.tr("X on this line %s") % what


def _button(action: QAction, text: str) -> QPushButton:
    """A button doing what ``action`` does, enabled with it, its key in the tooltip."""
    button = QPushButton(action.icon(), text)
    button.setToolTip(action.toolTip())
    button.clicked.connect(action.trigger)
    action.enabledChanged.connect(button.setEnabled)
    button.setEnabled(action.isEnabled())
    return button
