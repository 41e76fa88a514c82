"""The loop actions (log, edit, close, close politely, reopen, archive, delete) wired to the
loop the visible tab has selected, and enabled only where they make sense for it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QTabWidget

from ghostless.core.errors import GhostlessError
from ghostless.core.models import EventKind, Loop, LoopStatus
from ghostless.services.ledger import Ledger
from ghostless.ui.actions import WindowActions
from ghostless.ui.commands import Commands
from ghostless.ui.contact_actions.wiring import ContactActionWiring

if TYPE_CHECKING:
    from ghostless.ui.contacts.contacts_page import ContactsPage
    from ghostless.ui.today.today_page import TodayPage


class Window(Protocol):
    """What the wiring needs of the main window."""

    ledger: Ledger
    tabs: QTabWidget
    today_page: TodayPage
    commands: Commands
    window_actions: WindowActions
    contact_wiring: ContactActionWiring

    def visible_loop(self) -> Loop | None: ...


class LoopActionWiring:
    """Every loop action acts on the selection of the tab on show, or is off."""

    def __init__(self, window: Window, loops_tab: int) -> None:
        self._window = window
        self._loops_tab = loops_tab

    def connect(self) -> None:
        """Connect the actions; ``open_requested`` of the commands is connected in between,
        as it always was (see the window's ``_connect``)."""
        window, actions, commands = self._window, self._window.window_actions, self._window.commands
        actions.log_received.triggered.connect(lambda: self._log(EventKind.RECEIVED))
        actions.log_sent.triggered.connect(lambda: self._log(EventKind.SENT))
        actions.log_other.triggered.connect(lambda: self._log(EventKind.NOTE))
        actions.edit_loop.triggered.connect(lambda: self._with_loop(commands.edit_loop))
        actions.close_loop.triggered.connect(lambda: self._with_loop(commands.close_loop))
        actions.disengage.triggered.connect(self._on_disengage_triggered)
        actions.reopen_loop.triggered.connect(lambda: self._with_loop(commands.reopen_loop))
        actions.archive_loop.triggered.connect(lambda: self._with_loop(commands.archive_loop))
        actions.delete_loop.triggered.connect(lambda: self._with_loop(commands.delete_loop))
        # Every action follows the selection of the tab on show (or is off).
        window.tabs.currentChanged.connect(self._on_visible_selection_changed)
        window.today_page.table.selectionModel().selectionChanged.connect(
            self._on_visible_selection_changed
        )

    def follow_contacts(self, page: ContactsPage) -> None:
        """The Contacts tab, once built: its selection counts too."""
        page.contact_table.selectionModel().selectionChanged.connect(
            self._on_visible_selection_changed
        )
        page.contact_model.modelReset.connect(self._on_visible_selection_changed)

    def _on_visible_selection_changed(self, *_args: object) -> None:
        self.update(self._window.visible_loop())

    def update(self, loop: Loop | None) -> None:
        """Enable what makes sense for ``loop``: nothing without one.

        Logging and closing are for open loops, reopening for closed or archived ones.
        ``loop`` is the Loops tab's; on another tab, its own selection counts.
        """
        if self._window.tabs.currentIndex() != self._loops_tab:
            loop = self._window.visible_loop()
        self._window.contact_wiring.update(loop)
        actions = self._window.window_actions
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

    def _on_disengage_triggered(self) -> None:
        """Ctrl+Shift+D: the loop selected in the tab shown (Today or Loops)."""
        loop = self._window.visible_loop()
        if loop:
            self._window.commands.disengage(loop.id)

    def _log(self, kind: EventKind) -> None:
        self._with_loop(lambda loop: self._window.commands.log_event(loop, kind))

    def _with_loop(self, command: Callable[[Loop], object]) -> None:
        """Act on the loop the visible tab has selected, as it is now (never a hidden one)."""
        loop = self._window.visible_loop()
        if loop is None:
            return
        try:
            fresh = self._window.ledger.loop(loop.id)
        except GhostlessError as exc:
            self._window.commands.warn(str(exc))
            return
        command(fresh)
