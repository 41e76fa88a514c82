"""The Loops and Contacts tabs, built the first time they are shown or reached.

Only Today is on screen at start, so only Today is built before the first
paint. The Loops tab (its table, model and detail pane) and the Contacts tab
are built when the user shows them, or when something reaches for them first:
Ctrl+F, View > Show closed, a loop opened from a notification, Insights or the
tray, a write that shows a new loop. The window's old attribute names
(``loops_tab``, ``loop_table``, ``filter_edit``...) are properties that build the
tab when used, so every caller keeps working.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ghostless.ui.loops.status_text import plain_status
from ghostless.ui.window_parts import WindowParts

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QSplitter

    from ghostless.ui.contacts.contacts_page import ContactsPage
    from ghostless.ui.loops.detail_pane import LoopDetailPane
    from ghostless.ui.loops.loop_table_model import LoopTableModel
    from ghostless.ui.loops.loop_table_view import LoopTableView
    from ghostless.ui.loops.loops_tab import LoopsTab


class WindowTabs(WindowParts):
    """The tabs built on first need (a part of :class:`MainWindow`)."""

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
