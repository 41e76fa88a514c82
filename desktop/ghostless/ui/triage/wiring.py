"""Snooze wired to what the window shows: the Loop menu, the toolbar, the loop list's
context menu (one action, ``window_actions.snooze``, Ctrl+Shift+S), and the detail
pane's "Remind me now".

On Today it snoozes the selected lines' loops, on Loops the selected loop. Its
menu is filled as it opens, so the presets are those that make sense then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QMenu, QTabWidget, QToolBar, QToolButton, QWidget

from ghostless.core.models import Loop
from ghostless.services.reminders import ReminderService
from ghostless.ui.actions import WindowActions
from ghostless.ui.commands import Commands
from ghostless.ui.triage.snooze_menu import fill_snooze_menu

if TYPE_CHECKING:
    from ghostless.ui.loops.detail_pane import LoopDetailPane
    from ghostless.ui.loops.loop_table_view import LoopTableView
    from ghostless.ui.today.today_page import TodayPage


class Window(Protocol):
    """What the wiring needs of the main window."""

    tabs: QTabWidget
    today_page: TodayPage
    commands: Commands
    reminders: ReminderService
    window_actions: WindowActions

    @property
    def loop_table(self) -> LoopTableView: ...  # built on first need

    def current_loop(self) -> Loop | None: ...

    def findChild(self, kind: type[QToolBar], name: str) -> QToolBar | None: ...


class SnoozeWiring:
    """Gives the window's Snooze action its menu, and the pane its "Remind me now".

    Attributes:
        menu: the Snooze action's menu (a submenu in the Loop menu and context menu,
            a drop-down on the toolbar).
    """

    def __init__(self, window: Window, today_tab: int, loops_tab: int) -> None:
        self._window = window
        self._today_tab, self._loops_tab = today_tab, loops_tab
        action = window.window_actions.snooze
        self.menu = QMenu(
            QCoreApplication.translate("SnoozeWiring", "Snooze"),
            window if isinstance(window, QWidget) else None,
        )
        action.setMenu(self.menu)
        self.menu.aboutToShow.connect(self._on_menu_about_to_show)
        # The shortcut (and a click on the menu item itself) opens the menu.
        action.triggered.connect(self._on_snooze_triggered)
        toolbar = window.findChild(QToolBar, "actions_toolbar")
        button = toolbar.widgetForAction(action) if toolbar is not None else None
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    def wire_pane(self, pane: LoopDetailPane) -> None:
        """The Loops tab's pane, once built: its "Remind me now"."""
        pane.unsnooze_requested.connect(
            lambda loop_id: self._window.commands.triage.unsnooze([loop_id])
        )

    def loop_ids(self) -> list[int]:
        """The loops the tab on show has selected (none on other tabs)."""
        window = self._window
        tab = window.tabs.currentIndex()
        if tab == self._today_tab:
            return window.today_page.selected_loop_ids()
        if tab == self._loops_tab:
            loop = window.current_loop()
            return [loop.id] if loop is not None else []
        return []

    def _on_menu_about_to_show(self) -> None:
        ids = self.loop_ids()
        reminders = self._window.reminders
        snoozed = any(
            owed.snoozed_until is not None
            for loop_id in ids
            for owed in reminders.loop_agenda(loop_id)
        )
        fill_snooze_menu(self.menu, self._window.commands.triage, ids, snoozed=snoozed)

    def _on_snooze_triggered(self) -> None:
        """Ctrl+Shift+S: the menu, under the selected row of the list on show."""
        window = self._window
        if not self.loop_ids():
            return
        on_today = window.tabs.currentIndex() == self._today_tab
        table = window.today_page.table if on_today else window.loop_table
        rect = table.visualRect(table.currentIndex())
        self.menu.popup(table.viewport().mapToGlobal(rect.bottomLeft() + QPoint(0, 1)))
