"""The main window: open loops by urgency, the selected loop's record, and contacts.

Its layout (geometry, splitter, columns, last tab) lives in a QSettings file in
the data folder, so ``--data-dir`` keeps test and demo runs apart from the real one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from ghostless import APP_NAME
from ghostless.core.models import Loop
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import ReminderService
from ghostless.ui.actions import build_actions
from ghostless.ui.commands import Commands
from ghostless.ui.common.accessible import name
from ghostless.ui.common.elided_tips import tip_cut_cells
from ghostless.ui.common.icons import app_icon
from ghostless.ui.common.lazy_tab import TabHolder
from ghostless.ui.insights import InsightsTab
from ghostless.ui.lifecycle.external_writes import (
    CONTACTS,
    HISTORY,
    LOOPS,
    REMINDERS,
    ExternalWrites,
)
from ghostless.ui.lifecycle.window_layout import restore_layout, save_layout
from ghostless.ui.loops.action_wiring import LoopActionWiring
from ghostless.ui.loops.empty_state import EmptyStatePage
from ghostless.ui.loops.status_text import plain_status
from ghostless.ui.mail import MailTab
from ghostless.ui.pipeline import PipelineTab
from ghostless.ui.reminders.away_banner import AwayBanner
from ghostless.ui.reminders.notifier import InWindowNotifier
from ghostless.ui.reminders.scheduler import SchedulerDriver, SettingsWatchLog
from ghostless.ui.reminders.window_reminders import WindowReminders, loop_or_none
from ghostless.ui.settings.delivery_start import DeliveryStart
from ghostless.ui.settings.recompute_progress import BackgroundRecompute, RecomputeIndicator
from ghostless.ui.today.today_page import TodayPage
from ghostless.ui.window_menus import build_menus, build_toolbar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QSplitter

    from ghostless.ui.contacts.contacts_page import ContactsPage
    from ghostless.ui.loops.detail_pane import LoopDetailPane
    from ghostless.ui.loops.loop_table_model import LoopTableModel
    from ghostless.ui.loops.loop_table_view import LoopTableView
    from ghostless.ui.loops.loops_tab import LoopsTab

TODAY_TAB, LOOPS_TAB, CONTACTS_TAB, MAIL_TAB, INSIGHTS_TAB, PIPELINE_TAB = 0, 1, 2, 3, 4, 5


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
        owed_settled(): after a full recompute, every view shows the new rows.
        settings_requested(): Settings… was chosen.
        mail_accounts_requested(): Mail accounts… was chosen.
        mail_sync_requested(): Sync mail now was chosen.
    """

    quit_requested = Signal()
    owed_settled = Signal()
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
        # Only the tab on show is built at start; Loops and Contacts (their tables,
        # models, the detail pane and the modules behind them) are built the first
        # time they are shown or reached (see the loops_tab and contacts_page properties).
        self._loops_tab: LoopsTab | None = None
        self._contacts_page: ContactsPage | None = None
        self.loops_holder, self.contacts_holder = TabHolder(), TabHolder()
        #: "N open loops": counted here until the Loops tab is built, then by it.
        self.status_label = QLabel()
        self.window_actions.show_closed.setChecked(
            settings.value("loops/show_closed", "false") == "true"
        )
        self.today_page = TodayPage(self.reminders, ledger.clock, self.commands)
        tip_cut_cells(self.today_page.table)
        self.tabs = QTabWidget()
        name(self.tabs, self.tr("Views"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.today_page, self.tr("Today"))
        self.tabs.addTab(self.loops_holder, self.tr("Loops"))
        self.tabs.addTab(self.contacts_holder, self.tr("Contacts"))
        # Built when first shown: reading mail needs the email package.
        self.mail_tab = MailTab(ledger)
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
        self.notifier = InWindowNotifier(
            ledger.zone,
            lambda loop_id: loop_or_none(ledger, loop_id),
            self.commands.snooze_menu,
            loops_of=self.reminders.loops,
        )
        self.away_banner = AwayBanner()
        self.away_label, self.back_button = self.away_banner.label, self.away_banner.back_button
        central = QWidget()
        central_column = QVBoxLayout(central)
        central_column.setContentsMargins(0, 0, 0, 0)
        central_column.addWidget(self.away_banner)
        central_column.addWidget(self.notifier)
        central_column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.statusBar().addWidget(self.status_label)
        self.next_label = QLabel()
        self.statusBar().addPermanentWidget(self.next_label)
        #: Stale windows are worked out on a thread while the window stays in use.
        self.recompute = recompute or BackgroundRecompute(ledger, self)
        self.recompute_indicator = RecomputeIndicator(self.recompute)
        self.statusBar().addPermanentWidget(self.recompute_indicator)
        #: The window delivers reminders itself (to its bar) unless the app's
        #: shell passes its scheduler and delivers through the notification chain.
        self.reminder_reactions = WindowReminders(self, owns_scheduler=scheduler is None)
        self.scheduler = scheduler or SchedulerDriver(
            self.reminders, ledger.clock, self, watch_log=SettingsWatchLog(settings)
        )
        # Writes by other processes (the command line, a cron job), noticed while visible.
        self.external_writes = ExternalWrites(ledger, self)
        self.delivery_start = DeliveryStart(
            self.recompute,
            self.scheduler,
            self.today_page,
            lambda: self._loops_tab,
            self.reminder_reactions.prune_notifier,
            self.statusBar(),
            absorb=lambda: self.external_writes.absorb() - {REMINDERS},
            on_external=self._on_external_writes_changed,
            settled=self.owed_settled.emit,
            owed_refreshes=lambda: self.reminder_reactions.refreshes,
        )

        from ghostless.ui.history.undo_controls import UndoControls

        self.undo_controls = UndoControls(ledger.history, self.commands, self.statusBar(), self)
        from ghostless.ui.contact_actions.wiring import ContactActionWiring

        self.contact_wiring = ContactActionWiring(self, CONTACTS_TAB)
        menu_actions = build_menus(self)
        self.find_duplicates_action = menu_actions.find_duplicates
        self.undo_merge_action = menu_actions.undo_merge
        self.mail_accounts_action = menu_actions.mail_accounts
        self.mail_sync_action = menu_actions.mail_sync
        build_toolbar(self)
        from ghostless.ui.triage.wiring import SnoozeWiring

        self.snooze_wiring = SnoozeWiring(self, TODAY_TAB, LOOPS_TAB)
        self.loop_actions = LoopActionWiring(self, LOOPS_TAB)
        self.loop_actions.update(None)  # nothing selected yet
        self._connect()
        self.update_loops_status()
        restore_layout(self, self.tabs, settings, TODAY_TAB)  # builds the tab it shows
        self._show_right_page()
        self.reminder_reactions.update_away()

    # -- wiring --------------------------------------------------------------
    def _connect(self) -> None:
        actions, commands = self.window_actions, self.commands
        actions.new_loop.triggered.connect(lambda: commands.new_loop())
        actions.new_contact.triggered.connect(commands.new_contact)
        self.loop_actions.connect()
        commands.open_requested.connect(self._on_commands_open_requested)
        actions.find.triggered.connect(self.focus_filter)
        # From the menu before the Loops tab was built: built now, to show them.
        actions.show_closed.toggled.connect(lambda on: self.show_closed_check.setChecked(on))
        actions.show_today.triggered.connect(lambda: self.tabs.setCurrentIndex(TODAY_TAB))
        actions.show_loops.triggered.connect(lambda: self.tabs.setCurrentIndex(LOOPS_TAB))
        self.reminder_reactions.connect()
        self.mail_tab.records_changed.connect(commands.records_changed)
        self.mail_tab.accounts_requested.connect(self.mail_accounts_requested)
        actions.show_contacts.triggered.connect(lambda: self.tabs.setCurrentIndex(CONTACTS_TAB))
        actions.quit.triggered.connect(self._on_quit_triggered)
        self.settings_action.triggered.connect(lambda: self.settings_requested.emit())
        self.empty_page.add_first_button.clicked.connect(lambda: commands.new_loop())
        self.empty_page.load_examples_button.clicked.connect(commands.load_examples)
        self.empty_page.mail_button.clicked.connect(self.show_mail)
        self.show_mail_action.triggered.connect(self.show_mail)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        commands.records_changed.connect(self._on_commands_records_changed)
        self.today_page.open_requested.connect(self.open_loop)
        self.insights_tab.open_requested.connect(self.open_loop)
        self.pipeline_tab.open_requested.connect(self.open_loop)
        # 0: the lists are read again, and the window stays on the board.
        self.pipeline_tab.moved.connect(lambda _loop_id: self._on_commands_records_changed(0))
        self.pipeline_tab.failed.connect(commands.warn)
        self.pipeline_tab.close_requested.connect(
            lambda loop_id: self.commands.with_loop_id(loop_id, commands.close_loop)
        )
        self.today_page.disengage_requested.connect(commands.disengage)
        self.notifier.open_requested.connect(self.open_loop)
        self.notifier.today_requested.connect(lambda: self.tabs.setCurrentIndex(TODAY_TAB))
        self.external_writes.changed.connect(self._on_external_writes_changed)

    # -- the tabs built on first need --------------------------------------------
    @property
    def loops_tab(self) -> LoopsTab:
        """The Loops tab, built now if it was not yet (shown, or reached by a menu or key)."""
        if self._loops_tab is None:
            from ghostless.ui.loops.loops_tab import LoopsTab

            tip = self.window_actions.show_closed.toolTip()
            # Kept before it is wired and read: what that sets off finds it built.
            self._loops_tab = LoopsTab(self.ledger, self.reminders, tip, self.status_label)
            self._wire_loops_tab(self._loops_tab)
        return self._loops_tab

    def _wire_loops_tab(self, tab: LoopsTab) -> None:
        actions, commands = self.window_actions, self.commands
        self.loops_holder.hold(tab)
        tab.loop_table.addActions(list(actions.loop_actions()))
        tab.wire_commands(commands)
        self.snooze_wiring.wire_pane(tab.detail_pane)
        tab.loop_selected.connect(self.loop_actions.update)
        tab.count_open_loops()  # before the restored "Show closed" lists and counts
        tab.restore_state(self.settings)
        tab.show_closed_check.setChecked(actions.show_closed.isChecked())  # the menu's say
        tab.show_closed_check.toggled.connect(actions.show_closed.setChecked)
        tab.apply_query()
        tab.restore_selection(self.settings)

    @property
    def contacts_page(self) -> ContactsPage:
        """The Contacts tab, built now if it was not yet."""
        if self._contacts_page is None:
            from ghostless.ui.contacts.contacts_page import ContactsPage

            self._contacts_page = ContactsPage(self.ledger, self.commands)
            self._wire_contacts_page(self._contacts_page)
        return self._contacts_page

    def _wire_contacts_page(self, page: ContactsPage) -> None:
        self.contacts_holder.hold(page)
        page.add_actions(list(self.window_actions.contact_actions()))
        self.loop_actions.follow_contacts(page)
        page.refresh()  # read now: it is built to be shown, or to be used

    # The Loops tab's parts, by the names the window has always given them.
    @property
    def splitter(self) -> QSplitter:
        return self.loops_tab

    @property
    def detail_pane(self) -> LoopDetailPane:
        return self.loops_tab.detail_pane

    @property
    def loop_model(self) -> LoopTableModel:
        return self.loops_tab.loop_model

    @property
    def loop_table(self) -> LoopTableView:
        return self.loops_tab.loop_table

    @property
    def filter_edit(self) -> QLineEdit:
        return self.loops_tab.filter_edit

    @property
    def show_closed_check(self) -> QCheckBox:
        return self.loops_tab.show_closed_check

    def refresh_owed_loops(self) -> None:
        """What is owed changed: the Next column and the pane, once the Loops tab exists."""
        if self._loops_tab is not None:
            self._loops_tab.refresh_owed()

    def update_loops_status(self) -> None:
        """ "N open loops" in the status bar: by the Loops tab (its filter), else counted."""
        if self._loops_tab is not None:
            self._loops_tab.update_status()
            return
        self.status_label.setText(
            plain_status(self.ledger, include_closed=self.window_actions.show_closed.isChecked())
        )

    # -- the loop list -------------------------------------------------------
    def current_loop(self) -> Loop | None:
        """The loop selected in the Loops tab (built now if it was not yet)."""
        return self.loops_tab.current_loop()

    def select_loop(self, loop_id: int, *, anywhere: bool = True) -> bool:
        """Select the loop in the list (see :meth:`LoopsTab.select_loop`)."""
        return self.loops_tab.select_loop(loop_id, anywhere=anywhere)

    def open_loop(self, loop_id: int) -> bool:
        """Show ``loop_id`` in the Loops tab, clearing a filter that hides it and
        showing closed loops if it is one (the Insights tab lists them)."""
        self.tabs.setCurrentIndex(LOOPS_TAB)  # builds the tab if need be
        return self.loops_tab.find_loop(loop_id)

    def focus_filter(self) -> None:
        """Ctrl+F: the filter of the list on show; from Today, the loops' filter."""
        page = self.contacts_page if self.tabs.currentIndex() == CONTACTS_TAB else None
        if page is None and self.tabs.currentIndex() != LOOPS_TAB:
            self.tabs.setCurrentIndex(LOOPS_TAB)  # Today has no filter: find among loops
        edit = page.filter_edit if page else self.filter_edit
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()

    def show_mail(self) -> None:
        """The Mail tab, even before the first loop (a new user starts from their mail)."""
        self._mail_wanted = True
        self._show_right_page()
        self.tabs.setCurrentWidget(self.mail_tab)

    def _show_right_page(self) -> None:
        empty = self.ledger.is_empty() and not self._mail_wanted
        self.stack.setCurrentWidget(self.empty_page if empty else self.tabs)
        self.status_label.setVisible(not empty)

    def visible_loop(self) -> Loop | None:
        """The loop selected on the tab on show: never one the user cannot see."""
        tab = self.tabs.currentIndex()
        if tab == LOOPS_TAB:
            return self.current_loop()
        if tab == TODAY_TAB:
            owed = self.today_page.selected()
            return owed.loop if owed is not None else None
        return None  # Contacts: the contact actions apply instead

    # -- reactions -----------------------------------------------------------
    def show_insights(self) -> None:
        """Show the Insights tab (the weekly review opens it)."""
        self.tabs.setCurrentIndex(INSIGHTS_TAB)

    def _on_tabs_current_changed(self, index: int) -> None:
        # Every tab but Today is built when first shown, off the start-up path.
        if index == LOOPS_TAB:
            self.loops_tab  # noqa: B018 - the property builds it
        elif index == CONTACTS_TAB:
            self.contacts_page  # noqa: B018 - the property builds it
        elif self.tabs.widget(index) is self.mail_tab:
            self.mail_tab.ensure_page()
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
        if self._contacts_page is not None:
            self._contacts_page.refresh()
        if self._loops_tab is not None:
            self._loops_tab.reload(loop_id)
        elif loop_id:  # the loop written is shown in the Loops tab, built now
            self.loops_tab.select_loop(loop_id)
        else:
            self.update_loops_status()
        self._show_right_page()
        if loop_id and self.loop_model.row_of(loop_id) is not None:
            self.tabs.setCurrentIndex(LOOPS_TAB)
        self.today_page.refresh()
        self.reminder_reactions.prune_notifier()
        self.scheduler.reschedule()  # what was written may come due at once, or later

    def _on_external_writes_changed(self, parts: frozenset[str]) -> None:
        """Another process wrote: read again only the parts it changed."""
        records = LOOPS in parts or CONTACTS in parts
        if records:
            self.insights_tab.mark_stale()
            self.pipeline_tab.mark_stale()
            if CONTACTS in parts and self._contacts_page is not None:
                self._contacts_page.refresh()
            if self._loops_tab is not None:
                self._loops_tab.reload()
            else:
                self.update_loops_status()
            self._show_right_page()
        if REMINDERS in parts:
            self.reminder_reactions.update_away()
        if records or REMINDERS in parts:
            self.today_page.refresh()
            self.reminder_reactions.prune_notifier()
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
        """Fill Today and start delivering, after the first paint (see :class:`DeliveryStart`)."""
        self.delivery_start.start()

    def _on_commands_open_requested(self, loop_id: int) -> None:
        if not self.open_loop(loop_id) and not self.show_closed_check.isChecked():
            self.show_closed_check.setChecked(True)  # a closed loop: list those too
            self.open_loop(loop_id)

    # -- remembering the layout ----------------------------------------------
    def save_state(self) -> None:
        save_layout(self, self.tabs, self._loops_tab, self.settings)

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
        if self._loops_tab is not None:
            self._loops_tab.stop_timers()
        self.delivery_start.stop()  # the views' reads after a recompute stop here
        self.save_state()
        super().closeEvent(event)
