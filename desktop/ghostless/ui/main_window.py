"""The main window: open loops by urgency, the selected loop's record, and contacts.

Its layout (geometry, splitter, columns, last tab) lives in a QSettings file in
the data folder, so ``--data-dir`` keeps test and demo runs apart from the real one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from ghostless import APP_NAME
from ghostless.core.errors import GhostlessError, NotFoundError
from ghostless.core.models import EventKind, Loop, LoopStatus
from ghostless.core.planner import Delivery, Status
from ghostless.core.wording import when_text
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import ReminderService
from ghostless.ui.actions import build_actions
from ghostless.ui.commands import Commands
from ghostless.ui.common.elided_tips import tip_cut_cells
from ghostless.ui.common.icons import app_icon
from ghostless.ui.contacts.contacts_page import ContactsPage
from ghostless.ui.insights import InsightsTab
from ghostless.ui.lifecycle.external_writes import (
    CONTACTS,
    HISTORY,
    LOOPS,
    REMINDERS,
    ExternalWrites,
)
from ghostless.ui.loops.empty_state import EmptyStatePage
from ghostless.ui.loops.loops_tab import LoopsTab
from ghostless.ui.pipeline import PipelineTab
from ghostless.ui.reminders.away_banner import AwayBanner
from ghostless.ui.reminders.notifier import InWindowNotifier
from ghostless.ui.reminders.scheduler import SchedulerDriver, SettingsWatchLog
from ghostless.ui.settings.recompute_progress import BackgroundRecompute, RecomputeIndicator
from ghostless.ui.today.today_page import TodayPage
from ghostless.ui.window_menus import build_menus, build_toolbar

if TYPE_CHECKING:
    from ghostless.ui.mail.mail_page import MailPage
    from ghostless.ui.mail_accounts.sync_runner import MailSyncRunner

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
        self.settings_action = QAction("&Settings…", self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.setStatusTip(
            "Working hours, notifications, away mode and start at login"
        )
        self.loops_tab = LoopsTab(ledger, self.reminders, self.window_actions.show_closed.toolTip())
        tab = self.loops_tab
        # The Loops tab's parts, by the names the window has always given them.
        self.splitter, self.detail_pane = tab, tab.detail_pane
        self.loop_model, self.loop_table = tab.loop_model, tab.loop_table
        self.filter_edit, self.show_closed_check = tab.filter_edit, tab.show_closed_check
        self.status_label = tab.status_label

        self.contacts_page = ContactsPage(ledger, self.commands)
        self.today_page = TodayPage(self.reminders, ledger.clock, self.commands)
        tip_cut_cells(self.today_page.table)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.today_page, "Today")
        self.tabs.addTab(self.loops_tab, "Loops")
        self.tabs.addTab(self.contacts_page, "Contacts")
        # The Mail tab is built when first shown: reading mail needs the email package
        # (about 100 ms to import), which start-up should not wait for.
        self.mail_tab = QWidget()
        QVBoxLayout(self.mail_tab).setContentsMargins(0, 0, 0, 0)
        self.mail_page: MailPage | None = None
        #: The app's one mail sync, given by the app; without it the Mail tab makes its own.
        self.mail_runner: Callable[[], MailSyncRunner] | None = None
        self.tabs.addTab(self.mail_tab, "Mail")
        #: The user asked for the Mail tab: show the tabs even while the ledger is empty.
        self._mail_wanted = False
        self.show_mail_action = QAction("&Mail", self)
        self.show_mail_action.setShortcut("Ctrl+4")
        self.show_mail_action.setStatusTip("Who is owed a reply, from your own mail")
        # Built on first show: its charts library stays out of start-up.
        self.insights_tab = InsightsTab(ledger)
        self.tabs.addTab(self.insights_tab, "Insights")
        # Built and read when first shown, not at start-up.
        self.pipeline_tab = PipelineTab(self.reminders)
        self.tabs.addTab(self.pipeline_tab, "Pipeline")
        self.empty_page = EmptyStatePage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.tabs)
        self.notifier = InWindowNotifier(ledger.zone, self._loop_or_none, self.commands.snooze_menu)
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
        self._scheduler_waits = False
        self.recompute_indicator = RecomputeIndicator(self.recompute)
        self.statusBar().addPermanentWidget(self.recompute_indicator)
        self.recompute.finished.connect(self._on_recompute_finished)
        self.recompute.failed.connect(self._on_recompute_failed)
        #: Whether the window delivers reminders itself (to its bar); the app's
        #: shell passes its scheduler and delivers through the notification chain.
        self._owns_scheduler = scheduler is None
        self.scheduler = scheduler or SchedulerDriver(
            self.reminders, ledger.clock, self, watch_log=SettingsWatchLog(settings)
        )

        # Writes by other processes (the command line, a cron job), noticed while visible.
        self.external_writes = ExternalWrites(ledger, self)

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
        self._update_actions(None)  # nothing selected yet
        self._connect()
        self.loops_tab.count_open_loops()
        self.loops_tab.apply_query()
        self._restore_state()
        self._show_right_page()
        self._update_away()

    # -- wiring --------------------------------------------------------------
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
        self.loops_tab.loop_selected.connect(self._update_actions)
        self.loops_tab.wire_commands(commands)
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
            lambda loop_id: self.loops_tab.with_loop_id(loop_id, commands.close_loop, commands.warn)
        )
        self.today_page.disengage_requested.connect(commands.disengage)
        self.notifier.open_requested.connect(self.open_loop)
        self.notifier.today_requested.connect(lambda: self.tabs.setCurrentIndex(TODAY_TAB))
        self.scheduler.reminders_due.connect(self._on_scheduler_reminders_due)
        self.scheduler.schedule_changed.connect(self._on_scheduler_schedule_changed)
        self.external_writes.changed.connect(self._on_external_writes_changed)

    # -- the loop list -------------------------------------------------------
    def current_loop(self) -> Loop | None:
        return self.loops_tab.current_loop()

    def select_loop(self, loop_id: int, *, anywhere: bool = True) -> bool:
        """Select the loop in the list (see :meth:`LoopsTab.select_loop`)."""
        return self.loops_tab.select_loop(loop_id, anywhere=anywhere)

    def open_loop(self, loop_id: int) -> bool:
        """Show ``loop_id`` in the Loops tab, clearing a filter that hides it and
        showing closed loops if it is one (the Insights tab lists them)."""
        self.tabs.setCurrentIndex(LOOPS_TAB)
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
            actions.snooze,
        ):
            action.setEnabled(is_open)
        actions.reopen_loop.setEnabled(loop is not None and not loop.is_open)
        actions.archive_loop.setEnabled(loop is not None and loop.status is not LoopStatus.ARCHIVED)

    # -- reactions -----------------------------------------------------------
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
        self.contacts_page.refresh()
        self.loops_tab.reload(loop_id)
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
            if CONTACTS in parts:
                self.contacts_page.refresh()
            self.loops_tab.reload()
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
        self.loops_tab.update_status()
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
            self.next_label.setText("Reminders paused")
        elif wakeup is None:
            self.next_label.setText("No reminders pending")
        else:
            self.next_label.setText(f"Next reminder {when_text(wakeup, now, self.ledger.zone)}")

    def _refresh_owed(self) -> None:
        """What is owed changed (time passed, a snooze): the Today view and the Next column."""
        self.today_page.refresh()
        self.loops_tab.refresh_owed()
        self._prune_notifier()

    def _prune_notifier(self) -> None:
        """Take off the bar the loops no longer owed anything now (answered, closed)."""
        shown = self.notifier.loop_ids()
        if not shown:
            return
        owed = self.reminders.next_windows(list(shown), self.ledger.clock.now())
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
        self.away_banner.show_away(away, self.ledger.clock.now(), self.ledger.zone)

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
            self.loops_tab.setSizes([880, 400])
        # Never wider or taller than the screen (a 1024 px laptop, or a layout kept
        # from a larger monitor).
        room = self.screen().availableGeometry()
        if self.width() > room.width() or self.height() > room.height():
            self.resize(min(self.width(), room.width()), min(self.height(), room.height()))
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        self.loops_tab.restore_state(settings)
        tab = str(settings.value("window/tab", TODAY_TAB))
        self.tabs.setCurrentIndex(int(tab) if tab.isdigit() else TODAY_TAB)
        self.loops_tab.restore_selection(settings)

    def save_state(self) -> None:
        settings = self.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        self.loops_tab.save_state(settings)
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
        self.loops_tab.stop_timers()
        self.save_state()
        super().closeEvent(event)
