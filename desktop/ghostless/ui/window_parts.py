"""The main window as its parts see it: what :class:`MainWindow` is made of.

The window's methods are split by what they do (moving between tabs, wiring,
keeping views current, closing: :mod:`ghostless.ui.window_navigation`,
:mod:`ghostless.ui.window_wiring`, :mod:`ghostless.ui.lifecycle.view_refresh`,
:mod:`ghostless.ui.lifecycle.window_close`), each a base class of the window.
This names, for the type checker only, the widgets and helpers they share; at
run time it is ``object`` and adds nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QSettings, SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QCheckBox,
        QLabel,
        QLineEdit,
        QMainWindow,
        QStackedWidget,
        QTabWidget,
    )

    from ghostless.core.models import Loop
    from ghostless.services.ledger import Ledger
    from ghostless.services.reminders import ReminderService
    from ghostless.ui.actions import WindowActions
    from ghostless.ui.commands import Commands
    from ghostless.ui.common.lazy_tab import TabHolder
    from ghostless.ui.contacts.contacts_page import ContactsPage
    from ghostless.ui.history.undo_controls import UndoControls
    from ghostless.ui.insights import InsightsTab
    from ghostless.ui.lifecycle.external_writes import ExternalWrites
    from ghostless.ui.loops.action_wiring import LoopActionWiring
    from ghostless.ui.loops.empty_state import EmptyStatePage
    from ghostless.ui.loops.loop_table_model import LoopTableModel
    from ghostless.ui.loops.loops_tab import LoopsTab
    from ghostless.ui.mail import MailTab
    from ghostless.ui.pipeline import PipelineTab
    from ghostless.ui.reminders.notifier import InWindowNotifier
    from ghostless.ui.reminders.scheduler import SchedulerDriver
    from ghostless.ui.reminders.window_reminders import WindowReminders
    from ghostless.ui.settings.delivery_start import DeliveryStart
    from ghostless.ui.today.today_page import TodayPage
    from ghostless.ui.triage.wiring import SnoozeWiring

    class WindowParts(QMainWindow):
        ledger: Ledger
        settings: QSettings
        reminders: ReminderService
        scheduler: SchedulerDriver
        commands: Commands
        window_actions: WindowActions
        settings_action: QAction
        show_mail_action: QAction
        tabs: QTabWidget
        stack: QStackedWidget
        empty_page: EmptyStatePage
        today_page: TodayPage
        _loops_tab: LoopsTab | None
        _contacts_page: ContactsPage | None
        loops_holder: TabHolder
        contacts_holder: TabHolder
        snooze_wiring: SnoozeWiring
        status_label: QLabel
        mail_tab: MailTab
        insights_tab: InsightsTab
        pipeline_tab: PipelineTab
        notifier: InWindowNotifier
        reminder_reactions: WindowReminders
        external_writes: ExternalWrites
        delivery_start: DeliveryStart
        undo_controls: UndoControls
        loop_actions: LoopActionWiring
        keep_running_in_tray: bool
        _mail_wanted: bool
        quit_requested: SignalInstance
        settings_requested: SignalInstance
        mail_accounts_requested: SignalInstance

        # Defined by WindowTabs (they build their tab on first use), read by the others.
        @property
        def loops_tab(self) -> LoopsTab: ...
        @property
        def contacts_page(self) -> ContactsPage: ...
        @property
        def loop_model(self) -> LoopTableModel: ...
        @property
        def filter_edit(self) -> QLineEdit: ...
        @property
        def show_closed_check(self) -> QCheckBox: ...

        # Each defined by one part, called by another.
        refresh_owed_loops: Callable[[], None]
        update_loops_status: Callable[[], None]
        open_loop: Callable[[int], bool]
        current_loop: Callable[[], Loop | None]
        focus_filter: Callable[[], None]
        show_today: Callable[[], None]
        show_mail: Callable[[], None]
        save_state: Callable[[], None]
        _show_right_page: Callable[[], None]
        _on_tabs_current_changed: Callable[[int], None]
        _on_commands_open_requested: Callable[[int], None]
        _on_commands_records_changed: Callable[[int], None]
        _on_external_writes_changed: Callable[[frozenset[str]], None]
        _on_quit_triggered: Callable[[], None]

else:
    WindowParts = object
