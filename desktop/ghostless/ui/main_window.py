"""The main window: open loops by urgency, the selected loop's record, and contacts.

Its layout (geometry, splitter, columns, last tab) lives in a QSettings file in
the data folder, so ``--data-dir`` keeps test and demo runs apart from the real one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from ghostless import APP_NAME
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import ReminderService
from ghostless.ui.actions import build_actions
from ghostless.ui.commands import Commands
from ghostless.ui.common.accessible import name
from ghostless.ui.common.icons import app_icon
from ghostless.ui.common.lazy_tab import TabHolder
from ghostless.ui.insights import InsightsTab
from ghostless.ui.lifecycle.external_writes import (
    REMINDERS,
    ExternalWrites,
)
from ghostless.ui.lifecycle.view_refresh import ViewRefresh
from ghostless.ui.lifecycle.window_close import WindowClosing
from ghostless.ui.lifecycle.window_layout import restore_layout
from ghostless.ui.loops.action_wiring import LoopActionWiring
from ghostless.ui.loops.empty_state import EmptyStatePage
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
from ghostless.ui.window_navigation import (
    CONTACTS_TAB,
    INSIGHTS_TAB,
    LOOPS_TAB,
    MAIL_TAB,
    PIPELINE_TAB,
    TODAY_TAB,
    TabNavigation,
)
from ghostless.ui.window_tabs import WindowTabs
from ghostless.ui.window_wiring import WindowWiring

if TYPE_CHECKING:
    from ghostless.ui.contacts.contacts_page import ContactsPage
    from ghostless.ui.loops.loops_tab import LoopsTab

__all__ = [
    "CONTACTS_TAB",
    "INSIGHTS_TAB",
    "LOOPS_TAB",
    "MAIL_TAB",
    "PIPELINE_TAB",
    "TODAY_TAB",
    "MainWindow",
]


class MainWindow(WindowTabs, TabNavigation, WindowWiring, ViewRefresh, WindowClosing, QMainWindow):
    """Loops and contacts of one ledger.

    Its parts: :class:`TabNavigation` moves between tabs, :class:`WindowWiring`
    connects everything, :class:`ViewRefresh` keeps the views current after writes,
    :class:`WindowClosing` closes it into the tray or for good.

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
        # time they are shown or reached (see WindowTabs).
        self._loops_tab: LoopsTab | None = None
        self._contacts_page: ContactsPage | None = None
        self.loops_holder, self.contacts_holder = TabHolder(), TabHolder()
        #: "N open loops": counted here until the Loops tab is built, then by it.
        self.status_label = QLabel()
        self.window_actions.show_closed.setChecked(
            settings.value("loops/show_closed", "false") == "true"
        )
        self.today_page = TodayPage(self.reminders, ledger.clock, self.commands)
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
        self.statusBar().setAccessibleName(self.tr("Status"))
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
        self.external_writes.deferred = lambda: self.recompute.running
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
        if self.tabs.currentIndex() == TODAY_TAB:
            self.today_page.table.setFocus()  # the keyboard starts in the list, not the tabs
        self.reminder_reactions.update_away()

    # -- reminders -----------------------------------------------------------
    def start_scheduler(self) -> None:
        """Fill Today and start delivering, after the first paint (see :class:`DeliveryStart`)."""
        self.delivery_start.start()
