"""The main window's connections: every action, tab and banner to what it does.

One place per owner (see STYLE.md): the actions of the toolbar and menus, the
Loops tab's list and pane, the empty page's first steps, the Mail, Insights,
Pipeline and Today tabs' requests, the reminders bar, and writes made by other
programs. Each feature's own reactions live in its package; this joins them.
"""

from __future__ import annotations

from ghostless.ui.window_navigation import CONTACTS_TAB, LOOPS_TAB
from ghostless.ui.window_parts import WindowParts


class WindowWiring(WindowParts):
    """Connects the main window's parts (a part of :class:`MainWindow`)."""

    def _connect(self) -> None:
        actions, commands = self.window_actions, self.commands
        actions.new_loop.triggered.connect(lambda: commands.new_loop())
        actions.new_contact.triggered.connect(commands.new_contact)
        self.loop_actions.connect()
        commands.open_requested.connect(self._on_commands_open_requested)
        actions.find.triggered.connect(self.focus_filter)
        # From the menu before the Loops tab was built: built now, to show them.
        actions.show_closed.toggled.connect(lambda on: self.show_closed_check.setChecked(on))
        actions.show_today.triggered.connect(self.show_today)
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
        self.notifier.today_requested.connect(self.show_today)
        self.external_writes.changed.connect(self._on_external_writes_changed)
