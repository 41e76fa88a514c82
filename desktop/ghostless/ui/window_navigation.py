"""Moving between the main window's tabs: which tab shows what, and the loop on show.

The methods of :class:`~ghostless.ui.main_window.MainWindow` that pick a tab or
a loop in it: open a loop from anywhere (Today, the bar, Insights, Pipeline, the
tray), Ctrl+F to the filter on show, the Mail tab before the first loop, the
loop a command acts on (never one on a hidden tab), and the tabs built on first show.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from ghostless.core.models import Loop
from ghostless.ui.window_parts import WindowParts

TODAY_TAB, LOOPS_TAB, CONTACTS_TAB, MAIL_TAB, INSIGHTS_TAB, PIPELINE_TAB = 0, 1, 2, 3, 4, 5


class TabNavigation(WindowParts):
    """The main window's tab and loop navigation (a part of :class:`MainWindow`)."""

    def current_loop(self) -> Loop | None:
        """The loop selected in the Loops tab (built now if it was not yet)."""
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

    def show_today(self) -> None:
        """Ctrl+1 (and the tray's "Open Today"): the Today tab, the keyboard in its list."""
        self.tabs.setCurrentIndex(TODAY_TAB)
        self.today_page.focus_list()

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

    def _on_commands_open_requested(self, loop_id: int) -> None:
        if not self.open_loop(loop_id) and not self.show_closed_check.isChecked():
            self.show_closed_check.setChecked(True)  # a closed loop: list those too
            self.open_loop(loop_id)
