"""The main window: open loops by urgency, the selected loop's record, and contacts.

Its layout (geometry, splitter, columns, last tab) lives in a QSettings file in
the data folder, so ``--data-dir`` keeps test and demo runs apart from the real one.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QItemSelection,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ghostless import APP_NAME
from ghostless.core.errors import GhostlessError, NotFoundError
from ghostless.core.models import EventKind, Loop, LoopStatus
from ghostless.core.planner import Delivery, Status
from ghostless.core.queries import LoopQuery, search_words
from ghostless.core.wording import when_text
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import Owed, ReminderService
from ghostless.ui.accessible import name
from ghostless.ui.actions import WindowActions, build_actions
from ghostless.ui.commands import Commands
from ghostless.ui.contacts_page import ContactsPage
from ghostless.ui.detail_pane import LoopDetailPane
from ghostless.ui.empty_state import EmptyStatePage
from ghostless.ui.external_writes import CONTACTS, HISTORY, LOOPS, REMINDERS, ExternalWrites
from ghostless.ui.icons import app_icon, icon
from ghostless.ui.insights import InsightsTab
from ghostless.ui.loop_table_model import LoopColumn, LoopTableModel
from ghostless.ui.loop_table_view import LoopTableView
from ghostless.ui.notifier import InWindowNotifier
from ghostless.ui.pipeline import PipelineTab
from ghostless.ui.recompute_progress import BackgroundRecompute, RecomputeIndicator
from ghostless.ui.scheduler import SchedulerDriver
from ghostless.ui.status_text import status_text
from ghostless.ui.today_page import TodayPage

if TYPE_CHECKING:
    from ghostless.ui.mail.mail_page import MailPage
    from ghostless.ui.mail_accounts.sync_runner import MailSyncRunner

TODAY_TAB, LOOPS_TAB, CONTACTS_TAB, MAIL_TAB, INSIGHTS_TAB, PIPELINE_TAB = 0, 1, 2, 3, 4, 5
#: Pause in typing after which the status line counts every match of the filter.
#: How long typing must pause before the detail pane follows the selection.
PANE_DELAY_MS = 120
COUNT_DELAY_MS = 250


class MainWindow(QMainWindow):
    """Loops and contacts of one ledger.

    Attributes:
        filter_edit: filters the loop table in SQL on every keystroke (Ctrl+F).
        loop_model: the loop table's model, fetched in batches.
        loop_table: the loop table view.
        detail_pane: the selected loop and its record.
        contacts_page: the Contacts tab.
        today_page: the Today tab: what is owed now (Ctrl+1 or Ctrl+T).
        reminders: the follow-up engine's service over the ledger.
        scheduler: the driver that delivers reminders on time (started by
            :meth:`start_scheduler`, after the first paint).
        notifier: the reminders bar at the top; the notifier until the tray lands.
        away_banner: "Reminders are paused" while away mode is on.
        next_label: "Next reminder …" in the status bar.
        commands: the dialogs and questions behind every action.
        window_actions: every action, shared by menus and toolbar.
        status_label: "N open loops".
        keep_running_in_tray: closing the window hides it (the app stays in the
            tray, the scheduler keeps running); Quit quits.

    Signals:
        quit_requested(): Quit was chosen while the app runs in the tray.
        settings_requested(): Settings… was chosen.
        mail_accounts_requested(): Mail accounts… was chosen.
        mail_sync_requested(): Sync mail now was chosen.
    """

    quit_requested = Signal()
    settings_requested = Signal()
    mail_accounts_requested = Signal()
    mail_sync_requested = Signal()

    def __init__(
        self,
        ledger: Ledger,
        settings: QSettings,
        *,
        reminders: ReminderService | None = None,
        scheduler: SchedulerDriver | None = None,
        recompute: BackgroundRecompute | None = None,
    ) -> None:
        super().__init__()
        self.keep_running_in_tray = False
        self.ledger = ledger
        self.settings = settings
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        # Stale windows (a new zone or settings) are recomputed after the first
        # paint, with a progress bar, not on the first read before it.
        self.reminders = reminders or ReminderService(ledger, refresh_on_read=False)
        self.commands = Commands(ledger, self, self.reminders, settings)
        self.window_actions = build_actions(self)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        # Linux desktops give Preferences no key: Ctrl+, there too, as in most apps.
        self.settings_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
            or [QKeySequence("Ctrl+,")]
        )
        self.settings_action.setStatusTip(
            self.tr("Working hours, notifications, away mode and start at login")
        )
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

        self.loop_model = LoopTableModel(ledger, self, next_windows=self._next_windows)
        self.filter_edit = QLineEdit()
        name(self.filter_edit, self.tr("Filter loops"))
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by name, organisation, role, kind or subject (Ctrl+F)")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.show_closed_check = QCheckBox(self.tr("Show closed"))
        self.show_closed_check.setToolTip(self.window_actions.show_closed.toolTip())
        self.loop_table = self._build_loop_table()
        self.detail_pane = LoopDetailPane(ledger, reminders=self.reminders)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self._loops_panel())
        self.splitter.addWidget(self.detail_pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        self.contacts_page = ContactsPage(ledger, self.commands)
        self.today_page = TodayPage(self.reminders, ledger.clock, self.commands)
        self.tabs = QTabWidget()
        name(self.tabs, self.tr("Views"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.today_page, self.tr("Today"))
        self.tabs.addTab(self.splitter, self.tr("Loops"))
        self.tabs.addTab(self.contacts_page, self.tr("Contacts"))
        # The Mail tab is built when first shown: reading mail needs the email package
        # (about 100 ms to import), which start-up should not wait for.
        self.mail_tab = QWidget()
        QVBoxLayout(self.mail_tab).setContentsMargins(0, 0, 0, 0)
        self.mail_page: MailPage | None = None
        #: The app's one mail sync, given by the app; without it the Mail tab makes its own.
        self.mail_runner: Callable[[], MailSyncRunner] | None = None
        self.tabs.addTab(self.mail_tab, self.tr("Mail"))
        #: The user asked for the Mail tab: show the tabs even while the ledger is empty.
        self._mail_wanted = False
        self.show_mail_action = QAction(self.tr("&Mail"), self)
        self.show_mail_action.setShortcut("Ctrl+4")
        self.show_mail_action.setStatusTip(self.tr("Who is owed a reply, from your own mail"))
        # Built on first show: its charts library stays out of start-up.
        self.insights_tab = InsightsTab(ledger)
        self.tabs.addTab(self.insights_tab, self.tr("Insights"))
        # Built and read when first shown, not at start-up.
        self.pipeline_tab = PipelineTab(self.reminders)
        self.tabs.addTab(self.pipeline_tab, self.tr("Pipeline"))
        self.empty_page = EmptyStatePage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.tabs)
        self.notifier = InWindowNotifier(ledger.zone, self._loop_or_none, self.commands.snooze_menu)
        self.away_banner, self.away_label, self.back_button = self._build_away_banner()
        central = QWidget()
        central_column = QVBoxLayout(central)
        central_column.setContentsMargins(0, 0, 0, 0)
        central_column.addWidget(self.away_banner)
        central_column.addWidget(self.notifier)
        central_column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label)
        self.next_label = QLabel()
        self.statusBar().addPermanentWidget(self.next_label)
        #: Stale windows are worked out on a thread while the window stays in use.
        self.recompute = recompute or BackgroundRecompute(ledger, self)
        self._scheduler_waits = False
        self.recompute_indicator = RecomputeIndicator(self.recompute)
        self.statusBar().addPermanentWidget(self.recompute_indicator)
        self.recompute.finished.connect(self._on_recompute_finished)
        self.recompute.failed.connect(self._on_recompute_failed)
        #: Whether the window delivers reminders itself (to its bar); the app's
        #: shell passes its scheduler and delivers through the notification chain.
        self._owns_scheduler = scheduler is None
        self.scheduler = scheduler or SchedulerDriver(self.reminders, ledger.clock, self)

        # Writes by other processes (the command line, a cron job), noticed while visible.
        self.external_writes = ExternalWrites(ledger, self)

        from ghostless.ui.history.undo_controls import UndoControls

        self.undo_controls = UndoControls(ledger.history, self.commands, self.statusBar(), self)
        from ghostless.ui.contact_actions.wiring import ContactActionWiring

        self.contact_wiring = ContactActionWiring(self, CONTACTS_TAB)
        self._build_menus(self.window_actions)
        self._update_actions(None)  # nothing selected yet
        self._connect()
        self._count_open_loops()
        self._apply_query()
        self._restore_state()
        self._show_right_page()
        self._update_away()

    # -- building ------------------------------------------------------------
    def _build_away_banner(self) -> tuple[QFrame, QLabel, QPushButton]:
        banner = QFrame()
        banner.setObjectName("away_banner")
        banner.setStyleSheet(
            "#away_banner { background: #f3f0ff; border: 1px solid #b197fc; border-radius: 4px; }"
            "#away_banner QLabel { color: #212529; }"
        )
        label = QLabel()
        label.setWordWrap(True)
        back = QPushButton(self.tr("I'm back"))
        row = QHBoxLayout(banner)
        row.setContentsMargins(10, 6, 10, 6)
        icon_label = QLabel()
        icon_label.setPixmap(icon("away").pixmap(20, 20))
        row.addWidget(icon_label)
        row.addWidget(label, 1)
        row.addWidget(back)
        banner.hide()
        return banner, label, back

    def _build_loop_table(self) -> LoopTableView:
        table = LoopTableView()
        name(table, self.tr("Loops"))
        table.setModel(self.loop_model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.verticalHeader().hide()
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
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
            table.setColumnWidth(column, width)
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

    def _build_menus(self, actions: WindowActions) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        file_menu.addActions([actions.new_loop, actions.new_contact])
        file_menu.addSeparator()
        file_menu.addAction(self.tr("&Import contacts…"), self._on_import_triggered)
        file_menu.addAction(self.tr("Export ca&lendar…"), self._on_export_calendar_triggered)
        file_menu.addAction(self.tr("Export &JSON…"), self._on_export_json_triggered)
        file_menu.addAction(self.tr("Export contacts as C&SV…"), self._on_export_csv_triggered)
        file_menu.addAction(self.tr("Export contacts as &vCard…"), self._on_export_vcard_triggered)
        file_menu.addSeparator()
        file_menu.addAction(self.tr("&Back up…"), self._on_back_up_triggered)
        file_menu.addAction(self.tr("&Restore…"), self._on_restore_triggered)
        file_menu.addSeparator()
        file_menu.addAction(actions.quit)
        edit_menu = menus.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_controls.undo_action, self.undo_controls.redo_action])
        loop_menu = menus.addMenu(self.tr("&Loop"))
        loop_menu.addActions([actions.log_received, actions.log_sent, actions.log_other])
        loop_menu.addSeparator()
        loop_menu.addActions([actions.edit_loop, actions.close_loop, actions.disengage])
        loop_menu.addAction(actions.reopen_loop)
        loop_menu.addActions([actions.archive_loop, actions.delete_loop])
        contact_menu = menus.addMenu(self.tr("&Contacts"))
        contact_menu.addActions([actions.new_contact, actions.edit_contact])
        contact_menu.addActions(list(actions.contact_actions()))
        self.contacts_page.add_actions(list(actions.contact_actions()))
        contact_menu.addSeparator()
        self.find_duplicates_action = contact_menu.addAction(
            self.tr("&Find duplicates…"), lambda: self.commands.find_duplicates()
        )
        self.undo_merge_action = contact_menu.addAction(
            self.tr("&Undo last merge"), lambda: self.commands.undo_merge()
        )
        view_menu = menus.addMenu(self.tr("&View"))
        view_menu.addActions([actions.find, actions.show_closed])
        view_menu.addSeparator()
        view_menu.addActions([actions.show_today, actions.show_loops, actions.show_contacts])
        view_menu.addAction(self.show_mail_action)
        mail_menu = menus.addMenu(self.tr("&Mail"))
        self.mail_accounts_action = mail_menu.addAction(
            self.tr("Mail &accounts…"), self.mail_accounts_requested.emit
        )
        self.mail_sync_action = mail_menu.addAction(
            self.tr("&Sync mail now"), self.mail_sync_requested.emit
        )
        reminders_menu = menus.addMenu(self.tr("&Reminders"))
        reminders_menu.addAction(actions.show_today)
        reminders_menu.addSeparator()
        reminders_menu.addAction(actions.away)
        reminders_menu.addSeparator()
        reminders_menu.addAction(self.settings_action)

        toolbar = QToolBar(self.tr("Actions"))
        toolbar.setObjectName("actions_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([actions.new_loop, actions.new_contact])
        toolbar.addSeparator()
        toolbar.addActions([actions.log_received, actions.log_sent, actions.log_other])
        toolbar.addSeparator()
        toolbar.addActions([actions.edit_loop, actions.close_loop, actions.disengage])
        toolbar.addAction(actions.reopen_loop)
        toolbar.addActions([actions.archive_loop, actions.delete_loop])
        self.addToolBar(toolbar)
        self.loop_table.addActions(list(actions.loop_actions()))

    def _connect(self) -> None:
        actions, commands = self.window_actions, self.commands
        actions.new_loop.triggered.connect(lambda: commands.new_loop())
        actions.new_contact.triggered.connect(commands.new_contact)
        actions.log_received.triggered.connect(lambda: self._log(EventKind.RECEIVED))
        actions.log_sent.triggered.connect(lambda: self._log(EventKind.SENT))
        actions.log_other.triggered.connect(lambda: self._log(EventKind.NOTE))
        actions.edit_loop.triggered.connect(lambda: self._with_loop(commands.edit_loop))
        actions.close_loop.triggered.connect(lambda: self._with_loop(commands.close_loop))
        actions.disengage.triggered.connect(self._on_disengage_triggered)
        actions.reopen_loop.triggered.connect(lambda: self._with_loop(commands.reopen_loop))
        actions.archive_loop.triggered.connect(lambda: self._with_loop(commands.archive_loop))
        actions.delete_loop.triggered.connect(lambda: self._with_loop(commands.delete_loop))
        commands.open_requested.connect(self._on_commands_open_requested)
        # Every action follows the selection of the tab on show (or is off).
        self.tabs.currentChanged.connect(self._on_visible_selection_changed)
        self.today_page.table.selectionModel().selectionChanged.connect(
            self._on_visible_selection_changed
        )
        self.contacts_page.contact_table.selectionModel().selectionChanged.connect(
            self._on_visible_selection_changed
        )
        self.contacts_page.contact_model.modelReset.connect(self._on_visible_selection_changed)
        actions.find.triggered.connect(self.focus_filter)
        actions.show_closed.toggled.connect(self.show_closed_check.setChecked)
        actions.show_today.triggered.connect(lambda: self.tabs.setCurrentIndex(TODAY_TAB))
        actions.show_loops.triggered.connect(lambda: self.tabs.setCurrentIndex(LOOPS_TAB))
        actions.away.triggered.connect(self._on_away_triggered)
        self.back_button.clicked.connect(lambda: self.commands.come_back())
        actions.show_contacts.triggered.connect(lambda: self.tabs.setCurrentIndex(CONTACTS_TAB))
        actions.quit.triggered.connect(self._on_quit_triggered)
        self.settings_action.triggered.connect(lambda: self.settings_requested.emit())
        self.show_closed_check.toggled.connect(actions.show_closed.setChecked)
        self.show_closed_check.toggled.connect(self._apply_query)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.loop_table.placeholder_label.linkActivated.connect(
            lambda _link: self.show_closed_check.setChecked(True)
        )
        self.loop_table.selectionModel().selectionChanged.connect(
            self._on_loop_table_selection_changed
        )
        self.loop_table.activated.connect(self._on_loop_table_activated)
        self.empty_page.add_first_button.clicked.connect(lambda: commands.new_loop())
        self.empty_page.load_examples_button.clicked.connect(commands.load_examples)
        self.empty_page.mail_button.clicked.connect(self.show_mail)
        self.show_mail_action.triggered.connect(self.show_mail)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        commands.records_changed.connect(self._on_commands_records_changed)
        commands.reminders_changed.connect(self._on_commands_reminders_changed)
        self.today_page.open_requested.connect(self.open_loop)
        self.insights_tab.open_requested.connect(self.open_loop)
        self.pipeline_tab.open_requested.connect(self.open_loop)
        # 0: the lists are read again, and the window stays on the board.
        self.pipeline_tab.moved.connect(lambda _loop_id: self._on_commands_records_changed(0))
        self.pipeline_tab.failed.connect(commands.warn)
        self.pipeline_tab.close_requested.connect(
            lambda loop_id: self._with_loop_id(loop_id, commands.close_loop)
        )
        self.today_page.disengage_requested.connect(commands.disengage)
        pane = self.detail_pane
        pane.disengage_requested.connect(commands.disengage)
        pane.decide_requested.connect(commands.decide_decline)
        pane.undecide_requested.connect(commands.undecide_decline)
        pane.unlink_requested.connect(commands.unlink_introduction)
        pane.link_requested.connect(
            lambda loop_id: self._with_loop_id(loop_id, commands.link_introduction)
        )
        pane.event_edit_requested.connect(commands.edit_event)
        pane.event_delete_requested.connect(commands.delete_event)
        pane.dismiss_requested.connect(commands.dismiss)
        pane.undismiss_requested.connect(commands.undismiss)
        pane.deadline_cleared.connect(
            lambda loop_id: self._with_loop_id(loop_id, commands.clear_deadline)
        )
        pane.deadline_requested.connect(
            lambda loop_id: self._with_loop_id(loop_id, commands.set_deadline)
        )
        self.notifier.open_requested.connect(self.open_loop)
        self.notifier.today_requested.connect(lambda: self.tabs.setCurrentIndex(TODAY_TAB))
        self.scheduler.reminders_due.connect(self._on_scheduler_reminders_due)
        self.scheduler.schedule_changed.connect(self._on_scheduler_schedule_changed)
        self.external_writes.changed.connect(self._on_external_writes_changed)

    def _with_loop_id(self, loop_id: int, act: Callable[[Loop], object]) -> None:
        """Act on the loop as the pane shows it (read again: it may have changed)."""
        try:
            loop = self.ledger.loop(loop_id)
        except GhostlessError as exc:
            self.commands.warn(str(exc))
            return
        act(loop)

    # -- the loop list -------------------------------------------------------
    def current_loop(self) -> Loop | None:
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

    def open_loop(self, loop_id: int) -> bool:
        """Show ``loop_id`` in the Loops tab, clearing a filter that hides it and
        showing closed loops if it is one (the Insights tab lists them)."""
        self.tabs.setCurrentIndex(LOOPS_TAB)
        if self.select_loop(loop_id):
            return True
        if self.filter_edit.text():
            self.filter_edit.clear()
        loop = self._loop_or_none(loop_id)
        if loop is not None and not loop.is_open:
            self.show_closed_check.setChecked(True)
        return self.select_loop(loop_id)

    def focus_filter(self) -> None:
        """Ctrl+F: the filter of the list on show; from Today, the loops' filter."""
        page = self.contacts_page if self.tabs.currentIndex() == CONTACTS_TAB else None
        if page is None and self.tabs.currentIndex() != LOOPS_TAB:
            self.tabs.setCurrentIndex(LOOPS_TAB)  # Today has no filter: find among loops
        edit = page.filter_edit if page else self.filter_edit
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()

    def _apply_query(self) -> None:
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
        self._update_status()

    def _on_filter_edit_text_changed(self) -> None:
        self._filtering = True
        try:
            self._apply_query()
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

    def _count_open_loops(self) -> None:
        # Counted after writes only, not on every keystroke of the filter.
        self._open_count = self.ledger.count_loops(LoopQuery())

    def _update_status(self) -> None:
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
            self.loop_table.set_placeholder(self.tr("No loops yet."))
            return
        closed = self.ledger.count_loops(LoopQuery(include_closed=True)) - self._open_count
        self.loop_table.set_placeholder(
            self.tr("Nobody is waiting on you: no open loops."),
            closed_count=closed,
        )

    def show_mail(self) -> None:
        """The Mail tab, even before the first loop (a new user starts from their mail)."""
        self._mail_wanted = True
        self._show_right_page()
        self.tabs.setCurrentWidget(self.mail_tab)

    def ensure_mail_page(self) -> MailPage:
        """The Mail tab's page, built on first use."""
        if self.mail_page is None:
            from ghostless.services.mail import MailService
            from ghostless.ui.mail.mail_page import MailPage

            runner = self.mail_runner() if self.mail_runner is not None else None
            self.mail_page = MailPage(MailService(self.ledger), runner=runner)
            layout = self.mail_tab.layout()
            assert layout is not None
            layout.addWidget(self.mail_page)
            self.mail_page.records_changed.connect(self.commands.records_changed)
            self.mail_page.accounts_requested.connect(self.mail_accounts_requested)
        return self.mail_page

    def _show_right_page(self) -> None:
        empty = self.ledger.is_empty() and not self._mail_wanted
        self.stack.setCurrentWidget(self.empty_page if empty else self.tabs)
        self.status_label.setVisible(not empty)

    # -- reactions -----------------------------------------------------------
    def _on_loop_table_selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        loop = self.current_loop()
        if self._filtering and loop is not None:
            self._update_actions(loop)
            self._pane_timer.start()
            return
        self._pane_timer.stop()
        self._show_selected_loop(force=False)

    def _on_pane_timer_timeout(self) -> None:
        self._show_selected_loop(force=False)

    def _show_selected_loop(self, *, force: bool) -> None:
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
        self._update_actions(fresh)

    def visible_loop(self) -> Loop | None:
        """The loop selected on the tab on show: never one the user cannot see."""
        tab = self.tabs.currentIndex()
        if tab == LOOPS_TAB:
            return self.current_loop()
        if tab == TODAY_TAB:
            owed = self.today_page.selected()
            return owed.loop if owed is not None else None
        return None  # Contacts: the contact actions apply instead

    def _on_visible_selection_changed(self, *_args: object) -> None:
        self._update_actions(self.visible_loop())

    def _update_actions(self, loop: Loop | None) -> None:
        """Enable what makes sense for ``loop``: nothing without one.

        Logging and closing are for open loops, reopening for closed or archived ones.
        ``loop`` is the Loops tab's; on another tab, its own selection counts.
        """
        if self.tabs.currentIndex() != LOOPS_TAB:
            loop = self.visible_loop()
        self.contact_wiring.update(loop)
        actions = self.window_actions
        is_open = loop is not None and loop.is_open
        for action in actions.loop_actions():
            action.setEnabled(loop is not None)
        for action in (
            actions.log_received,
            actions.log_sent,
            actions.close_loop,
            actions.disengage,
        ):
            action.setEnabled(is_open)
        actions.reopen_loop.setEnabled(loop is not None and not loop.is_open)
        actions.archive_loop.setEnabled(loop is not None and loop.status is not LoopStatus.ARCHIVED)

    def _on_loop_table_activated(self, index: QModelIndex) -> None:
        loop = self.loop_model.loop_at(index.row())
        if loop:
            self.commands.edit_loop(loop)

    # -- the File menu's transfers (imported on first use: start-up stays light) --
    def _on_import_triggered(self) -> None:
        from ghostless.ui import export_actions

        if export_actions.import_contacts(self, self.ledger):
            self.commands.records_changed.emit(0)

    def _on_export_calendar_triggered(self) -> None:
        from ghostless.ui import export_actions

        export_actions.export_calendar(self, self.reminders)

    def _on_export_json_triggered(self) -> None:
        from ghostless.ui import export_actions

        export_actions.export_json(self, self.ledger)

    def _on_export_csv_triggered(self) -> None:
        from ghostless.ui import export_actions

        export_actions.export_contacts(self, self.ledger, "csv")

    def _on_export_vcard_triggered(self) -> None:
        from ghostless.ui import export_actions

        export_actions.export_contacts(self, self.ledger, "vcard")

    def _on_back_up_triggered(self) -> None:
        from ghostless.ui import export_actions

        export_actions.back_up(self, self.ledger)

    def _on_restore_triggered(self) -> None:
        from ghostless.ui import export_actions

        if export_actions.restore(self, self.ledger):
            self.commands.records_changed.emit(0)

    def show_insights(self) -> None:
        """Show the Insights tab (the weekly review opens it)."""
        self.tabs.setCurrentIndex(INSIGHTS_TAB)

    def _on_tabs_current_changed(self, index: int) -> None:
        # Mail, Insights and Pipeline are built when first shown, off the start-up path.
        if self.tabs.widget(index) is self.mail_tab:
            self.ensure_mail_page()
        elif index == INSIGHTS_TAB:
            self.insights_tab.ensure_loaded()
        elif index == PIPELINE_TAB:
            self.pipeline_tab.ensure_loaded()

    def _on_commands_records_changed(self, loop_id: int) -> None:
        """Something was written: read the lists again and show ``loop_id`` if given."""
        self.insights_tab.mark_stale()
        self.pipeline_tab.mark_stale()
        from ghostless.services.exports import refresh_calendar_feed

        # A calendar subscribed to the exported file sees the change (a no-op
        # unless the user asked for the file to be kept up to date).
        refresh_calendar_feed(self.reminders)
        selected = self.current_loop()
        row = self.loop_table.currentIndex().row()
        self._count_open_loops()
        self.loop_model.refresh()
        self.contacts_page.refresh()
        self._reselect(loop_id or (selected.id if selected else 0), fallback_row=max(row, 0))
        self._show_selected_loop(force=True)  # the same loop may have changed
        self._update_status()
        self._show_right_page()
        if loop_id and self.loop_model.row_of(loop_id) is not None:
            self.tabs.setCurrentIndex(LOOPS_TAB)
        self.today_page.refresh()
        self._prune_notifier()
        self.scheduler.reschedule()  # what was written may come due at once, or later

    def _on_external_writes_changed(self, parts: frozenset[str]) -> None:
        """Another process wrote: read again only the parts it changed."""
        records = LOOPS in parts or CONTACTS in parts
        if records:
            self.insights_tab.mark_stale()
            self.pipeline_tab.mark_stale()
            selected = self.current_loop()
            row = self.loop_table.currentIndex().row()
            self._count_open_loops()
            self.loop_model.refresh()
            if CONTACTS in parts:
                self.contacts_page.refresh()
            self._reselect(selected.id if selected else 0, fallback_row=max(row, 0))
            self._show_selected_loop(force=True)
            self._update_status()
            self._show_right_page()
        if REMINDERS in parts:
            self._update_away()
        if records or REMINDERS in parts:
            self.today_page.refresh()
            self._prune_notifier()
        if HISTORY in parts:  # a step made there can be taken back here
            self.undo_controls.refresh()
        self.scheduler.reschedule()  # what they wrote may come due sooner

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.external_writes.start()

    def hideEvent(self, event: QHideEvent) -> None:
        # Hidden (in the tray), the app keeps to its idle wake-up budget.
        self.external_writes.stop()
        super().hideEvent(event)

    # -- reminders -----------------------------------------------------------
    def start_scheduler(self) -> None:
        """Fill the Today view and start delivering: what was missed comes now, once.

        Called once the window has been painted (see :func:`ghostless.ui.app.run`).
        Stale windows (a new zone, settings or rules) are worked out on a thread
        first: the window shows the rows as they were, usable, and delivering
        starts once the new ones are in.
        """
        if self.recompute.start():
            self._scheduler_waits = True
            return
        self.today_page.refresh()
        self.scheduler.start()

    def _on_recompute_finished(self, _did: bool) -> None:
        self._refresh_owed()
        self._update_status()
        if self._scheduler_waits:
            self._scheduler_waits = False
            self.scheduler.start()
        else:
            self.scheduler.reschedule()

    def _on_recompute_failed(self, message: str) -> None:
        self.statusBar().showMessage(
            f"Could not work out the follow-ups again: {message}. The earlier ones are shown.",
            10_000,
        )
        if self._scheduler_waits:
            self._scheduler_waits = False
            self.scheduler.start()

    def _next_windows(self, loop_ids: Collection[int], now: datetime) -> Mapping[int, Owed]:
        """The most urgent window of each loop, for the loop table's Next column."""
        return self.reminders.next_windows(list(loop_ids), now)

    def _loop_or_none(self, loop_id: int) -> Loop | None:
        try:
            return self.ledger.loop(loop_id)
        except NotFoundError:
            return None

    def _on_scheduler_reminders_due(self, delivery: Delivery) -> None:
        if self._owns_scheduler:
            self.notifier.notify(delivery)
        self._refresh_owed()

    def reminders_changed_elsewhere(self) -> None:
        """A snooze or away mode changed outside the window (the tray): show it."""
        self.undo_controls.refresh()
        self._update_away()
        self._refresh_owed()

    def _on_scheduler_schedule_changed(self) -> None:
        wakeup, now = self.scheduler.next_wakeup_at, self.ledger.clock.now()
        if self.reminders.away() is not None:
            self.next_label.setText(self.tr("Reminders paused"))
        elif wakeup is None:
            self.next_label.setText(self.tr("No reminders pending"))
        else:
            self.next_label.setText(f"Next reminder {when_text(wakeup, now, self.ledger.zone)}")

    def _refresh_owed(self) -> None:
        """What is owed changed (time passed, a snooze): the Today view and the Next column."""
        self.today_page.refresh()
        selected = self.current_loop()
        self.loop_model.refresh()
        self._reselect(selected.id if selected else 0, fallback_row=0)
        self._show_selected_loop(force=True)
        self._prune_notifier()

    def _prune_notifier(self) -> None:
        """Take off the bar the loops no longer owed anything now (answered, closed)."""
        shown = self.notifier.loop_ids()
        if not shown:
            return
        owed = self._next_windows(shown, self.ledger.clock.now())
        self.notifier.keep_only([i for i, o in owed.items() if o.status is not Status.UPCOMING])

    def _on_commands_reminders_changed(self, loop_id: int) -> None:
        if loop_id:
            self.notifier.discard(loop_id)
        self._update_away()
        self._refresh_owed()
        self.scheduler.reschedule()

    def _on_away_triggered(self, checked: bool) -> None:
        if checked:
            self.commands.go_away()
        else:
            self.commands.come_back()

    def _update_away(self) -> None:
        away = self.reminders.away()
        self.window_actions.away.setChecked(away is not None)
        self.away_banner.setVisible(away is not None)
        if away is not None:
            since = when_text(away.start, self.ledger.clock.now(), self.ledger.zone)
            self.away_label.setText(
                f"<b>Reminders are paused</b>: you are away ({away.reason.label.lower()}) "
                f"since {since}. Nothing is lost; when you are back, Ghostless shows "
                "what went quiet."
            )

    def _on_commands_open_requested(self, loop_id: int) -> None:
        if not self.open_loop(loop_id) and not self.show_closed_check.isChecked():
            self.show_closed_check.setChecked(True)  # a closed loop: list those too
            self.open_loop(loop_id)

    def _on_disengage_triggered(self) -> None:
        """Ctrl+Shift+D: the loop selected in the tab shown (Today or Loops)."""
        loop = self.visible_loop()
        if loop:
            self.commands.disengage(loop.id)

    def _log(self, kind: EventKind) -> None:
        self._with_loop(lambda loop: self.commands.log_event(loop, kind))

    def _with_loop(self, command: Callable[[Loop], object]) -> None:
        """Act on the loop the visible tab has selected, as it is now (never a hidden one)."""
        loop = self.visible_loop()
        if loop is None:
            return
        try:
            fresh = self.ledger.loop(loop.id)
        except GhostlessError as exc:
            self.commands.warn(str(exc))
            return
        command(fresh)

    # -- remembering the layout ----------------------------------------------
    def _restore_state(self) -> None:
        settings = self.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)
            # The list gets the room: its subject column is the one that stretches.
            self.splitter.setSizes([880, 400])
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        header = settings.value("loops/header")
        if isinstance(header, QByteArray):
            self.loop_table.horizontalHeader().restoreState(header)
        self.show_closed_check.setChecked(settings.value("loops/show_closed", "false") == "true")
        tab = str(settings.value("window/tab", TODAY_TAB))
        self.tabs.setCurrentIndex(int(tab) if tab.isdigit() else TODAY_TAB)

    def save_state(self) -> None:
        settings = self.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("loops/header", self.loop_table.horizontalHeader().saveState())
        settings.setValue(
            "loops/show_closed", "true" if self.show_closed_check.isChecked() else "false"
        )
        settings.setValue("window/tab", self.tabs.currentIndex())
        settings.sync()

    def _on_quit_triggered(self) -> None:
        if self.keep_running_in_tray:
            self.quit_requested.emit()
        else:
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.keep_running_in_tray:
            # Into the tray: reminders keep coming; Quit (menu or tray) ends the app.
            self.save_state()
            self.hide()
            event.ignore()
            return
        self.scheduler.stop()
        self._pane_timer.stop()
        self._count_timer.stop()
        self.save_state()
        super().closeEvent(event)
